// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/syntax_highlighter.h"

#include "core/markdown/html_escape.h"
#include "core/markdown/syntax_languages.h"

#include <algorithm>
#include <string_view>

namespace harness::core {

namespace {

bool isIdentStart(char c, bool dollar)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (dollar && c == '$');
}

bool isIdentChar(char c, bool dollar)
{
    return isIdentStart(c, dollar) || (c >= '0' && c <= '9');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

class Tokenizer final {
public:
    Tokenizer(QByteArray& out, std::string_view code, const SyntaxLanguage& language)
        : m_out(out), m_s(code), m_lang(language)
    {}

    // Tokenizes the code; `carry` is the literal or comment left open by the previous piece of
    // the same code block and becomes the one this piece leaves open.
    void run(SyntaxHighlighter::State& carry)
    {
        if (!carry.close.empty()) {
            const SyntaxHighlighter::State open = carry;
            delimited(open.cssClass, 0, open.close, open.escapes, true);
        }
        while (m_pos < m_s.size()) {
            if (!step())
                ++m_pos; // plain character; flushed lazily with the next token
        }
        flushPlain(m_s.size());
        carry = m_carry;
    }

private:
    bool startsWith(std::string_view prefix) const
    {
        return !prefix.empty() && m_s.substr(m_pos, prefix.size()) == prefix;
    }

    char at(size_t index) const { return index < m_s.size() ? m_s[index] : '\0'; }

    bool atLineStartIgnoringSpace() const
    {
        for (size_t i = m_pos; i > 0; --i) {
            const char c = m_s[i - 1];
            if (c == '\n')
                return true;
            if (c != ' ' && c != '\t')
                return false;
        }
        return true;
    }

    void flushPlain(size_t until)
    {
        if (until > m_plainFrom)
            appendHtmlEscaped(m_out,
                              QByteArrayView(m_s.data() + m_plainFrom, qsizetype(until - m_plainFrom)));
        m_plainFrom = until;
    }

    void mark(const char* cssClass, size_t end)
    {
        flushPlain(m_pos);
        m_out.append("<span class=\"");
        m_out.append(cssClass);
        m_out.append("\">");
        appendHtmlEscaped(m_out, QByteArrayView(m_s.data() + m_pos, qsizetype(end - m_pos)));
        m_out.append("</span>");
        m_pos = end;
        m_plainFrom = end;
    }

    size_t lineEnd(size_t from) const
    {
        const size_t nl = m_s.find('\n', from);
        return nl == std::string_view::npos ? m_s.size() : nl;
    }

    // Marks a literal or comment from m_pos whose body starts at `from` and which ends with
    // `close`. One that may span lines and is still open at the end is carried to the next piece.
    void delimited(const char* cssClass, size_t from, std::string_view close, bool escapes, bool multiline)
    {
        size_t i = from;
        while (i < m_s.size()) {
            if (escapes && m_s[i] == '\\') {
                i += 2;
                continue;
            }
            if (!multiline && m_s[i] == '\n')
                break;
            if (m_s.substr(i, close.size()) == close) {
                mark(cssClass, i + close.size());
                return;
            }
            ++i;
        }
        if (multiline && i >= m_s.size())
            m_carry = SyntaxHighlighter::State{cssClass, std::string(close), escapes};
        mark(cssClass, std::min(i, m_s.size()));
    }

    bool step()
    {
        const char c = m_s[m_pos];
        if (!m_lang.blockCommentOpen.empty() && startsWith(m_lang.blockCommentOpen)) {
            delimited("hl-comment", m_pos + m_lang.blockCommentOpen.size(), m_lang.blockCommentClose, false,
                      true);
            return true;
        }
        if (m_lang.preprocessor && c == '#' && atLineStartIgnoringSpace()) {
            mark("hl-preprocessor", lineEnd(m_pos));
            return true;
        }
        if (startsWith(m_lang.lineComment)) {
            const bool wordStart =
                !m_lang.shell || m_pos == 0 ||
                std::string_view(" \t\n;|&(").find(m_s[m_pos - 1]) != std::string_view::npos;
            if (wordStart) {
                mark("hl-comment", lineEnd(m_pos));
                return true;
            }
        }
        if (m_lang.shell && c == '$')
            return shellVariable();
        if (m_lang.tripleQuotes && (startsWith("\"\"\"") || startsWith("'''"))) {
            delimited("hl-string", m_pos + 3, m_s.substr(m_pos, 3), true, true);
            return true;
        }
        if (m_lang.rust && c == '\'')
            return rustQuote();
        if (m_lang.quotes.find(c) != std::string_view::npos) {
            quoted(m_pos + 1, c);
            return true;
        }
        if (isDigit(c) || (c == '.' && isDigit(at(m_pos + 1)) && !isIdentChar(at(m_pos - 1), false))) {
            if (m_pos > 0 && isIdentChar(m_s[m_pos - 1], m_lang.dollarInIdentifiers))
                return false;
            size_t end = m_pos + 1;
            while (end < m_s.size() &&
                   (isIdentChar(m_s[end], false) || (m_s[end] == '.' && isDigit(at(end + 1))) ||
                    ((m_s[end] == '+' || m_s[end] == '-') && (m_s[end - 1] == 'e' || m_s[end - 1] == 'E') &&
                     isDigit(m_s[m_pos]) && m_s.substr(m_pos, 2) != "0x")))
                ++end;
            mark("hl-number", end);
            return true;
        }
        if (isIdentStart(c, m_lang.dollarInIdentifiers))
            return identifier();
        return false;
    }

    void quoted(size_t bodyStart, char quote)
    {
        const bool raw = m_lang.rawQuotes.find(quote) != std::string_view::npos;
        const bool multiline = m_lang.multilineQuotes.find(quote) != std::string_view::npos;
        delimited("hl-string", bodyStart, std::string_view(&m_s[bodyStart - 1], 1), !raw, multiline);
    }

    bool identifier()
    {
        size_t end = m_pos + 1;
        while (end < m_s.size() && isIdentChar(m_s[end], m_lang.dollarInIdentifiers))
            ++end;
        const std::string_view word = m_s.substr(m_pos, end - m_pos);
        const char next = at(end);
        if (m_lang.pythonPrefixes && (next == '"' || next == '\'') && word.size() <= 2 &&
            word.find_first_not_of("rRbBfFuU") == std::string_view::npos) {
            const bool triple = m_s.substr(end, 3) == std::string_view(next == '"' ? "\"\"\"" : "'''");
            const bool raw = word.find_first_of("rR") != std::string_view::npos;
            if (triple)
                delimited("hl-string", end + 3, m_s.substr(end, 3), !raw, true);
            else
                delimited("hl-string", end + 1, m_s.substr(end, 1), !raw, false);
            return true;
        }
        if (m_lang.cppRawStrings && next == '"' && !word.empty() && word.back() == 'R' && word.size() <= 3) {
            const size_t open = m_s.find('(', end + 1);
            if (open != std::string_view::npos && open - end <= 17) {
                std::string close = ")";
                close.append(m_s.substr(end + 1, open - end - 1));
                close.push_back('"');
                delimited("hl-string", open + 1, close, false, true);
                return true;
            }
        }
        if (m_lang.rust && (word == "r" || word == "br") && (next == '"' || next == '#')) {
            size_t hashes = 0;
            while (at(end + hashes) == '#')
                ++hashes;
            if (at(end + hashes) == '"') {
                std::string close = "\"";
                close.append(hashes, '#');
                delimited("hl-string", end + hashes + 1, close, false, true);
                return true;
            }
        }
        if (m_lang.rust && word == "b" && (next == '"' || next == '\'')) {
            delimited("hl-string", end + 1, m_s.substr(end, 1), true, next == '"');
            return true;
        }
        if (m_lang.isKeyword(word))
            mark("hl-keyword", end);
        else if (m_lang.isType(word))
            mark("hl-type", end);
        else
            m_pos = end; // stays plain
        return true;
    }

    bool rustQuote()
    {
        // 'a' and '\n' are char literals; 'a alone is a lifetime or label and stays plain.
        if (at(m_pos + 1) == '\\') {
            const size_t close = m_s.find('\'', m_pos + 3);
            if (close != std::string_view::npos && close - m_pos <= 12) {
                mark("hl-string", close + 1);
                return true;
            }
            return false;
        }
        size_t charEnd = m_pos + 2;
        while (charEnd < m_s.size() && (static_cast<unsigned char>(m_s[charEnd]) & 0xC0) == 0x80)
            ++charEnd; // continuation bytes of a multi-byte character
        if (at(charEnd) == '\'' && at(m_pos + 1) != '\'' && at(m_pos + 1) != '\n') {
            mark("hl-string", charEnd + 1);
            return true;
        }
        return false;
    }

    bool shellVariable()
    {
        const char next = at(m_pos + 1);
        size_t end = m_pos + 1;
        if (next == '{') {
            const size_t close = m_s.find('}', m_pos + 2);
            if (close == std::string_view::npos ||
                m_s.substr(m_pos, close - m_pos).find('\n') != std::string_view::npos)
                return false;
            end = close + 1;
        } else if (isIdentStart(next, false)) {
            while (end < m_s.size() && isIdentChar(m_s[end], false))
                ++end;
        } else if (isDigit(next) || std::string_view("@*#?$!-").find(next) != std::string_view::npos) {
            if (next == '\0')
                return false;
            end = m_pos + 2;
        } else {
            return false;
        }
        mark("hl-variable", end);
        return true;
    }

    QByteArray& m_out;
    std::string_view m_s;
    const SyntaxLanguage& m_lang;
    size_t m_pos = 0;
    size_t m_plainFrom = 0;
    SyntaxHighlighter::State m_carry;
};

} // namespace

bool SyntaxHighlighter::supportsLanguage(QStringView language)
{
    const QByteArray utf8 = language.toUtf8();
    return findSyntaxLanguage(std::string_view(utf8.constData(), size_t(utf8.size()))) != nullptr;
}

QString SyntaxHighlighter::toHtml(QStringView code, QStringView language)
{
    QByteArray out;
    appendHtml(out, code.toUtf8(), language.toUtf8());
    return QString::fromUtf8(out);
}

void SyntaxHighlighter::appendHtml(QByteArray& out, QByteArrayView code, QByteArrayView language)
{
    State state;
    appendHtml(out, code, language, state);
}

void SyntaxHighlighter::appendHtml(QByteArray& out, QByteArrayView code, QByteArrayView language,
                                   State& state)
{
    const SyntaxLanguage* spec =
        findSyntaxLanguage(std::string_view(language.data(), size_t(language.size())));
    if (!spec) {
        appendHtmlEscaped(out, code);
        return;
    }
    out.reserve(out.size() + code.size() * 2);
    Tokenizer(out, std::string_view(code.data(), size_t(code.size())), *spec).run(state);
}

} // namespace harness::core
