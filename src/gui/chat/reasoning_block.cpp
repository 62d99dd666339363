// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/reasoning_block.h"

#include "core/markdown/markdown_renderer.h"

#include <QCoreApplication>

namespace harness::gui {

namespace {
/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::gui::ReasoningBlock)
};
} // namespace

QString ReasoningBlock::summary(const core::ReasoningPart& part, bool thinking)
{
    if (thinking)
        return Tr::tr("Thinking…");
    const qint64 ms = part.durationMs.value_or(-1);
    if (ms < 0)
        return Tr::tr("Reasoning");
    const int seconds = int((ms + 500) / 1000);
    if (seconds < 90)
        return Tr::tr("Thought for %n second(s)", "how long the model reasoned", std::max(1, seconds));
    return Tr::tr("Thought for %n minute(s)", "how long the model reasoned", (seconds + 30) / 60);
}

QString ReasoningBlock::html(const core::ReasoningPart& part, bool expanded, bool thinking,
                             const ChatColors& colors)
{
    const QString arrow = expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ");
    QString html = QStringLiteral("<p style=\"margin:0 0 4px 0\"><small>%1</small></p>")
                       .arg(MessageActions::link(MessageActions::Kind::ToggleReasoning,
                                                 arrow + summary(part, thinking), colors));
    if (expanded) {
        const auto rendered = core::MarkdownRenderer::render(part.text);
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                               "<td width=\"2\" bgcolor=\"%1\"></td><td width=\"10\"></td>"
                               "<td style=\"color:%2\">%3</td></tr></table>")
                    .arg(colors.border.name(), colors.muted.name(), rendered.html);
    }
    return html;
}

} // namespace harness::gui
