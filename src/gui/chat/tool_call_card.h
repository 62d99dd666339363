// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/tool_approval.h"
#include "core/model/message_part.h"
#include "gui/chat/message_actions.h"

class QTextDocument;

namespace harness::gui {

/// One tool call as a card: server and tool, status (waiting for approval, running with
/// progress, done, error, denied, cancelled) and duration on one line; when a call waits for the
/// user, the question with Allow once / Always allow / Deny; expanded, the arguments as pretty
/// JSON and the result (text, images inline, resources as links). Collapsed by default.
class ToolCallCard final {
public:
    struct Input {
        core::ToolCallPart call;
        const core::ToolResultPart* result = nullptr;       ///< none while it runs
        const core::ToolApprovalRequest* pending = nullptr; ///< waiting for the user's answer
        bool expanded = false;
        /// Now (ms since the epoch) for a call that is running or waiting in a live run: the card
        /// shows how long it has run or waited so far. 0: the call is not live.
        qint64 now = 0;
    };
    /// True when the card of `call` shows a live duration (it runs or waits for the user).
    static bool isLive(const core::ToolCallPart& call, bool pending);
    /// HTML for `document`; images of the result are added to it as resources.
    static QString html(const Input& input, const ChatColors& colors, QTextDocument* document);
    /// "Done", "Waiting for approval", ...
    static QString statusText(core::ToolCallStatus status);
    /// "4 s", "2 min 5 s", "1 h 3 min" for a duration of a running or waiting call.
    static QString elapsedText(qint64 ms);
};

} // namespace harness::gui
