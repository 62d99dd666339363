// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/web_message_codec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace harness::core::WebMessageCodec {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

/// A tool call's arguments as the web keeps them: the JSON object the model sent (the raw text
/// when it was not valid JSON, so nothing the model said is lost).
QJsonValue argumentsToWeb(const QString& text)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (error.error == QJsonParseError::NoError && doc.isArray())
        return doc.array();
    return text.isEmpty() ? QJsonValue(QJsonObject{}) : QJsonValue(text);
}

QString argumentsFromWeb(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return value.toString();
    return QStringLiteral("{}");
}

QString webToolStatus(ToolCallStatus status)
{
    switch (status) {
    case ToolCallStatus::Done:
        return QStringLiteral("completed");
    case ToolCallStatus::Error:
    case ToolCallStatus::Denied:
    case ToolCallStatus::Cancelled:
        return QStringLiteral("failed");
    case ToolCallStatus::Pending:
    case ToolCallStatus::AwaitingApproval:
    case ToolCallStatus::Running:
        break;
    }
    return QStringLiteral("in_progress");
}

/// One web tool_call entry (from `parts` or the legacy `toolCalls`) as the local call and result.
void appendToolCall(MessageParts& out, const QJsonObject& webCall)
{
    const bool failed = str(webCall, "status") == QLatin1String("failed");
    ToolCallPart call;
    call.callId = str(webCall, "call_id");
    call.name = str(webCall, "tool");
    call.arguments = argumentsFromWeb(webCall.value(QStringLiteral("arguments")));
    call.server = str(webCall, "server_name");
    call.status = failed ? ToolCallStatus::Error : ToolCallStatus::Done;
    out.append(call);
    if (webCall.contains(QStringLiteral("result")))
        out.append(ToolResultPart{call.callId, str(webCall, "result"), failed, {}, {}});
}

} // namespace

bool travels(MessageRole role)
{
    return role == MessageRole::User || role == MessageRole::Assistant;
}

QJsonObject toWeb(const Message& message)
{
    QJsonObject fields{{QStringLiteral("role"), roleName(message.role)},
                       {QStringLiteral("content"), message.content}};
    if (message.role != MessageRole::Assistant)
        return fields;

    const QString reasoning = message.parts.reasoning() ? message.parts.reasoning()->text : QString();
    QJsonObject usage;
    if (const auto* u = message.parts.usage()) {
        // The web's usage validator takes exactly these (reasoning tokens stay here).
        usage = QJsonObject{{QStringLiteral("promptTokens"), double(u->promptTokens)},
                            {QStringLiteral("completionTokens"), double(u->completionTokens)},
                            {QStringLiteral("totalTokens"), double(u->totalTokens)}};
        if (u->cost)
            usage.insert(QStringLiteral("cost"), *u->cost);
    }
    const QList<ToolCallPart> calls = message.parts.toolCalls();
    QJsonArray parts;
    if (!reasoning.isEmpty())
        parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning")},
                                 {QStringLiteral("content"), reasoning}});
    if (!message.content.isEmpty())
        parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("content"), message.content}});
    QJsonArray toolCalls;
    for (const auto& call : std::as_const(calls)) {
        const QString& callId = call.callId;
        const auto* resultPart = message.parts.toolResult(callId);
        const QString result = resultPart ? resultPart->content : QString();
        const QJsonValue arguments = argumentsToWeb(call.arguments);
        toolCalls.append(QJsonObject{{QStringLiteral("tool"), call.name},
                                     {QStringLiteral("arguments"), arguments},
                                     {QStringLiteral("call_id"), callId},
                                     {QStringLiteral("result"), result}});
        QJsonObject part{{QStringLiteral("type"), QStringLiteral("tool_call")},
                         {QStringLiteral("tool"), call.name},
                         {QStringLiteral("arguments"), arguments},
                         {QStringLiteral("call_id"), callId},
                         {QStringLiteral("result"), result},
                         {QStringLiteral("status"), webToolStatus(call.status)}};
        if (!call.server.isEmpty())
            part.insert(QStringLiteral("server_name"), call.server);
        parts.append(part);
    }
    if (!parts.isEmpty())
        fields.insert(QStringLiteral("parts"), parts);
    if (!reasoning.isEmpty())
        fields.insert(QStringLiteral("reasoning"), reasoning);
    if (!toolCalls.isEmpty())
        fields.insert(QStringLiteral("toolCalls"), toolCalls);
    if (!usage.isEmpty())
        fields.insert(QStringLiteral("usage"), usage);
    if (!message.model.isEmpty())
        fields.insert(QStringLiteral("model"), message.model);
    switch (message.status) {
    case MessageStatus::Complete:
    case MessageStatus::Streaming:
        break;
    case MessageStatus::Stopped: // what the web's Stop writes
        fields.insert(QStringLiteral("interrupted"), true);
        break;
    case MessageStatus::Interrupted:
    case MessageStatus::Error:
        fields.insert(QStringLiteral("interrupted"), true);
        fields.insert(QStringLiteral("interruptionReason"),
                      message.error.isEmpty() ? QStringLiteral("Interrupted") : message.error);
        break;
    }
    return fields;
}

