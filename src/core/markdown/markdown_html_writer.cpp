// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/markdown_html_writer.h"

#include "core/markdown/html_escape.h"
#include "core/markdown/markdown_url_policy.h"
#include "core/markdown/syntax_highlighter.h"

#include <QCoreApplication>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstring>
#include <memory>

namespace harness::core {

namespace {

struct IterDeleter {
    void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

QByteArrayView literalOf(cmark_node* node)
{
    const char* text = cmark_node_get_literal(node);
    return text ? QByteArrayView(text, qsizetype(std::strlen(text))) : QByteArrayView();
}

bool hasTypeString(cmark_node* node, const char* name)
{
    const char* type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

QByteArray normalizedUrl(cmark_node* node)
{
    const char* raw = cmark_node_get_url(node);
    return raw ? MarkdownUrlPolicy::normalized(QByteArrayView(raw, qsizetype(std::strlen(raw))))
               : QByteArray();
}

bool isTightParagraph(cmark_node* paragraph)
{
    cmark_node* item = cmark_node_parent(paragraph);
    if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM)
        return false;
    cmark_node* list = cmark_node_parent(item);
    return list && cmark_node_get_list_tight(list);
}

void appendPlainText(cmark_node* node, QByteArray& out)
{
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(node));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* current = cmark_iter_get_node(iter.get());
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(current)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            out.append(literalOf(current));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out.append(' ');
            break;
        default:
            break;
        }
    }
}

} // namespace

void MarkdownHtmlWriter::writeBlock(cmark_node* block, QByteArray& out)
{
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(block));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        if (event == CMARK_EVENT_ENTER) {
            if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
                writeImagePlaceholder(node, out);
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT); // alt text is already written
                continue;
            }
            enter(node, out);
        } else if (event == CMARK_EVENT_EXIT) {
            exit(node, out);
        }
    }
}

void MarkdownHtmlWriter::writePendingCheckbox(QByteArray& out)
{
    out.append(m_pendingCheckbox);
    m_pendingCheckbox.clear();
}

void MarkdownHtmlWriter::enter(cmark_node* node, QByteArray& out)
{
    const cmark_node_type type = cmark_node_get_type(node);
    // Leaf nodes have no EXIT event: write them whole here.
    switch (type) {
    case CMARK_NODE_DOCUMENT:
        return;
    case CMARK_NODE_BLOCK_QUOTE:
        writePendingCheckbox(out);
        out.append("<blockquote>\n");
        return;
    case CMARK_NODE_LIST:
        writePendingCheckbox(out);
        if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
            const int start = cmark_node_get_list_start(node);
            out.append(start == 1 ? QByteArray("<ol>\n")
                                  : "<ol start=\"" + QByteArray::number(start) + "\">\n");
        } else {
            // A task list shows its boxes, not bullets in front of them.
            bool tasks = cmark_node_first_child(node) != nullptr;
            for (cmark_node* item = cmark_node_first_child(node); item && tasks; item = cmark_node_next(item))
                tasks = hasTypeString(item, "tasklist");
            out.append(tasks ? QByteArray("<ul style=\"list-style-type: none\">\n") : QByteArray("<ul>\n"));
        }
        return;
    case CMARK_NODE_ITEM: {
        writePendingCheckbox(out);
        out.append("<li>");
        if (hasTypeString(node, "tasklist")) {
            // U+2611 BALLOT BOX WITH CHECK / U+2610 BALLOT BOX, then a space.
            m_pendingCheckbox =
                cmark_gfm_extensions_get_tasklist_item_checked(node) ? "\xE2\x98\x91 " : "\xE2\x98\x90 ";
            cmark_node* first = cmark_node_first_child(node);
            if (!first || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH)
                writePendingCheckbox(out);
        }
        return;
    }
    case CMARK_NODE_CODE_BLOCK:
        writePendingCheckbox(out);
        writeCodeBlock(node, out);
        return;
    case CMARK_NODE_HTML_BLOCK: {
        writePendingCheckbox(out);
        QByteArray text = literalOf(node).toByteArray();
        while (text.endsWith('\n'))
            text.chop(1);
        QByteArray escaped;
        appendHtmlEscaped(escaped, text);
        out.append("<p>");
        out.append(escaped.replace("\n", "<br />\n"));
        out.append("</p>\n");
        return;
    }
    case CMARK_NODE_PARAGRAPH:
        if (!isTightParagraph(node))
            out.append("<p>");
        writePendingCheckbox(out);
        return;
    case CMARK_NODE_HEADING:
        writePendingCheckbox(out);
        out.append("<h" + QByteArray::number(cmark_node_get_heading_level(node)) + '>');
        return;
    case CMARK_NODE_THEMATIC_BREAK:
        writePendingCheckbox(out);
        out.append("<hr />\n");
        return;
    case CMARK_NODE_TEXT:
    case CMARK_NODE_HTML_INLINE: // raw HTML is shown as the text the model wrote
        appendHtmlEscaped(out, literalOf(node));
        return;
    case CMARK_NODE_SOFTBREAK:
        out.append('\n');
        return;
    case CMARK_NODE_LINEBREAK:
        out.append("<br />\n");
        return;
    case CMARK_NODE_CODE:
        out.append("<code>");
        appendHtmlEscaped(out, literalOf(node));
        out.append("</code>");
        return;
    case CMARK_NODE_EMPH:
        out.append("<em>");
        return;
    case CMARK_NODE_STRONG:
        out.append("<strong>");
        return;
    case CMARK_NODE_LINK: {
        const QByteArray url = normalizedUrl(node);
        const bool clickable = MarkdownUrlPolicy::isClickable(url);
        m_openLinks.append(clickable);
        if (clickable) {
            out.append("<a href=\"");
            appendHtmlEscaped(out, url);
            out.append("\">");
        }
        return;
    }
    default:
        break;
    }
    if (hasTypeString(node, "table")) {
        writePendingCheckbox(out);
        out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    } else if (hasTypeString(node, "table_header") || hasTypeString(node, "table_row")) {
        m_cellIndex = 0;
        out.append("<tr>");
    } else if (hasTypeString(node, "table_cell")) {
        writeTableCellOpen(node, out);
    } else if (hasTypeString(node, "strikethrough")) {
        out.append("<s>");
    } else if (cmark_node_first_child(node) == nullptr) {
        // An unknown leaf (a future extension): keep its text, never its markup.
        appendHtmlEscaped(out, literalOf(node));
    }
}

