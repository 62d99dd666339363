// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message_part.h"

#include <QList>
#include <functional>
#include <initializer_list>

namespace harness::core {

/// The structured parts of one message, in order. A message has at most one reasoning part
/// (always first: the view shows it above the answer) and one usage part, and one tool call and
/// one tool result per call id; set() keeps it that way.
class MessageParts final {
public:
    using const_iterator = QList<MessagePart>::const_iterator;

    MessageParts() = default;
    MessageParts(std::initializer_list<MessagePart> parts) : m_parts(parts) {}

    const_iterator begin() const { return m_parts.cbegin(); }
    const_iterator end() const { return m_parts.cend(); }
    qsizetype size() const { return m_parts.size(); }
    bool isEmpty() const { return m_parts.isEmpty(); }
    const MessagePart& at(qsizetype i) const { return m_parts.at(i); }
    const MessagePart& constLast() const { return m_parts.constLast(); }

    const ReasoningPart* reasoning() const;
    const UsagePart* usage() const;
    const ToolCallPart* toolCall(const QString& callId) const;
    const ToolResultPart* toolResult(const QString& callId) const;
    /// The tool calls, in the order the model asked for them.
    QList<ToolCallPart> toolCalls() const;
    bool hasToolCalls() const;

    /// Adds `part`, or replaces the part of the same kind (and call id) already there.
    void set(const MessagePart& part);
    /// Adds `part` at the end, as it is (what was read from JSON).
    void append(const MessagePart& part) { m_parts.append(part); }
    /// Adds `text` at the end of the reasoning (creating it).
    void appendReasoning(const QString& text);
    /// Changes the tool call `callId` in place; false when there is none.
    bool updateToolCall(const QString& callId, const std::function<void(ToolCallPart&)>& change);

    QJsonArray toJson() const;
    static MessageParts fromJson(const QJsonArray& array);
    /// The compact JSON text the store keeps in messages.parts.
    QString toJsonText() const;
    static MessageParts fromJsonText(const QString& text);

    friend bool operator==(const MessageParts&, const MessageParts&) = default;

private:
    template <typename Part> qsizetype indexOf(const QString& callId = {}) const;

    QList<MessagePart> m_parts;
};

} // namespace harness::core
