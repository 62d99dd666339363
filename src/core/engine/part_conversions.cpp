// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/part_conversions.h"

namespace harness::core::PartConversions {

ToolCallPart toolCall(const ToolCall& call, const ToolSpec* tool)
{
    ToolCallPart part;
    part.callId = call.id;
    part.name = call.name;
    part.arguments = call.arguments;
    if (tool) {
        part.server = tool->server;
        part.tool = tool->tool;
        part.title = tool->title;
    }
    return part;
}

ToolCall toModel(const ToolCallPart& call)
{
    return ToolCall{call.callId, call.name, call.arguments};
}

ToolResultPart toolResult(const QString& callId, const ToolOutcome& outcome)
{
    return ToolResultPart{callId, outcome.textForModel, outcome.isError, outcome.items,
                          outcome.structuredContent};
}

UsagePart usage(const ChatUsage& usage)
{
    return UsagePart{usage.promptTokens, usage.completionTokens, usage.totalTokens, usage.reasoningTokens,
                     usage.cost};
}

} // namespace harness::core::PartConversions
