// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <string>

namespace harness::core {

// A small tokenizer-based highlighter for the languages models write most: C/C++, Python,
// JavaScript/TypeScript, Rust, Go, Java, shell and JSON. It marks comments, strings, numbers,
// keywords, builtin types, C preprocessor lines and shell variables with
// <span class="hl-comment|hl-string|hl-number|hl-keyword|hl-type|hl-preprocessor|hl-variable">
// (colours come from MarkdownRenderer::styleSheet()). It is lexical only: no regex literals, no
// nested template expressions. Unknown languages come back as escaped plain text.
class SyntaxHighlighter final {
public:
    // A comment or literal left open at the end of one piece of a code block, so the next piece
    // (the next lines) continues it. Empty `close` means nothing is open.
    struct State {
        const char* cssClass = nullptr;
        std::string close;
        bool escapes = false;
        bool operator==(const State&) const = default;
    };

    static bool supportsLanguage(QStringView language);

    // HTML-escaped code with highlight spans, for use inside <pre>.
    static QString toHtml(QStringView code, QStringView language);
    // The same on UTF-8, appending to out (used by the Markdown writer).
    static void appendHtml(QByteArray& out, QByteArrayView code, QByteArrayView language);
    // One piece of a longer code block: starts inside whatever `state` holds open and leaves in it
    // what this piece leaves open.
    static void appendHtml(QByteArray& out, QByteArrayView code, QByteArrayView language, State& state);
};

} // namespace harness::core