void MarkdownHtmlWriter::exit(cmark_node* node, QByteArray& out)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_BLOCK_QUOTE:
        out.append("</blockquote>\n");
        return;
    case CMARK_NODE_LIST:
        out.append(cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "</ol>\n" : "</ul>\n");
        return;
    case CMARK_NODE_ITEM:
        writePendingCheckbox(out);
        out.append("</li>\n");
        return;
    case CMARK_NODE_PARAGRAPH:
        if (!isTightParagraph(node))
            out.append("</p>\n");
        return;
    case CMARK_NODE_HEADING:
        out.append("</h" + QByteArray::number(cmark_node_get_heading_level(node)) + ">\n");
        return;
    case CMARK_NODE_EMPH:
        out.append("</em>");
        return;
    case CMARK_NODE_STRONG:
        out.append("</strong>");
        return;
    case CMARK_NODE_LINK:
        if (!m_openLinks.isEmpty() && m_openLinks.takeLast())
            out.append("</a>");
        return;
    default:
        break;
    }
    if (hasTypeString(node, "table")) {
        out.append("</table>\n");
    } else if (hasTypeString(node, "table_header") || hasTypeString(node, "table_row")) {
        out.append("</tr>\n");
    } else if (hasTypeString(node, "table_cell")) {
        cmark_node* row = cmark_node_parent(node);
        out.append(row && hasTypeString(row, "table_header") ? "</th>" : "</td>");
        ++m_cellIndex;
    } else if (hasTypeString(node, "strikethrough")) {
        out.append("</s>");
    }
}

void MarkdownHtmlWriter::writeTableCellOpen(cmark_node* cell, QByteArray& out)
{
    cmark_node* row = cmark_node_parent(cell);
    cmark_node* table = row ? cmark_node_parent(row) : nullptr;
    const bool header = row && hasTypeString(row, "table_header");
    out.append(header ? "<th" : "<td");
    if (table) {
        const int columns = cmark_gfm_extensions_get_table_columns(table);
        const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(table);
        if (alignments && m_cellIndex < columns) {
            switch (alignments[m_cellIndex]) {
            case 'l':
                out.append(" align=\"left\"");
                break;
            case 'c':
                out.append(" align=\"center\"");
                break;
            case 'r':
                out.append(" align=\"right\"");
                break;
            default:
                break;
            }
        }
    }
    out.append('>');
}

namespace {

struct CodeText {
    QByteArrayView code;     // the literal without its final newline
    QByteArrayView language; // first word of the info string
};

CodeText codeTextOf(cmark_node* node)
{
    CodeText text{literalOf(node), {}};
    if (text.code.endsWith('\n'))
        text.code.chop(1);
    if (const char* fence = cmark_node_get_fence_info(node)) {
        QByteArrayView info = QByteArrayView(fence, qsizetype(std::strlen(fence))).trimmed();
        const qsizetype space = info.indexOf(' ');
        if (space >= 0)
            info = info.first(space);
        const qsizetype tab = info.indexOf('\t');
        if (tab >= 0)
            info = info.first(tab);
        text.language = info;
    }
    return text;
}

// Splits code into pieces of kCodeChunkLines lines (without the newline between pieces).
QList<QByteArrayView> codeChunks(QByteArrayView code)
{
    QList<QByteArrayView> chunks;
    qsizetype from = 0;
    int lines = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (code[i] == '\n' && ++lines == MarkdownHtmlWriter::kCodeChunkLines) {
            chunks.append(code.sliced(from, i - from));
            from = i + 1;
            lines = 0;
        }
    }
    chunks.append(code.sliced(from));
    return chunks;
}

} // namespace

