// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTextDocument;

namespace harness::gui {

/// Appends the HTML of finished top-level Markdown blocks (one of core::StreamingMarkdown's
/// stable blocks, or its tail) at the end of document. A document built this way has the same
/// text, blocks, formats and layout height as setHtml() of all the HTML joined (which
/// QTextCursor::insertHtml() alone does not give: it leaves empty blocks before lists, tables and
/// rules, a space after each block, and the previous block's margins on a new paragraph). The
/// cost depends on html, not on the length of document: html is parsed once more on its own to
/// learn the formats of its first block.
void appendBlockHtml(QTextDocument& document, const QString& html);

} // namespace harness::gui
