// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/markdown/syntax_highlighter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <optional>

struct cmark_node;

namespace harness::core {

// Writes cmark-gfm nodes as HTML for Qt's rich-text subset. Safety rules live here: raw HTML is
// written as text, only http/https/mailto links become anchors, images become "click to load"
// placeholders (harness-image:<url>), and each code block gets a harness-copy:<n> link where n
// counts code blocks from firstCodeBlock on, in document order.
// Internal to the markdown folder (it sees cmark types); use MarkdownRenderer or StreamingMarkdown.
class MarkdownHtmlWriter final {
public:
    // Code blocks are written as pieces of this many lines (one <pre> each, flush against each
    // other), so a long block that is still streaming can be cached piece by piece.
    static constexpr int kCodeChunkLines = 32;

    // Where the next piece of a partly written code block starts.
    struct CodeContinuation {
        int firstChunk = 0;
        SyntaxHighlighter::State state;
    };

    explicit MarkdownHtmlWriter(int firstCodeBlock = 0) : m_nextCodeBlock(firstCodeBlock) {}

    // Appends the HTML of one block (usually a top-level child of the document) to out.
    void writeBlock(cmark_node* block, QByteArray& out);

    // The next code block written is the rest of one whose first pieces were written before:
    // no header, pieces numbered from continuation.firstChunk, highlighting resumed.
    void setContinuation(const CodeContinuation& continuation) { m_continuation = continuation; }

    // Writes the first `count` pieces of a code block (never its last one) as separate HTML
    // fragments, advancing continuation; raw gets their text, each line ending in a newline.
    void writeCodeChunks(cmark_node* code, int count, CodeContinuation& continuation, QList<QByteArray>& html,
                         QByteArray& raw) const;

    static bool isFencedCode(cmark_node* node);
    static int codeLineCount(cmark_node* code);

    // Raw text of the code blocks written so far, in order.
    const QStringList& codeBlocks() const { return m_codeBlocks; }

private:
    void enter(cmark_node* node, QByteArray& out);
    void exit(cmark_node* node, QByteArray& out);
    void writeCodeBlock(cmark_node* node, QByteArray& out);
    void writeCodeChunk(QByteArray& out, QByteArrayView code, QByteArrayView language, int chunk, bool last,
                        SyntaxHighlighter::State& state) const;
    void writeImagePlaceholder(cmark_node* node, QByteArray& out);
    void writeTableCellOpen(cmark_node* cell, QByteArray& out);
    void writePendingCheckbox(QByteArray& out);

    int m_nextCodeBlock;
    QStringList m_codeBlocks;
    QByteArray m_pendingCheckbox;
    int m_cellIndex = 0;
    std::optional<CodeContinuation> m_continuation;
    QList<bool> m_openLinks; // per open link: whether an <a> was written
};

} // namespace harness::core