void MarkdownHtmlWriter::writeCodeChunk(QByteArray& out, QByteArrayView code, QByteArrayView language,
                                        int chunk, bool last, SyntaxHighlighter::State& state) const
{
    if (chunk == 0) {
        out.append("<p class=\"code-header\">");
        if (!language.isEmpty()) {
            out.append("<span class=\"code-language\">");
            appendHtmlEscaped(out, language);
            out.append("</span> ");
        }
        out.append("<a href=\"harness-copy:" + QByteArray::number(m_nextCodeBlock) + "\">");
        appendHtmlEscaped(out,
                          QCoreApplication::translate("harness::core::MarkdownRenderer", "Copy").toUtf8());
        out.append("</a></p>\n");
    }
    // Consecutive pieces of one block sit flush against each other.
    if (chunk == 0 && last)
        out.append("<pre class=\"code\">");
    else if (chunk == 0)
        out.append("<pre class=\"code\" style=\"margin-bottom:0px\">");
    else if (last)
        out.append("<pre class=\"code\" style=\"margin-top:0px\">");
    else
        out.append("<pre class=\"code\" style=\"margin-top:0px; margin-bottom:0px\">");
    SyntaxHighlighter::appendHtml(out, code, language, state);
    out.append("</pre>\n");
}

void MarkdownHtmlWriter::writeCodeBlock(cmark_node* node, QByteArray& out)
{
    const CodeText text = codeTextOf(node);
    CodeContinuation continuation;
    if (m_continuation) {
        continuation = *m_continuation;
        m_continuation.reset();
    }
    const QList<QByteArrayView> chunks = codeChunks(text.code);
    for (qsizetype i = 0; i < chunks.size(); ++i)
        writeCodeChunk(out, chunks[i], text.language, continuation.firstChunk + int(i),
                       i + 1 == chunks.size(), continuation.state);
    m_codeBlocks.append(QString::fromUtf8(text.code));
    ++m_nextCodeBlock;
}

void MarkdownHtmlWriter::writeCodeChunks(cmark_node* code, int count, CodeContinuation& continuation,
                                         QList<QByteArray>& html, QByteArray& raw) const
{
    const CodeText text = codeTextOf(code);
    const QList<QByteArrayView> chunks = codeChunks(text.code);
    for (qsizetype i = 0; i < count && i + 1 < chunks.size(); ++i) {
        QByteArray out;
        writeCodeChunk(out, chunks[i], text.language, continuation.firstChunk, false, continuation.state);
        ++continuation.firstChunk;
        html.append(out);
        raw.append(chunks[i]);
        raw.append('\n');
    }
}

bool MarkdownHtmlWriter::isFencedCode(cmark_node* node)
{
    int length = 0;
    int offset = 0;
    char fenceChar = 0;
    return cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK &&
           cmark_node_get_fenced(node, &length, &offset, &fenceChar) != 0;
}

int MarkdownHtmlWriter::codeLineCount(cmark_node* code)
{
    return int(literalOf(code).count('\n'));
}

void MarkdownHtmlWriter::writeImagePlaceholder(cmark_node* node, QByteArray& out)
{
    QByteArray alt;
    appendPlainText(node, alt);
    const QString altText = QString::fromUtf8(alt).simplified();
    const QByteArray url = normalizedUrl(node);
    bool insideAnchor = false; // Qt cannot nest anchors: the enclosing link wins
    for (cmark_node* up = cmark_node_parent(node); up; up = cmark_node_parent(up)) {
        if (cmark_node_get_type(up) == CMARK_NODE_LINK) {
            insideAnchor = MarkdownUrlPolicy::isClickable(normalizedUrl(up));
            break;
        }
    }
    const bool loadable = !insideAnchor && MarkdownUrlPolicy::isLoadableImage(url);
    QString label;
    if (loadable) {
        label = altText.isEmpty() ? QCoreApplication::translate("harness::core::MarkdownRenderer",
                                                                "[image] (click to load)")
                                  : QCoreApplication::translate("harness::core::MarkdownRenderer",
                                                                "[image: %1] (click to load)")
                                        .arg(altText);
    } else {
        label =
            altText.isEmpty()
                ? QCoreApplication::translate("harness::core::MarkdownRenderer", "[image]")
                : QCoreApplication::translate("harness::core::MarkdownRenderer", "[image: %1]").arg(altText);
    }
    writePendingCheckbox(out);
    if (loadable) {
        out.append("<a href=\"harness-image:");
        appendHtmlEscaped(out, url);
        out.append("\">");
    }
    appendHtmlEscaped(out, label.toUtf8());
    if (loadable)
        out.append("</a>");
}

} // namespace harness::core
