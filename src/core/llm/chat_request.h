// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace harness::core {

/// One message of the conversation as sent to the model.
struct ChatMessage {
    enum class Role { System, User, Assistant, Tool };

    Role role = Role::User;
    QString content;
    QList<ToolCall> toolCalls;   ///< Assistant only: the calls the model made in that turn
    QString toolCallId;          ///< Tool only: the id of the call this message answers
    QJsonArray reasoningDetails; ///< Assistant only: ChatResult::reasoningDetails of that turn

    static ChatMessage system(const QString& text) { return {Role::System, text, {}, {}, {}}; }
    static ChatMessage user(const QString& text) { return {Role::User, text, {}, {}, {}}; }
    static ChatMessage assistant(const QString& text, const QList<ToolCall>& calls = {},
                                 const QJsonArray& reasoningDetails = {})
    {
        return {Role::Assistant, text, calls, {}, reasoningDetails};
    }
    /// The assistant turn a finished stream produced, ready to go into the next request.
    static ChatMessage assistant(const ChatResult& result)
    {
        return assistant(result.text, result.toolCalls, result.reasoningDetails);
    }
    static ChatMessage toolResult(const QString& callId, const QString& text)
    {
        return {Role::Tool, text, {}, callId, {}};
    }
    bool operator==(const ChatMessage&) const = default;
};

/// A function the model may call; `parameters` is a JSON Schema object.
struct ToolDefinition {
    QString name;
    QString description;
    QJsonObject parameters;
    bool operator==(const ToolDefinition&) const = default;
};

/// Everything one streamed completion needs, apart from provider and key.
struct ChatRequest {
    QString model;
    QList<ChatMessage> messages;
    QList<ToolDefinition> tools;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    /// Extra top-level body fields (e.g. `reasoning: {effort: "high"}`), merged last.
    QJsonObject extraBody;
};

} // namespace harness::core
