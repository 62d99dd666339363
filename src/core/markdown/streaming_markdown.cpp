// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/streaming_markdown.h"

#include "core/markdown/cmark_document.h"
#include "core/markdown/markdown_html_writer.h"

#include <cmark-gfm.h>
#include <vector>

namespace harness::core {

namespace {

// Byte offsets where the lines of text start, with cmark's line endings (\n, \r\n, \r).
std::vector<qsizetype> lineStarts(QByteArrayView text)
{
    std::vector<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        if (text[i] == '\n' || text[i] == '\r')
            starts.push_back(i + 1);
    }
    return starts;
}

qsizetype lineOffset(const std::vector<qsizetype>& starts, int line, qsizetype textSize)
{
    if (line < 1)
        return 0;
    return size_t(line - 1) < starts.size() ? starts[size_t(line - 1)] : textSize;
}

// Whether text[0, end) outside top-level code blocks may hold a link reference definition
// ("[label]: destination"). Conservative: any "]:" counts.
bool mayDefineReferences(cmark_node* root, QByteArrayView text, qsizetype end)
{
    if (!text.first(end).contains("]:"))
        return false;
    const std::vector<qsizetype> starts = lineStarts(text);
    qsizetype from = 0;
    for (cmark_node* block = CmarkDocument::firstChild(root); block && from < end;
         block = CmarkDocument::next(block)) {
        if (!CmarkDocument::isCodeBlock(block))
            continue;
        const qsizetype codeStart = lineOffset(starts, cmark_node_get_start_line(block), text.size());
        if (text.sliced(from, std::min(codeStart, end) - from).contains("]:"))
            return true;
        from = std::max(from, lineOffset(starts, cmark_node_get_end_line(block) + 1, text.size()));
    }
    return from < end && text.sliced(from, end - from).contains("]:");
}

} // namespace

StreamingMarkdown::Update StreamingMarkdown::append(QStringView delta)
{
    Update update;
    if (delta.isEmpty())
        return update;
    m_source.append(delta);
    QString chunk;
    if (!m_pendingHigh.isNull()) {
        chunk.append(m_pendingHigh);
        m_pendingHigh = QChar();
    }
    chunk.append(delta);
    if (chunk.back().isHighSurrogate()) {
        m_pendingHigh = chunk.back();
        chunk.chop(1);
    }
    const QByteArray bytes = chunk.toUtf8();
    const qsizetype newline = bytes.lastIndexOf('\n');
    if (newline >= 0)
        m_completeEnd = m_utf8.size() + newline + 1;
    m_utf8.append(bytes);

    if (!m_fullMode)
        stabilize(update);
    renderTail(update);
    return update;
}

void StreamingMarkdown::clear()
{
    *this = StreamingMarkdown();
}

QString StreamingMarkdown::html() const
{
    return m_stableBlocks.join(QString()) + m_tailHtml;
}

QString StreamingMarkdown::codeBlock(qsizetype index) const
{
    if (index < 0)
        return {};
    if (index < m_stableCode.size())
        return m_stableCode.at(index);
    return m_tailCode.value(index - m_stableCode.size());
}

void StreamingMarkdown::stabilize(Update& update)
{
    if (m_completeEnd <= m_checkedEnd)
        return;
    m_checkedEnd = m_completeEnd;
    // Only complete lines decide boundaries: a partial line may still turn into a fence, a
    // setext underline or a table delimiter row that changes the block before it.
    const QByteArrayView region(m_utf8.constData() + m_stableEnd, m_completeEnd - m_stableEnd);
    CmarkDocument document(region);
    std::vector<cmark_node*> blocks;
    for (cmark_node* block = CmarkDocument::firstChild(document.root()); block;
         block = CmarkDocument::next(block))
        blocks.push_back(block);
    if (blocks.size() < 2)
        return;
    const std::vector<qsizetype> starts = lineStarts(region);
    const qsizetype cut = lineOffset(starts, CmarkDocument::startLine(blocks.back()), region.size());
    // cmark drops a byte order mark at the start of a document, so never cut in front of one.
    if (cut <= 0 || region.sliced(cut).startsWith("\xEF\xBB\xBF"))
        return;
    if (mayDefineReferences(document.root(), region, cut)) {
        enterFullMode(update);
        return;
    }
    MarkdownHtmlWriter writer(int(m_stableCode.size()));
    for (size_t i = 0; i + 1 < blocks.size(); ++i) {
        QByteArray html;
        writer.writeBlock(blocks[i], html);
        m_stableBlocks.append(QString::fromUtf8(html));
    }
    m_stableCode.append(writer.codeBlocks());
    m_stableEnd += cut;
    update.newStableBlocks += int(blocks.size() - 1);
}

void StreamingMarkdown::renderTail(Update& update)
{
    const QByteArrayView region(m_utf8.constData() + m_stableEnd, m_utf8.size() - m_stableEnd);
    CmarkDocument document(region);
    if (!m_fullMode && mayDefineReferences(document.root(), region, region.size())) {
        enterFullMode(update);
        renderTail(update);
        return;
    }
    MarkdownHtmlWriter writer(int(m_stableCode.size()));
    QByteArray html;
    for (cmark_node* block = CmarkDocument::firstChild(document.root()); block;
         block = CmarkDocument::next(block))
        writer.writeBlock(block, html);
    m_tailHtml = QString::fromUtf8(html);
    m_tailCode = writer.codeBlocks();
}

void StreamingMarkdown::enterFullMode(Update& update)
{
    m_fullMode = true;
    m_stableBlocks.clear();
    m_stableCode.clear();
    m_stableEnd = 0;
    update.reset = true;
    update.newStableBlocks = 0;
}

} // namespace harness::core
