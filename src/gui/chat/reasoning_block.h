// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message_part.h"
#include "gui/chat/message_actions.h"

namespace harness::gui {

/// The model's reasoning above its answer: one quiet line ("Thought for 12 s"), expanded on click
/// into the reasoning text (Markdown, no raw HTML).
class ReasoningBlock final {
public:
    /// `thinking`: still reasoning (no answer yet).
    static QString html(const core::ReasoningPart& part, bool expanded, bool thinking,
                        const ChatColors& colors);
    /// "Thought for 12 s" / "Thought for 2 min" (plural-aware), or "Reasoning" without a duration.
    static QString summary(const core::ReasoningPart& part, bool thinking);
};

} // namespace harness::gui
