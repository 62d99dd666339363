// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/message_parts.h"

namespace harness::core::MessageParts {

namespace {

using Kind = MessagePart::Kind;

MessagePart* findPart(Message& message, Kind kind, const QString& callId = {})
{
    for (auto& part : message.parts) {
        if (part.kind == kind &&
            (callId.isEmpty() || part.data.value(QStringLiteral("callId")).toString() == callId))
            return &part;
    }
    return nullptr;
}

const MessagePart* findPart(const Message& message, Kind kind, const QString& callId = {})
{
    return findPart(const_cast<Message&>(message), kind, callId);
}

} // namespace

void setReasoning(Message& message, const QString& text)
{
    if (auto* part = findPart(message, Kind::Reasoning)) {
        part->data.insert(QStringLiteral("text"), text);
        return;
    }
    // Reasoning comes first: the view shows it above the answer.
    message.parts.prepend(MessagePart{Kind::Reasoning, {{QStringLiteral("text"), text}}});
}

QString reasoning(const Message& message)
{
    const auto* part = findPart(message, Kind::Reasoning);
    return part ? part->data.value(QStringLiteral("text")).toString() : QString();
}

void setReasoningDuration(Message& message, qint64 ms)
{
    if (auto* part = findPart(message, Kind::Reasoning))
        part->data.insert(QStringLiteral("durationMs"), ms);
}

void addToolCall(Message& message, const ToolCall& call, const ToolSpec* tool)
{
    QJsonObject data{{QStringLiteral("callId"), call.id},
                     {QStringLiteral("name"), call.name},
                     {QStringLiteral("arguments"), call.arguments},
                     {QStringLiteral("status"), QStringLiteral("pending")}};
    if (tool) {
        data.insert(QStringLiteral("server"), tool->server);
        data.insert(QStringLiteral("tool"), tool->tool);
        data.insert(QStringLiteral("title"), tool->title);
    }
    message.parts.append(MessagePart{Kind::ToolCall, data});
}

void updateToolCall(Message& message, const QString& callId, const QJsonObject& fields)
{
    auto* part = findPart(message, Kind::ToolCall, callId);
    if (!part)
        return;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        part->data.insert(it.key(), it.value());
}

QList<ToolCall> toolCalls(const Message& message)
{
    QList<ToolCall> calls;
    for (const auto& part : message.parts) {
        if (part.kind != Kind::ToolCall)
            continue;
        calls.append(ToolCall{part.data.value(QStringLiteral("callId")).toString(),
                              part.data.value(QStringLiteral("name")).toString(),
                              part.data.value(QStringLiteral("arguments")).toString()});
    }
    return calls;
}

void setToolResult(Message& message, const QString& callId, const ToolOutcome& outcome)
{
    QJsonObject data{{QStringLiteral("callId"), callId},
                     {QStringLiteral("content"), outcome.textForModel},
                     {QStringLiteral("isError"), outcome.isError},
                     {QStringLiteral("items"), outcome.items}};
    if (!outcome.structuredContent.isEmpty())
        data.insert(QStringLiteral("structuredContent"), outcome.structuredContent);
    if (auto* part = findPart(message, Kind::ToolResult, callId)) {
        part->data = data;
        return;
    }
    message.parts.append(MessagePart{Kind::ToolResult, data});
}

QJsonObject toolResult(const Message& message, const QString& callId)
{
    const auto* part = findPart(message, Kind::ToolResult, callId);
    return part ? part->data : QJsonObject();
}

void setUsage(Message& message, const ChatUsage& usage)
{
    QJsonObject data{{QStringLiteral("promptTokens"), usage.promptTokens},
                     {QStringLiteral("completionTokens"), usage.completionTokens},
                     {QStringLiteral("totalTokens"), usage.totalTokens},
                     {QStringLiteral("reasoningTokens"), usage.reasoningTokens}};
    if (usage.cost)
        data.insert(QStringLiteral("cost"), *usage.cost);
    if (auto* part = findPart(message, Kind::Usage)) {
        part->data = data;
        return;
    }
    message.parts.append(MessagePart{Kind::Usage, data});
}

} // namespace harness::core::MessageParts
