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

ConvexParts toConvex(const QList<MessagePart>& parts)
{
    ConvexParts out;
    for (const auto& part : parts) {
        const auto& d = part.data;
        switch (part.kind) {
        case MessagePart::Kind::Reasoning:
            out.parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning")},
                                         {QStringLiteral("text"), str(d, "text")}});
            break;
        case MessagePart::Kind::ToolCall: {
            QJsonObject call{{QStringLiteral("type"), QStringLiteral("tool_call")},
                             {QStringLiteral("callId"), str(d, "callId")},
                             {QStringLiteral("name"), str(d, "name")},
                             {QStringLiteral("arguments"), str(d, "arguments")}};
            if (!str(d, "server").isEmpty())
                call.insert(QStringLiteral("server"), str(d, "server"));
            out.parts.append(call);
            break;
        }
        case MessagePart::Kind::ToolResult: {
            QJsonObject result{{QStringLiteral("type"), QStringLiteral("tool_result")},
                               {QStringLiteral("callId"), str(d, "callId")},
                               {QStringLiteral("content"), str(d, "content")}};
            if (d.value(QStringLiteral("isError")).toBool())
                result.insert(QStringLiteral("isError"), true);
            QJsonArray items;
            for (const auto& item : d.value(QStringLiteral("items")).toArray())
                items.append(itemToConvex(item.toObject()));
            if (!items.isEmpty())
                result.insert(QStringLiteral("items"), items);
            out.parts.append(result);
            break;
        }
        case MessagePart::Kind::Usage:
            for (const char* key :
                 {"promptTokens", "completionTokens", "reasoningTokens", "totalTokens", "cost"}) {
                const auto value = d.value(QLatin1String(key));
                if (value.isDouble())
                    out.usage.insert(QLatin1String(key), value.toDouble());
            }
            break;
        }
    }
    return out;
}

QList<MessagePart> fromConvex(const QJsonArray& parts, const QJsonObject& usage)
{
    QList<MessagePart> out;
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
            out.append({MessagePart::Kind::Reasoning, {{QStringLiteral("text"), str(p, "text")}}});
        } else if (type == QLatin1String("tool_call")) {
            const QString callId = str(p, "callId");
            out.append({MessagePart::Kind::ToolCall,
                        {{QStringLiteral("callId"), callId},
                         {QStringLiteral("name"), str(p, "name")},
                         {QStringLiteral("arguments"), str(p, "arguments")},
                         {QStringLiteral("server"), str(p, "server")},
                         {QStringLiteral("status"),
                          failedCalls.contains(callId) ? QStringLiteral("error") : QStringLiteral("done")}}});
        } else if (type == QLatin1String("tool_result")) {
            out.append({MessagePart::Kind::ToolResult,
                        {{QStringLiteral("callId"), str(p, "callId")},
                         {QStringLiteral("content"), str(p, "content")},
                         {QStringLiteral("isError"), p.value(QStringLiteral("isError")).toBool()},
                         {QStringLiteral("items"), p.value(QStringLiteral("items")).toArray()}}});
        }
        // "text" parts: the message's content already holds its text.
    }
    if (!usage.isEmpty()) {
        QJsonObject u;
        for (const char* key : {"promptTokens", "completionTokens", "totalTokens", "reasoningTokens"})
            u.insert(QLatin1String(key), usage.value(QLatin1String(key)).toInteger());
        if (usage.contains(QStringLiteral("cost")))
            u.insert(QStringLiteral("cost"), usage.value(QStringLiteral("cost")).toDouble());
        out.append({MessagePart::Kind::Usage, u});
    }
    return out;
}

} // namespace harness::core::ConvexMessageCodec
