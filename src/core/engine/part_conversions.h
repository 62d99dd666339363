// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_result.h"
#include "core/model/message_part.h"
#include "core/tools/tool_provider.h"

namespace harness::core {

/// The message parts of what the model and the tools produced, and back (the engine's side of
/// core/model/message_part.h).
namespace PartConversions {

/// A new call as the model asked for it (pending); `tool` names its server and title when known.
ToolCallPart toolCall(const ToolCall& call, const ToolSpec* tool);
/// The call as the model API knows it.
ToolCall toModel(const ToolCallPart& call);
ToolResultPart toolResult(const QString& callId, const ToolOutcome& outcome);
UsagePart usage(const ChatUsage& usage);

} // namespace PartConversions

} // namespace harness::core