Message fromWeb(const QJsonObject& doc)
{
    Message m;
    m.role = str(doc, "role") == QLatin1String("assistant") ? MessageRole::Assistant : MessageRole::User;
    m.content = str(doc, "content");
    m.model = str(doc, "model");
    m.createdAt = qint64(doc.value(QStringLiteral("_creationTime")).toDouble());
    m.updatedAt = m.createdAt;
    if (doc.value(QStringLiteral("interrupted")).toBool()) {
        m.error = str(doc, "interruptionReason");
        m.status = m.error.isEmpty() ? MessageStatus::Stopped : MessageStatus::Error;
    }

    const QJsonArray parts = doc.value(QStringLiteral("parts")).toArray();
    QString reasoning = str(doc, "reasoning");
    QString text;
    MessageParts calls;
    for (const auto& value : parts) {
        const auto p = value.toObject();
        const QString type = str(p, "type");
        if (type == QLatin1String("text"))
            text += str(p, "content");
        else if (type == QLatin1String("reasoning") && !doc.contains(QStringLiteral("reasoning")))
            reasoning += str(p, "content");
        else if (type == QLatin1String("tool_call"))
            appendToolCall(calls, p);
    }
    if (parts.isEmpty()) { // older web messages: the legacy fields only
        for (const auto& value : doc.value(QStringLiteral("toolCalls")).toArray())
            appendToolCall(calls, value.toObject());
    }
    // The web renders parts; its default path stores only the last round's text as `content`, so
    // the join of the text parts is the whole answer (the web's canonical content).
    bool hasText = false;
    for (const auto& value : parts)
        hasText = hasText || str(value.toObject(), "type") == QLatin1String("text");
    if (hasText)
        m.content = text;
    if (!reasoning.isEmpty())
        m.parts.append(ReasoningPart{reasoning, std::nullopt});
    for (const auto& part : calls)
        m.parts.append(part);
    const QJsonObject usage = doc.value(QStringLiteral("usage")).toObject();
    if (!usage.isEmpty()) {
        UsagePart u;
        u.promptTokens = usage.value(QStringLiteral("promptTokens")).toInteger();
        u.completionTokens = usage.value(QStringLiteral("completionTokens")).toInteger();
        u.totalTokens = usage.value(QStringLiteral("totalTokens")).toInteger();
        if (usage.value(QStringLiteral("cost")).isDouble())
            u.cost = usage.value(QStringLiteral("cost")).toDouble();
        m.parts.append(u);
    }
    return m;
}

QString partsColumn(const Message& message)
{
    return message.parts.toJsonText();
}

} // namespace harness::core::WebMessageCodec
