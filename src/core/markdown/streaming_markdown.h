// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/markdown/markdown_html_writer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace harness::core {

// Incremental Markdown rendering for a streaming answer: the cost of append() depends on the
// open tail, not on the length of the answer.
//
// The text is cut into top-level blocks. CommonMark parses line by line and never reopens a
// closed block, so once the complete lines of the tail parse into at least two top-level blocks,
// every block but the last is final: it is rendered once, cached in stableBlocks(), and the cut
// moves to the first line of the last block. Each append then re-parses only that open tail
// (with the partial last line) into tailHtml(). A block boundary is a document start for cmark,
// so html() equals MarkdownRenderer::render(source()).html, code block numbering included.
//
// A top-level fenced code block is the one kind of block that commonly grows large, so it is cut
// too: code blocks are written as pieces of MarkdownHtmlWriter::kCodeChunkLines lines, and while
// a fence is open each finished piece becomes a stable block. The tail is then parsed as the
// fence's opening line followed by the lines after the last finished piece, which gives cmark
// the same code lines, and highlighting resumes from the saved state. Lists, tables and quotes
// are not cut inside: an answer that is one 100k-character list re-renders that list per append.
//
// The one cross-block dependency CommonMark has is link reference definitions ("[x]: url" can
// appear after its use). When the text outside code blocks contains "]:", the renderer switches
// to full mode: isFullMode() turns true, the stable cache is dropped (Update::reset) and each
// append re-renders the whole text. Model output rarely contains definitions, except citation
// lists ("[1]: https://...") at the end of an answer, where the full renders start late.
//
// Typical view use: on reset, rebuild from stableBlocks() + tailHtml(); otherwise append the last
// newStableBlocks entries of stableBlocks() before the tail and replace the tail's HTML.
class StreamingMarkdown final {
public:
    struct Update {
        bool reset = false;      // drop everything shown and rebuild from stableBlocks() + tailHtml()
        int newStableBlocks = 0; // blocks added at the end of stableBlocks() by this call
    };

    Update append(QStringView delta);
    void clear();

    QString source() const { return m_source; }
    QString html() const; // stableBlocks() joined, then tailHtml()
    const QStringList& stableBlocks() const { return m_stableBlocks; }
    qsizetype stableBlockCount() const { return m_stableBlocks.size(); }
    const QString& tailHtml() const { return m_tailHtml; }
    bool isFullMode() const { return m_fullMode; }

    // Raw code of code block n (the target of "harness-copy:n"), stable or in the tail.
    qsizetype codeBlockCount() const { return m_stableCode.size() + m_tailCode.size(); }
    QString codeBlock(qsizetype index) const;
    QStringList codeBlocks() const { return m_stableCode + m_tailCode; }

private:
    void stabilize(Update& update);
    void renderTail(Update& update);
    void enterFullMode(Update& update);

    // A top-level fenced code block whose first pieces are in m_stableBlocks.
    struct OpenFence {
        QByteArray opener; // its opening line, re-parsed in front of the tail
        MarkdownHtmlWriter::CodeContinuation continuation;
        QString rawPrefix; // the code of the finished pieces
    };

    QString m_source;
    QByteArray m_utf8;           // m_source minus a trailing unpaired high surrogate
    QChar m_pendingHigh;         // that surrogate, waiting for its low half
    qsizetype m_stableEnd = 0;   // bytes of m_utf8 covered by m_stableBlocks (and m_fence->opener)
    qsizetype m_completeEnd = 0; // bytes of m_utf8 up to and including the last '\n'
    qsizetype m_checkedEnd = 0;  // m_completeEnd at the last stabilize() pass
    QStringList m_stableBlocks;
    QStringList m_stableCode;
    QString m_tailHtml;
    QStringList m_tailCode;
    std::optional<OpenFence> m_fence;
    bool m_fullMode = false;
};

} // namespace harness::core
