// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <utility>

namespace harness::core {

namespace {

constexpr std::array roleNames{std::pair{MessageRole::System, "system"}, std::pair{MessageRole::User, "user"},
                               std::pair{MessageRole::Assistant, "assistant"},
                               std::pair{MessageRole::Tool, "tool"}};
constexpr std::array statusNames{
    std::pair{MessageStatus::Streaming, "streaming"}, std::pair{MessageStatus::Complete, "complete"},
    std::pair{MessageStatus::Stopped, "stopped"}, std::pair{MessageStatus::Interrupted, "interrupted"},
    std::pair{MessageStatus::Error, "error"}};
constexpr std::array partNames{
    std::pair{MessagePart::Kind::Reasoning, "reasoning"}, std::pair{MessagePart::Kind::ToolCall, "tool_call"},
    std::pair{MessagePart::Kind::ToolResult, "tool_result"}, std::pair{MessagePart::Kind::Usage, "usage"}};

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& text)
{
    for (const auto& [v, name] : table) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString roleName(MessageRole role)
{
    return nameOf(roleNames, role);
}

std::optional<MessageRole> messageRoleFromString(const QString& text)
{
    return valueOf(roleNames, text);
}

QString statusName(MessageStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<MessageStatus> messageStatusFromString(const QString& text)
{
    return valueOf(statusNames, text);
}

QJsonObject MessagePart::toJson() const
{
    QJsonObject json = data;
    json.insert(QStringLiteral("kind"), nameOf(partNames, kind));
    return json;
}

std::optional<MessagePart> MessagePart::fromJson(const QJsonObject& json)
{
    const auto kind = valueOf(partNames, json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    QJsonObject data = json;
    data.remove(QStringLiteral("kind"));
    return MessagePart{*kind, data};
}

QString partsToJson(const QList<MessagePart>& parts)
{
    QJsonArray array;
    for (const auto& part : parts)
        array.append(part.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<MessagePart> partsFromJson(const QString& json)
{
    QList<MessagePart> parts;
    const auto array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& value : array) {
        if (auto part = MessagePart::fromJson(value.toObject()))
            parts.append(*part);
    }
    return parts;
}

} // namespace harness::core
