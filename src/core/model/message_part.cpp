// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The one place that knows how message parts look as JSON. The layout is the one every earlier
// version wrote (flat objects with a "kind"), so existing databases and exports load unchanged:
//   text        {text}
//   reasoning   {text, durationMs?}
//   tool_call   {callId, name, arguments, status, server?, tool?, title?, error?,
//                progress?, total?, progressMessage?, waitingSince?, startedAt?, finishedAt?}
//   tool_result {callId, content, isError, items, structuredContent?}
//   usage       {promptTokens, completionTokens, totalTokens, reasoningTokens, cost?}
#include "core/model/message_part.h"

#include <array>
#include <utility>

namespace harness::core {

namespace {

constexpr std::array statusNames{std::pair{ToolCallStatus::Pending, "pending"},
                                 std::pair{ToolCallStatus::AwaitingApproval, "awaiting_approval"},
                                 std::pair{ToolCallStatus::Running, "running"},
                                 std::pair{ToolCallStatus::Done, "done"},
                                 std::pair{ToolCallStatus::Error, "error"},
                                 std::pair{ToolCallStatus::Denied, "denied"},
                                 std::pair{ToolCallStatus::Cancelled, "cancelled"}};

// Indexed like the alternatives of MessagePart (OtherPart keeps its own kind).
constexpr std::array<const char*, 5> kindNames{"text", "reasoning", "tool_call", "tool_result", "usage"};

QString str(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toString();
}

void insertIfSet(QJsonObject& o, QLatin1StringView key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void insertIfSet(QJsonObject& o, QLatin1StringView key, qint64 value)
{
    if (value != 0)
        o.insert(key, value);
}

QJsonObject toJson(const TextPart& p)
{
    return {{QLatin1StringView("text"), p.text}};
}

QJsonObject toJson(const ReasoningPart& p)
{
    QJsonObject o{{QLatin1StringView("text"), p.text}};
    if (p.durationMs)
        o.insert(QLatin1StringView("durationMs"), *p.durationMs);
    return o;
}

QJsonObject toJson(const ToolCallPart& p)
{
    QJsonObject o{{QLatin1StringView("callId"), p.callId},
                  {QLatin1StringView("name"), p.name},
                  {QLatin1StringView("arguments"), p.arguments},
                  {QLatin1StringView("status"), toolCallStatusName(p.status)}};
    insertIfSet(o, QLatin1StringView("server"), p.server);
    insertIfSet(o, QLatin1StringView("tool"), p.tool);
    insertIfSet(o, QLatin1StringView("title"), p.title);
    insertIfSet(o, QLatin1StringView("error"), p.error);
    if (p.progress) {
        o.insert(QLatin1StringView("progress"), p.progress->progress);
        o.insert(QLatin1StringView("total"), p.progress->total);
        o.insert(QLatin1StringView("progressMessage"), p.progress->message);
    }
    insertIfSet(o, QLatin1StringView("waitingSince"), p.timings.waitingSince);
    insertIfSet(o, QLatin1StringView("startedAt"), p.timings.startedAt);
    insertIfSet(o, QLatin1StringView("finishedAt"), p.timings.finishedAt);
    return o;
}

QJsonObject toJson(const ToolResultPart& p)
{
    QJsonObject o{{QLatin1StringView("callId"), p.callId},
                  {QLatin1StringView("content"), p.content},
                  {QLatin1StringView("isError"), p.isError},
                  {QLatin1StringView("items"), p.items}};
    if (!p.structuredContent.isEmpty())
        o.insert(QLatin1StringView("structuredContent"), p.structuredContent);
    return o;
}

QJsonObject toJson(const UsagePart& p)
{
    QJsonObject o{{QLatin1StringView("promptTokens"), p.promptTokens},
                  {QLatin1StringView("completionTokens"), p.completionTokens},
                  {QLatin1StringView("totalTokens"), p.totalTokens},
                  {QLatin1StringView("reasoningTokens"), p.reasoningTokens}};
    if (p.cost)
        o.insert(QLatin1StringView("cost"), *p.cost);
    return o;
}

ReasoningPart reasoningFrom(const QJsonObject& o)
{
    ReasoningPart p;
    p.text = str(o, QLatin1StringView("text"));
    if (const auto ms = o.value(QLatin1StringView("durationMs")); ms.isDouble())
        p.durationMs = ms.toInteger();
    return p;
}

ToolCallPart toolCallFrom(const QJsonObject& o)
{
    ToolCallPart p;
    p.callId = str(o, QLatin1StringView("callId"));
    p.name = str(o, QLatin1StringView("name"));
    p.server = str(o, QLatin1StringView("server"));
    p.tool = str(o, QLatin1StringView("tool"));
    p.title = str(o, QLatin1StringView("title"));
    p.arguments = str(o, QLatin1StringView("arguments"));
    // A status this version does not know reads as "pending" ("Starting…" on the card).
    p.status = toolCallStatusFromName(str(o, QLatin1StringView("status"))).value_or(ToolCallStatus::Pending);
    p.error = str(o, QLatin1StringView("error"));
    if (o.contains(QLatin1StringView("progress")))
        p.progress = ToolCallProgress{o.value(QLatin1StringView("progress")).toDouble(),
                                      o.value(QLatin1StringView("total")).toDouble(),
                                      str(o, QLatin1StringView("progressMessage"))};
    p.timings.waitingSince = o.value(QLatin1StringView("waitingSince")).toInteger();
    p.timings.startedAt = o.value(QLatin1StringView("startedAt")).toInteger();
    p.timings.finishedAt = o.value(QLatin1StringView("finishedAt")).toInteger();
    return p;
}

ToolResultPart toolResultFrom(const QJsonObject& o)
{
    ToolResultPart p;
    p.callId = str(o, QLatin1StringView("callId"));
    p.content = str(o, QLatin1StringView("content"));
    p.isError = o.value(QLatin1StringView("isError")).toBool();
    p.items = o.value(QLatin1StringView("items")).toArray();
    p.structuredContent = o.value(QLatin1StringView("structuredContent")).toObject();
    return p;
}

UsagePart usageFrom(const QJsonObject& o)
{
    UsagePart p;
    p.promptTokens = o.value(QLatin1StringView("promptTokens")).toInteger();
    p.completionTokens = o.value(QLatin1StringView("completionTokens")).toInteger();
    p.totalTokens = o.value(QLatin1StringView("totalTokens")).toInteger();
    p.reasoningTokens = o.value(QLatin1StringView("reasoningTokens")).toInteger();
    if (const auto cost = o.value(QLatin1StringView("cost")); cost.isDouble())
        p.cost = cost.toDouble();
    return p;
}

} // namespace

QString toolCallStatusName(ToolCallStatus status)
{
    for (const auto& [value, name] : statusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ToolCallStatus> toolCallStatusFromName(const QString& name)
{
    for (const auto& [value, text] : statusNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

bool isEnded(ToolCallStatus status)
{
    switch (status) {
    case ToolCallStatus::Pending:
    case ToolCallStatus::AwaitingApproval:
    case ToolCallStatus::Running:
        return false;
    case ToolCallStatus::Done:
    case ToolCallStatus::Error:
    case ToolCallStatus::Denied:
    case ToolCallStatus::Cancelled:
        break;
    }
    return true;
}

QString ToolCallPart::displayName() const
{
    if (!title.isEmpty())
        return title;
    return tool.isEmpty() ? name : tool;
}

QString partKindName(const MessagePart& part)
{
    if (const auto* other = std::get_if<OtherPart>(&part))
        return other->json.value(QLatin1StringView("kind")).toString();
    return QString::fromLatin1(kindNames.at(part.index()));
}

QJsonObject partToJson(const MessagePart& part)
{
    if (const auto* other = std::get_if<OtherPart>(&part))
        return other->json;
    QJsonObject json = std::visit(
        [](const auto& p) -> QJsonObject {
            if constexpr (std::is_same_v<std::decay_t<decltype(p)>, OtherPart>)
                return p.json;
            else
                return toJson(p);
        },
        part);
    json.insert(QLatin1StringView("kind"), partKindName(part));
    return json;
}

MessagePart partFromJson(const QJsonObject& json)
{
    const QString kind = str(json, QLatin1StringView("kind"));
    if (kind == QLatin1StringView("text"))
        return TextPart{str(json, QLatin1StringView("text"))};
    if (kind == QLatin1StringView("reasoning"))
        return reasoningFrom(json);
    if (kind == QLatin1StringView("tool_call"))
        return toolCallFrom(json);
    if (kind == QLatin1StringView("tool_result"))
        return toolResultFrom(json);
    if (kind == QLatin1StringView("usage"))
        return usageFrom(json);
    return OtherPart{json};
}

} // namespace harness::core
