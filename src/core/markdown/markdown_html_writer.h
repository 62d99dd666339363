// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

struct cmark_node;

namespace harness::core {

// Writes cmark-gfm nodes as HTML for Qt's rich-text subset. Safety rules live here: raw HTML is
// written as text, only http/https/mailto links become anchors, images become "click to load"
// placeholders (harness-image:<url>), and each code block gets a harness-copy:<n> link where n
// counts code blocks from firstCodeBlock on, in document order.
// Internal to the markdown folder (it sees cmark types); use MarkdownRenderer or StreamingMarkdown.
class MarkdownHtmlWriter final {
public:
    explicit MarkdownHtmlWriter(int firstCodeBlock = 0) : m_nextCodeBlock(firstCodeBlock) {}

    // Appends the HTML of one block (usually a top-level child of the document) to out.
    void writeBlock(cmark_node* block, QByteArray& out);

    // Raw text of the code blocks written so far, in order.
    const QStringList& codeBlocks() const { return m_codeBlocks; }

    static bool isClickableUrl(QByteArrayView url);
    static bool isLoadableImageUrl(QByteArrayView url);

private:
    void enter(cmark_node* node, QByteArray& out);
    void exit(cmark_node* node, QByteArray& out);
    void writeCodeBlock(cmark_node* node, QByteArray& out);
    void writeImagePlaceholder(cmark_node* node, QByteArray& out);
    void writeTableCellOpen(cmark_node* cell, QByteArray& out);
    void writePendingCheckbox(QByteArray& out);

    int m_nextCodeBlock;
    QStringList m_codeBlocks;
    QByteArray m_pendingCheckbox;
    int m_cellIndex = 0;
    QList<bool> m_openLinks; // per open link: whether an <a> was written
};

} // namespace harness::core
