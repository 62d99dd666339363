// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/message_parts.h"

#include <QJsonDocument>
#include <algorithm>

namespace harness::core {

namespace {

template <typename Part> bool matches(const MessagePart& part, const QString& callId)
{
    const auto* p = std::get_if<Part>(&part);
    if (!p)
        return false;
    if constexpr (std::is_same_v<Part, ToolCallPart> || std::is_same_v<Part, ToolResultPart>)
        return p->callId == callId;
    else
        return true;
}

QString callIdOf(const MessagePart& part)
{
    if (const auto* call = std::get_if<ToolCallPart>(&part))
        return call->callId;
    if (const auto* result = std::get_if<ToolResultPart>(&part))
        return result->callId;
    return {};
}

} // namespace

template <typename Part> qsizetype MessageParts::indexOf(const QString& callId) const
{
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (matches<Part>(m_parts.at(i), callId))
            return i;
    }
    return -1;
}

const ReasoningPart* MessageParts::reasoning() const
{
    const auto i = indexOf<ReasoningPart>();
    return i < 0 ? nullptr : &std::get<ReasoningPart>(m_parts.at(i));
}

const UsagePart* MessageParts::usage() const
{
    const auto i = indexOf<UsagePart>();
    return i < 0 ? nullptr : &std::get<UsagePart>(m_parts.at(i));
}

const ToolCallPart* MessageParts::toolCall(const QString& callId) const
{
    const auto i = indexOf<ToolCallPart>(callId);
    return i < 0 ? nullptr : &std::get<ToolCallPart>(m_parts.at(i));
}

const ToolResultPart* MessageParts::toolResult(const QString& callId) const
{
    const auto i = indexOf<ToolResultPart>(callId);
    return i < 0 ? nullptr : &std::get<ToolResultPart>(m_parts.at(i));
}

QList<ToolCallPart> MessageParts::toolCalls() const
{
    QList<ToolCallPart> calls;
    for (const auto& part : m_parts) {
        if (const auto* call = std::get_if<ToolCallPart>(&part))
            calls.append(*call);
    }
    return calls;
}

bool MessageParts::hasToolCalls() const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(),
                       [](const MessagePart& part) { return std::holds_alternative<ToolCallPart>(part); });
}

void MessageParts::set(const MessagePart& part)
{
    if (std::holds_alternative<OtherPart>(part) || std::holds_alternative<TextPart>(part)) {
        m_parts.append(part);
        return;
    }
    const QString callId = callIdOf(part);
    for (auto& existing : m_parts) {
        if (existing.index() == part.index() && callIdOf(existing) == callId) {
            existing = part;
            return;
        }
    }
    if (std::holds_alternative<ReasoningPart>(part))
        m_parts.prepend(part);
    else
        m_parts.append(part);
}

void MessageParts::appendReasoning(const QString& text)
{
    const auto i = indexOf<ReasoningPart>();
    if (i < 0) {
        m_parts.prepend(ReasoningPart{text, std::nullopt});
        return;
    }
    std::get<ReasoningPart>(m_parts[i]).text += text;
}

bool MessageParts::updateToolCall(const QString& callId, const std::function<void(ToolCallPart&)>& change)
{
    const auto i = indexOf<ToolCallPart>(callId);
    if (i < 0)
        return false;
    change(std::get<ToolCallPart>(m_parts[i]));
    return true;
}

QJsonArray MessageParts::toJson() const
{
    QJsonArray array;
    for (const auto& part : m_parts)
        array.append(partToJson(part));
    return array;
}

MessageParts MessageParts::fromJson(const QJsonArray& array)
{
    MessageParts parts;
    for (const auto& value : array) {
        if (value.isObject())
            parts.append(partFromJson(value.toObject()));
    }
    return parts;
}

QString MessageParts::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

MessageParts MessageParts::fromJsonText(const QString& text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).array());
}

} // namespace harness::core
