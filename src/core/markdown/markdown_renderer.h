// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

namespace harness::core {

// The HTML of one rendered Markdown text plus the raw code of its code blocks; block n is the
// target of the "harness-copy:n" link next to it.
struct RenderedMarkdown {
    QString html;
    QStringList codeBlocks;
};

// What a click on an anchor of rendered Markdown asks for (see MarkdownRenderer::classifyLink).
struct MarkdownLink {
    enum class Kind { Ignore, OpenExternally, LoadImage, CopyCode };
    Kind kind = Kind::Ignore;
    QUrl url;           // OpenExternally: the link; LoadImage: the image to fetch (http/https/data)
    int codeBlock = -1; // CopyCode: index into RenderedMarkdown::codeBlocks
};

// Renders model output (GitHub-flavoured Markdown via cmark-gfm: tables, strikethrough, task
// lists, autolinks) to HTML in the subset QTextDocument understands: p, h1-h6, ul/ol/li,
// blockquote, pre/code, table/tr/th/td with border attributes, s, a, hr, and task boxes as
// U+2610/U+2611. Safety: raw HTML is shown as text; only http, https and mailto links are anchors
// (other links keep their text); images are never loaded, they become a "[image: alt] (click to
// load)" link to harness-image:<url>; code blocks are highlighted by SyntaxHighlighter.
// The output is a concatenation of top-level blocks, which is what StreamingMarkdown relies on.
class MarkdownRenderer final {
public:
    static RenderedMarkdown render(QStringView markdown);

    // For QTextBrowser::anchorClicked (set openLinks to false and dispatch on the kind).
    static MarkdownLink classifyLink(const QUrl& href);

    // A default style sheet for QTextDocument::setDefaultStyleSheet: code colours for the
    // highlight classes and a background for code blocks, in a light or a dark variant.
    static QString styleSheet(bool dark);
};

} // namespace harness::core
