// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_request.h"
#include "core/llm/provider_config.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>

namespace harness::core {

/// Builds the HTTP side of an OpenAI-compatible streamed `/chat/completions` call.
class ChatRequestBuilder final {
public:
    /// The JSON body: model, messages, tools with `tool_choice: auto`, `stream: true`,
    /// `stream_options: {include_usage: true}` and, for OpenRouter, `usage: {include: true}`.
    static QJsonObject body(const ProviderConfig& provider, const ChatRequest& request);
    static QByteArray bodyBytes(const ProviderConfig& provider, const ChatRequest& request);
    /// POST request to `{base}/chat/completions` with JSON/SSE headers, the provider's extra
    /// headers and `Authorization: Bearer <apiKey>` when \a apiKey is not empty.
    static QNetworkRequest networkRequest(const ProviderConfig& provider, const QString& apiKey);
    /// GET-style request for another endpoint of the provider (e.g. "models").
    static QNetworkRequest endpointRequest(const ProviderConfig& provider, const QString& apiKey,
                                           const QString& path);

    static QJsonObject messageJson(const ChatMessage& message);
    static QJsonArray messagesJson(const QList<ChatMessage>& messages);
    static QJsonObject toolJson(const ToolDefinition& tool);
    static QString roleName(ChatMessage::Role role);
};

} // namespace harness::core
