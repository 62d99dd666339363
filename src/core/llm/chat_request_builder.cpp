// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_request_builder.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace harness::core {

QString ChatRequestBuilder::roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System:
        return QStringLiteral("system");
    case ChatMessage::Role::User:
        return QStringLiteral("user");
    case ChatMessage::Role::Assistant:
        return QStringLiteral("assistant");
    case ChatMessage::Role::Tool:
        return QStringLiteral("tool");
    }
    return QStringLiteral("user");
}

QJsonObject ChatRequestBuilder::messageJson(const ChatMessage& message)
{
    QJsonObject json{{u"role"_s, roleName(message.role)}};
    if (message.role == ChatMessage::Role::Assistant && !message.toolCalls.isEmpty()) {
        // An assistant turn that only called tools has no text: OpenAI wants null, not "".
        json.insert(u"content"_s,
                    message.content.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(message.content));
        QJsonArray calls;
        for (const ToolCall& call : message.toolCalls) {
            calls.append(QJsonObject{
                {u"id"_s, call.id},
                {u"type"_s, u"function"_s},
                {u"function"_s,
                 QJsonObject{{u"name"_s, call.name},
                             {u"arguments"_s, call.arguments.isEmpty() ? u"{}"_s : call.arguments}}},
            });
        }
        json.insert(u"tool_calls"_s, calls);
    } else {
        json.insert(u"content"_s, message.content);
    }
    if (message.role == ChatMessage::Role::Tool)
        json.insert(u"tool_call_id"_s, message.toolCallId);
    if (message.role == ChatMessage::Role::Assistant && !message.reasoningDetails.isEmpty())
        json.insert(u"reasoning_details"_s, message.reasoningDetails);
    return json;
}

QJsonArray ChatRequestBuilder::messagesJson(const QList<ChatMessage>& messages)
{
    QJsonArray array;
    for (const ChatMessage& message : messages)
        array.append(messageJson(message));
    return array;
}

QJsonObject ChatRequestBuilder::toolJson(const ToolDefinition& tool)
{
    QJsonObject function{{u"name"_s, tool.name}};
    if (!tool.description.isEmpty())
        function.insert(u"description"_s, tool.description);
    function.insert(u"parameters"_s, tool.parameters.isEmpty() ? QJsonObject{{u"type"_s, u"object"_s},
                                                                             {u"properties"_s, QJsonObject{}}}
                                                               : tool.parameters);
    return QJsonObject{{u"type"_s, u"function"_s}, {u"function"_s, function}};
}

QJsonObject ChatRequestBuilder::body(const ProviderConfig& provider, const ChatRequest& request)
{
    QJsonObject json{
        {u"model"_s, request.model},
        {u"messages"_s, messagesJson(request.messages)},
        {u"stream"_s, true},
        {u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}}},
    };
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolDefinition& tool : request.tools)
            tools.append(toolJson(tool));
        json.insert(u"tools"_s, tools);
        json.insert(u"tool_choice"_s, u"auto"_s);
    }
    if (provider.isOpenRouter())
        json.insert(u"usage"_s, QJsonObject{{u"include"_s, true}});
    if (request.temperature)
        json.insert(u"temperature"_s, *request.temperature);
    if (request.maxTokens)
        json.insert(u"max_tokens"_s, *request.maxTokens);
    for (auto it = request.extraBody.begin(); it != request.extraBody.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QByteArray ChatRequestBuilder::bodyBytes(const ProviderConfig& provider, const ChatRequest& request)
{
    return QJsonDocument(body(provider, request)).toJson(QJsonDocument::Compact);
}

QNetworkRequest ChatRequestBuilder::endpointRequest(const ProviderConfig& provider, const QString& apiKey,
                                                    const QString& path)
{
    QNetworkRequest request(provider.endpoint(path));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + apiKey.toUtf8());
    for (const auto& [name, value] : provider.extraHeaders)
        request.setRawHeader(name, value);
    // Streams are long-lived; stalls are detected by the caller, not by a transfer timeout.
    request.setTransferTimeout(0);
    return request;
}

QNetworkRequest ChatRequestBuilder::networkRequest(const ProviderConfig& provider, const QString& apiKey)
{
    QNetworkRequest request = endpointRequest(provider, apiKey, QStringLiteral("chat/completions"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    return request;
}

} // namespace harness::core
