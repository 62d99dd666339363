// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QModelIndex>
#include <QPalette>
#include <QString>

namespace harness::core {
struct Message;
}

namespace harness::gui {

/// The calm colours of a message's parts, derived from the palette (light or dark).
struct ChatColors {
    QColor text, muted, border, card, accent, accentText, danger, success, warning;
    static ChatColors from(const QPalette& palette);
};

/// The clickable things inside a rendered message are anchors "harness-action:<kind>:<argument>":
/// per-message actions in its footer (copy, edit, regenerate, earlier version), the reasoning
/// toggle, and a tool-call card's details toggle and approval buttons.
class MessageActions final {
public:
    enum class Kind {
        None,
        Copy,
        Edit,
        Regenerate,
        ToggleEarlierVersion,
        ToggleReasoning,
        ToggleToolCall, ///< argument: the call id
        AllowOnce,      ///< argument: the call id
        AlwaysAllow,
        Deny,
    };
    struct Action {
        Kind kind = Kind::None;
        QString argument;
    };

    static QString href(Kind kind, const QString& argument = {});
    static Action parse(const QString& href);

    struct FooterOptions {
        bool showUsage = true;
        bool canRegenerate = false; ///< the last answer, with no run going on
        bool canEdit = false;
    };
    /// The line under a message: time, model, tokens and cost, then its actions.
    static QString footerHtml(const core::Message& message, const QModelIndex& index,
                              const FooterOptions& options, const ChatColors& colors);
    /// A link that looks like a small quiet button.
    static QString link(Kind kind, const QString& text, const ChatColors& colors,
                        const QString& argument = {});
};

} // namespace harness::gui
