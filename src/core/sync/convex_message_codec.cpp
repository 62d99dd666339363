// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/convex_message_codec.h"

namespace harness::core::ConvexMessageCodec {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

/// A local display item as one of Convex's tool result items (text, image, resource).
QJsonObject itemToConvex(const QJsonObject& item)
{
    const QString type = str(item, "type");
    if (type == QLatin1String("text"))
        return {{QStringLiteral("type"), type}, {QStringLiteral("text"), str(item, "text")}};
    if (type == QLatin1String("image"))
        return {{QStringLiteral("type"), type},
                {QStringLiteral("mimeType"), str(item, "mimeType")},
                {QStringLiteral("data"), str(item, "data")}};
    if (type == QLatin1String("resource")) {
        QJsonObject out{{QStringLiteral("type"), type}, {QStringLiteral("uri"), str(item, "uri")}};
        if (!str(item, "mimeType").isEmpty())
            out.insert(QStringLiteral("mimeType"), str(item, "mimeType"));
        if (item.contains(QStringLiteral("text")))
            out.insert(QStringLiteral("text"), str(item, "text"));
        return out;
    }
    // Audio and unknown kinds: a note in their place.
    return {{QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QStringLiteral("[%1 %2]").arg(type, str(item, "mimeType")).trimmed()}};
}

} // namespace

ConvexParts toConvex(const MessageParts& parts)
{
    ConvexParts out;
    for (const auto& part : parts) {
        if (const auto* reasoning = std::get_if<ReasoningPart>(&part)) {
            out.parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning")},
                                         {QStringLiteral("text"), reasoning->text}});
        } else if (const auto* call = std::get_if<ToolCallPart>(&part)) {
            QJsonObject json{{QStringLiteral("type"), QStringLiteral("tool_call")},
                             {QStringLiteral("callId"), call->callId},
                             {QStringLiteral("name"), call->name},
                             {QStringLiteral("arguments"), call->arguments}};
            if (!call->server.isEmpty())
                json.insert(QStringLiteral("server"), call->server);
            out.parts.append(json);
        } else if (const auto* result = std::get_if<ToolResultPart>(&part)) {
            QJsonObject json{{QStringLiteral("type"), QStringLiteral("tool_result")},
                             {QStringLiteral("callId"), result->callId},
                             {QStringLiteral("content"), result->content}};
            if (result->isError)
                json.insert(QStringLiteral("isError"), true);
            QJsonArray items;
            for (const auto& item : result->items)
                items.append(itemToConvex(item.toObject()));
            if (!items.isEmpty())
                json.insert(QStringLiteral("items"), items);
            out.parts.append(json);
        } else if (const auto* usage = std::get_if<UsagePart>(&part)) {
            out.usage = QJsonObject{{QStringLiteral("promptTokens"), double(usage->promptTokens)},
                                    {QStringLiteral("completionTokens"), double(usage->completionTokens)},
                                    {QStringLiteral("reasoningTokens"), double(usage->reasoningTokens)},
                                    {QStringLiteral("totalTokens"), double(usage->totalTokens)}};
            if (usage->cost)
                out.usage.insert(QStringLiteral("cost"), *usage->cost);
        }
        // Text parts: the message's content travels as its own field.
    }
    return out;
}

MessageParts fromConvex(const QJsonArray& parts, const QJsonObject& usage)
{
    MessageParts out;
    QHash<QString, bool> failedCalls;
    for (const auto& value : parts) {
        const auto p = value.toObject();
        if (str(p, "type") == QLatin1String("tool_result") && p.value(QStringLiteral("isError")).toBool())
            failedCalls.insert(str(p, "callId"), true);
    }
    for (const auto& value : parts) {
        const auto p = value.toObject();
        const QString type = str(p, "type");
        if (type == QLatin1String("reasoning")) {
            out.append(ReasoningPart{str(p, "text"), std::nullopt});
        } else if (type == QLatin1String("tool_call")) {
            ToolCallPart call;
            call.callId = str(p, "callId");
            call.name = str(p, "name");
            call.arguments = str(p, "arguments");
            call.server = str(p, "server");
            call.status = failedCalls.contains(call.callId) ? ToolCallStatus::Error : ToolCallStatus::Done;
            out.append(call);
        } else if (type == QLatin1String("tool_result")) {
            out.append(ToolResultPart{str(p, "callId"),
                                      str(p, "content"),
                                      p.value(QStringLiteral("isError")).toBool(),
                                      p.value(QStringLiteral("items")).toArray(),
                                      {}});
        }
        // "text" parts: the message's content already holds its text.
    }
    if (!usage.isEmpty()) {
        UsagePart u;
        u.promptTokens = usage.value(QStringLiteral("promptTokens")).toInteger();
        u.completionTokens = usage.value(QStringLiteral("completionTokens")).toInteger();
        u.totalTokens = usage.value(QStringLiteral("totalTokens")).toInteger();
        u.reasoningTokens = usage.value(QStringLiteral("reasoningTokens")).toInteger();
        if (usage.contains(QStringLiteral("cost")))
            u.cost = usage.value(QStringLiteral("cost")).toDouble();
        out.append(u);
    }
    return out;
}

} // namespace harness::core::ConvexMessageCodec
