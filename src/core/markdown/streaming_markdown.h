// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

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
// The one cross-block dependency CommonMark has is link reference definitions ("[x]: url" can
// appear after its use). When the text outside code blocks contains "]:", the renderer switches
// to full mode: isFullMode() turns true, the stable cache is dropped (Update::reset) and each
// append re-renders the whole text. Model output rarely contains such definitions.
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

    QString m_source;
    QByteArray m_utf8;           // m_source minus a trailing unpaired high surrogate
    QChar m_pendingHigh;         // that surrogate, waiting for its low half
    qsizetype m_stableEnd = 0;   // bytes of m_utf8 covered by m_stableBlocks
    qsizetype m_completeEnd = 0; // bytes of m_utf8 up to and including the last '\n'
    qsizetype m_checkedEnd = 0;  // m_completeEnd at the last stabilize() pass
    QStringList m_stableBlocks;
    QStringList m_stableCode;
    QString m_tailHtml;
    QStringList m_tailCode;
    bool m_fullMode = false;
};

} // namespace harness::core
