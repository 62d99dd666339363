// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_request.h"
#include "core/model/harness.h"
#include "core/store/store.h"

namespace harness::core {

/// Turns a stored conversation into the messages sent to the model: the harness's system prompt
/// and skills, then every turn with its tool calls and tool results (only the current branch:
/// messages replaced by an edit and resend are not sent). Answers that failed before
/// saying anything are left out; a tool call that never got a result (the app died) is answered
/// with a note, so the request stays valid.
class HistoryBuilder final {
public:
    static StoreResult<QList<ChatMessage>> build(Store& store, const QString& conversationId,
                                                 const Harness& harness);
    static QString systemPrompt(const Harness& harness);
};

} // namespace harness::core
