// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/fast_chunk_reader.h"

#include <cstring>

namespace harness::core {

namespace {

constexpr int MaxDepth = 32;

/// A strict JSON cursor. Every method returns false on anything it does not accept; the reader
/// then gives up and the full parser takes the chunk.
class Cursor final {
public:
    explicit Cursor(QByteArrayView json) : m_p(json.data()), m_end(json.data() + json.size()) {}

    bool atEnd()
    {
        skipWhitespace();
        return m_p == m_end;
    }
    bool consume(char c)
    {
        skipWhitespace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    char peek()
    {
        skipWhitespace();
        return m_p == m_end ? '\0' : *m_p;
    }
    /// An object key without escapes, followed by ':'.
    bool key(QByteArrayView& out)
    {
        if (!consume('"'))
            return false;
        const char* const start = m_p;
        while (m_p != m_end && *m_p != '"') {
            if (*m_p == '\\' || static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        out = QByteArrayView(start, m_p - start);
        ++m_p;
        return out.isValidUtf8() && consume(':');
    }
    /// A string value as UTF-8: \a view points into the input, or into \a storage when the
    /// string had escapes. Both may be null to only validate.
    bool utf8(QByteArrayView* view, QByteArray* storage)
    {
        if (!consume('"'))
            return false;
        const char* const start = m_p;
        bool escaped = false;
        bool nonAscii = false;
        skipPlainBytes();
        while (m_p != m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '\\') {
                escaped = true;
                if (++m_p == m_end)
                    return false;
            } else if (c < 0x20) {
                return false;
            } else if (c >= 0x80) {
                nonAscii = true;
            }
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        const QByteArrayView raw(start, m_p - start);
        ++m_p;
        if (nonAscii && !raw.isValidUtf8())
            return false;
        if (!escaped) {
            if (view)
                *view = raw;
            return true;
        }
        QByteArray decoded;
        if (!unescape(raw, decoded))
            return false;
        if (storage && view) {
            *storage = std::move(decoded);
            *view = *storage;
        }
        return true;
    }
    /// A string value; decoded into \a out when given.
    bool string(QString* out)
    {
        QByteArrayView view;
        QByteArray storage;
        if (!utf8(out ? &view : nullptr, out ? &storage : nullptr))
            return false;
        if (out)
            *out = QString::fromUtf8(view);
        return true;
    }
    /// `null` or a string as UTF-8 (see utf8()).
    bool utf8OrNull(QByteArrayView* view, QByteArray* storage)
    {
        if (peek() == 'n')
            return literal("null");
        return utf8(view, storage);
    }
    /// `null`, or a string into \a out (left empty for null).
    bool stringOrNull(QString* out)
    {
        if (peek() == 'n')
            return literal("null");
        return string(out);
    }
    /// `null` or an empty array.
    bool nullOrEmptyArray()
    {
        if (peek() == 'n')
            return literal("null");
        return consume('[') && consume(']');
    }
    bool literal(QByteArrayView word)
    {
        skipWhitespace();
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }
    bool number()
    {
        skipWhitespace();
        const char* p = m_p;
        auto digits = [&p, this] {
            const char* const from = p;
            while (p != m_end && *p >= '0' && *p <= '9')
                ++p;
            return p - from;
        };
        if (p != m_end && *p == '-')
            ++p;
        if (p != m_end && *p == '0')
            ++p;
        else if (digits() == 0)
            return false;
        if (p != m_end && *p == '.') {
            ++p;
            if (digits() == 0)
                return false;
        }
        if (p != m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p != m_end && (*p == '+' || *p == '-'))
                ++p;
            if (digits() == 0)
                return false;
        }
        m_p = p;
        return true;
    }
    /// Exactly the number 0 (a choice index).
    bool zero()
    {
        skipWhitespace();
        const char* const before = m_p;
        if (!number())
            return false;
        return m_p - before == 1 && *before == '0';
    }
    bool skipValue(int depth = 0)
    {
        if (depth > MaxDepth)
            return false;
        switch (peek()) {
        case '"':
            return string(nullptr);
        case '{': {
            consume('{');
            if (consume('}'))
                return true;
            do {
                QByteArrayView name;
                if (!key(name) || !skipValue(depth + 1))
                    return false;
            } while (consume(','));
            return consume('}');
        }
        case '[': {
            consume('[');
            if (consume(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (consume(','));
            return consume(']');
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

private:
    /// Skips eight bytes at a time while none of them is '"', '\\', a control or a non-ASCII byte.
    void skipPlainBytes()
    {
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highs = 0x8080808080808080ULL;
        auto hasZeroByte = [](quint64 v) {
            return (v - ones) & ~v & highs;
        };
        while (m_end - m_p >= 8) {
            quint64 word;
            std::memcpy(&word, m_p, sizeof word);
            const quint64 special = hasZeroByte(word ^ (ones * '"')) | hasZeroByte(word ^ (ones * '\\')) |
                                    ((word - ones * 0x20) & ~word & highs) // a byte below 0x20
                                    | (word & highs);                      // a byte from 0x80
            if (special)
                return;
            m_p += 8;
        }
    }
    void skipWhitespace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    static bool codeUnit(QByteArrayView raw, qsizetype at, char16_t& out)
    {
        if (raw.size() - at < 4)
            return false;
        int value = 0;
        for (qsizetype i = at; i < at + 4; ++i) {
            const int digit = hex(raw[i]);
            if (digit < 0)
                return false;
            value = value * 16 + digit;
        }
        out = static_cast<char16_t>(value);
        return true;
    }
    static void appendUtf8(QByteArray& out, char32_t code)
    {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }
    static bool unescape(QByteArrayView raw, QByteArray& out)
    {
        out.reserve(raw.size());
        qsizetype runStart = 0;
        qsizetype i = 0;
        while (i < raw.size()) {
            if (raw[i] != '\\') {
                ++i;
                continue;
            }
            out.append(raw.sliced(runStart, i - runStart));
            const char kind = raw[i + 1]; // the scanner guarantees a character after '\'
            i += 2;
            switch (kind) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                char16_t unit = 0;
                if (!codeUnit(raw, i, unit))
                    return false;
                i += 4;
                if (QChar::isLowSurrogate(unit))
                    return false; // lone low surrogate: let the full parser decide
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (raw.size() - i < 6 || raw[i] != '\\' || raw[i + 1] != 'u' ||
                        !codeUnit(raw, i + 2, low) || !QChar::isLowSurrogate(low))
                        return false;
                    i += 6;
                    appendUtf8(out, QChar::surrogateToUcs4(unit, low));
                } else {
                    appendUtf8(out, unit);
                }
                break;
            }
            default:
                return false;
            }
            runStart = i;
        }
        out.append(raw.sliced(runStart));
        return true;
    }

    const char* m_p;
    const char* m_end;
};

/// Marks \a bit in \a seen; false when it was already set (a duplicate key: full parser's call).
bool firstTime(unsigned& seen, unsigned bit)
{
    const bool first = !(seen & bit);
    seen |= bit;
    return first;
}

bool readDelta(Cursor& in, SimpleChunk& chunk)
{
    if (!in.consume('{'))
        return false;
    if (in.consume('}'))
        return true;
    unsigned seen = 0;
    do {
        QByteArrayView name;
        if (!in.key(name))
            return false;
        bool ok = false;
        if (name == "content") {
            ok = firstTime(seen, 1) && in.utf8OrNull(&chunk.content, &chunk.contentStorage);
        } else if (name == "reasoning") {
            ok = firstTime(seen, 2) && in.utf8OrNull(&chunk.reasoning, &chunk.reasoningStorage);
        } else if (name == "tool_calls" || name == "reasoning_details") {
            ok = in.nullOrEmptyArray();
        } else if (name == "reasoning_content") {
            QString text;
            ok = in.stringOrNull(&text) && text.isEmpty();
        } else {
            ok = in.skipValue();
        }
        if (!ok)
            return false;
    } while (in.consume(','));
    return in.consume('}');
}

bool readChoice(Cursor& in, SimpleChunk& chunk)
{
    if (!in.consume('{'))
        return false;
    if (in.consume('}'))
        return true;
    unsigned seen = 0;
    do {
        QByteArrayView name;
        if (!in.key(name))
            return false;
        bool ok = false;
        if (name == "index")
            ok = firstTime(seen, 1) && in.zero();
        else if (name == "delta")
            ok = firstTime(seen, 2) && readDelta(in, chunk);
        else if (name == "finish_reason")
            ok = firstTime(seen, 4) && in.stringOrNull(&chunk.finishReason);
        else
            ok = in.skipValue();
        if (!ok)
            return false;
    } while (in.consume(','));
    return in.consume('}');
}

} // namespace

bool FastChunkReader::read(QByteArrayView json, SimpleChunk& chunk, bool decodeIds)
{
    Cursor in(json);
    if (!in.consume('{'))
        return false;
    if (!in.consume('}')) {
        unsigned seen = 0;
        do {
            QByteArrayView name;
            if (!in.key(name))
                return false;
            bool ok = false;
            if (name == "choices") {
                // Zero or one choice; more is unusual enough for the full parser.
                ok = firstTime(seen, 1) && in.consume('[') &&
                     (in.consume(']') || (readChoice(in, chunk) && in.consume(']')));
            } else if (name == "id") {
                ok = firstTime(seen, 2) && in.string(decodeIds ? &chunk.id : nullptr);
            } else if (name == "model") {
                ok = firstTime(seen, 4) && in.string(decodeIds ? &chunk.model : nullptr);
            } else if (name == "error" || name == "usage") {
                ok = in.peek() == 'n' && in.literal("null");
            } else {
                ok = in.skipValue();
            }
            if (!ok)
                return false;
        } while (in.consume(','));
        if (!in.consume('}'))
            return false;
    }
    if (!in.atEnd())
        return false;
    return true;
}

} // namespace harness::core
