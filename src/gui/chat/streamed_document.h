// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTextDocument;

namespace harness::gui {

/// Appends the HTML of one finished top-level Markdown block (as core::StreamingMarkdown cuts
/// them) at the end of document, so that a document built block by block has the same blocks,
/// text and layout height as setHtml() of all the blocks' HTML joined. The cost depends on the
/// block, not on the length of the document.
void appendBlockHtml(QTextDocument& document, const QString& html);

} // namespace harness::gui
