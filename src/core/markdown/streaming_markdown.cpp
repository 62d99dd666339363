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
    const qsizetype base = m_stableEnd;
    const QByteArrayView region(m_utf8.constData() + base, m_completeEnd - base);
    QByteArray withOpener;
    QByteArrayView parsed = region;
    qsizetype shift = 0; // parsed offset - region offset
    if (m_fence) {
        withOpener = m_fence->opener + region;
        parsed = withOpener;
        shift = m_fence->opener.size();
    }
    CmarkDocument document(parsed);
    std::vector<cmark_node*> blocks;
    for (cmark_node* block = CmarkDocument::firstChild(document.root()); block;
         block = CmarkDocument::next(block))
        blocks.push_back(block);
    if (blocks.empty())
        return;
    const std::vector<qsizetype> starts = lineStarts(parsed);
    const auto lineAt = [&](int line) {
        return lineOffset(starts, line, parsed.size());
    };
    cmark_node* last = blocks.back();
    if (CmarkDocument::startLine(last) < 1)
        return;
    // The table extension splits "text\n| a |\n|---|" into a paragraph without source lines and a
    // table that starts at the paragraph's first line: keep such a paragraph with the tail.
    size_t tailFirst = blocks.size() - 1;
    while (tailFirst > 0 && CmarkDocument::startLine(blocks[tailFirst - 1]) < 1)
        --tailFirst;
    const qsizetype lastStart = lineAt(CmarkDocument::startLine(last));
    // cmark drops a byte order mark at the start of a document, so never cut in front of one.
    if (parsed.sliced(lastStart).startsWith("\xEF\xBB\xBF"))
        return;
    if (mayDefineReferences(document.root(), parsed, lastStart)) {
        enterFullMode(update);
        return;
    }

    if (tailFirst > 0) {
        MarkdownHtmlWriter writer(int(m_stableCode.size()));
        if (m_fence)
            writer.setContinuation(m_fence->continuation);
        for (size_t i = 0; i < tailFirst; ++i) {
            QByteArray html;
            writer.writeBlock(blocks[i], html);
            m_stableBlocks.append(QString::fromUtf8(html));
        }
        QStringList code = writer.codeBlocks();
        if (m_fence && !code.isEmpty())
            code.first().prepend(m_fence->rawPrefix);
        m_stableCode.append(code);
        m_fence.reset();
        m_stableEnd = base + lastStart - shift;
        update.newStableBlocks += int(tailFirst);
    }

    if (!MarkdownHtmlWriter::isFencedCode(last))
        return;
    const int contentLine = CmarkDocument::startLine(last) + 1;
    if (!m_fence) {
        const qsizetype openerEnd = lineAt(contentLine);
        m_fence = OpenFence{parsed.sliced(lastStart, openerEnd - lastStart).toByteArray(), {}, QString()};
        m_stableEnd = base + openerEnd - shift;
    }
    // A piece is finished once a complete code line follows it (so it is not the last piece).
    const int lines = MarkdownHtmlWriter::codeLineCount(last);
    const int finished = lines > 0 ? (lines - 1) / MarkdownHtmlWriter::kCodeChunkLines : 0;
    if (finished == 0)
        return;
    MarkdownHtmlWriter writer(int(m_stableCode.size()));
    QList<QByteArray> pieces;
    QByteArray raw;
    writer.writeCodeChunks(last, finished, m_fence->continuation, pieces, raw);
    for (const QByteArray& piece : pieces)
        m_stableBlocks.append(QString::fromUtf8(piece));
    update.newStableBlocks += int(pieces.size());
    m_fence->rawPrefix += QString::fromUtf8(raw);
    m_stableEnd = base + lineAt(contentLine + finished * MarkdownHtmlWriter::kCodeChunkLines) - shift;
}

void StreamingMarkdown::renderTail(Update& update)
{
    const QByteArrayView region(m_utf8.constData() + m_stableEnd, m_utf8.size() - m_stableEnd);
    QByteArray withOpener;
    QByteArrayView parsed = region;
    if (m_fence) {
        withOpener = m_fence->opener + region;
        parsed = withOpener;
    }
    CmarkDocument document(parsed);
    if (!m_fullMode && mayDefineReferences(document.root(), parsed, parsed.size())) {
        enterFullMode(update);
        renderTail(update);
        return;
    }
    MarkdownHtmlWriter writer(int(m_stableCode.size()));
    if (m_fence)
        writer.setContinuation(m_fence->continuation);
    QByteArray html;
    for (cmark_node* block = CmarkDocument::firstChild(document.root()); block;
         block = CmarkDocument::next(block))
        writer.writeBlock(block, html);
    m_tailHtml = QString::fromUtf8(html);
    m_tailCode = writer.codeBlocks();
    if (m_fence && !m_tailCode.isEmpty())
        m_tailCode.first().prepend(m_fence->rawPrefix);
}

void StreamingMarkdown::enterFullMode(Update& update)
{
    m_fullMode = true;
    m_fence.reset();
    m_stableBlocks.clear();
    m_stableCode.clear();
    m_stableEnd = 0;
    update.reset = true;
    update.newStableBlocks = 0;
}

} // namespace harness::core
