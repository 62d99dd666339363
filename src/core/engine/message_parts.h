// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_result.h"
#include "core/model/message.h"
#include "core/tools/tool_provider.h"

namespace harness::core {

/// The shapes of the structured parts of an assistant message, shared by the engine, the chat view
/// and sync:
///   reasoning   {text, durationMs? (from the first reasoning token to the first answer token)}
///   tool_call   {callId, name, server, tool, arguments (raw JSON text), status, error?,
///                progress?, total?, progressMessage?, startedAt?, finishedAt?}
///               status: pending | awaiting_approval | running | done | error | denied | cancelled
///   tool_result {callId, content (what the model got), isError, items, structuredContent?}
///   usage       {promptTokens, completionTokens, totalTokens, reasoningTokens, cost?}
namespace MessageParts {

void setReasoning(Message& message, const QString& text);
QString reasoning(const Message& message);
void setReasoningDuration(Message& message, qint64 ms);

void addToolCall(Message& message, const ToolCall& call, const ToolSpec* tool);
/// Updates fields of the tool_call part with `callId` (merged into the object).
void updateToolCall(Message& message, const QString& callId, const QJsonObject& fields);
QList<ToolCall> toolCalls(const Message& message);

void setToolResult(Message& message, const QString& callId, const ToolOutcome& outcome);
/// The result part of `callId`, or an empty object.
QJsonObject toolResult(const Message& message, const QString& callId);

void setUsage(Message& message, const ChatUsage& usage);

} // namespace MessageParts

} // namespace harness::core
