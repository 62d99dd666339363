// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace harness::core {

/// A function call requested by the model.
struct ToolCall {
    QString id;
    QString name;
    QString arguments; ///< raw JSON text exactly as the model produced it

    /// True when `arguments` parses as a JSON object; an empty string counts as `{}`.
    /// Invalid arguments must be reported back to the model, never replaced by `{}`.
    bool argumentsAreValid() const;
    /// The parsed arguments; empty when they are not a valid JSON object.
    QJsonObject argumentsObject() const;

    bool operator==(const ToolCall&) const = default;
};

/// Token counts and cost of one completion, from the provider's final usage chunk.
struct ChatUsage {
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;
    qint64 reasoningTokens = 0;    ///< completion_tokens_details.reasoning_tokens
    qint64 cachedPromptTokens = 0; ///< prompt_tokens_details.cached_tokens
    std::optional<double> cost;    ///< in credits (USD on OpenRouter), when the provider says

    static ChatUsage fromJson(const QJsonObject& usage);
    QJsonObject toJson() const;
    bool operator==(const ChatUsage&) const = default;
};

/// What one streamed completion produced. Complete on `finished`, partial on `failed`.
struct ChatResult {
    QString text;
    QString reasoning;
    /// OpenRouter's structured reasoning (`reasoning_details`), fragments merged by index. Send it
    /// back with the assistant turn (ChatMessage::reasoningDetails) so models that sign their
    /// reasoning (Claude, Gemini) can continue after tool calls.
    QJsonArray reasoningDetails;
    QList<ToolCall> toolCalls;
    std::optional<ChatUsage> usage;
    QString finishReason; ///< "stop", "length", "tool_calls", "content_filter", "error" or empty
    QString model;        ///< the model that actually answered, as reported by the provider
    QString generationId; ///< provider's id of the completion (OpenRouter: for /generation lookups)
    ChatError error;      ///< kind None on success
    int attempts = 0;     ///< HTTP requests made (more than 1 after automatic 429 retries)

    bool ok() const { return error.kind == ChatError::Kind::None; }
    /// True once anything visible arrived (text, reasoning or a tool call).
    bool hasContent() const { return !text.isEmpty() || !reasoning.isEmpty() || !toolCalls.isEmpty(); }
};

} // namespace harness::core
