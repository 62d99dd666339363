// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace harness::core {

enum class MessageRole { System, User, Assistant, Tool };
enum class MessageStatus { Streaming, Complete, Stopped, Interrupted, Error };

QString roleName(MessageRole role);
std::optional<MessageRole> messageRoleFromString(const QString& text);
QString statusName(MessageStatus status);
std::optional<MessageStatus> messageStatusFromString(const QString& text);

/// A structured piece of a message beside its plain text: reasoning, a tool call, a tool result or
/// token usage. The payload shape belongs to the kind (see the engine and MCP code).
struct MessagePart {
    enum class Kind { Reasoning, ToolCall, ToolResult, Usage };
    Kind kind = Kind::Reasoning;
    QJsonObject data;

    QJsonObject toJson() const;
    static std::optional<MessagePart> fromJson(const QJsonObject& json);
    friend bool operator==(const MessagePart&, const MessagePart&) = default;
};

struct Message {
    QString id;
    QString conversationId;
    qint64 seq = 0; ///< position in its conversation, assigned by the store
    MessageRole role = MessageRole::User;
    QString content;
    MessageStatus status = MessageStatus::Complete;
    QList<MessagePart> parts;
    QString model;
    QString error; ///< why it failed or was interrupted; empty otherwise
    /// The user message that replaced this one (edit and resend, regenerate); empty while it is
    /// part of the conversation as shown. Superseded rows are kept as earlier versions.
    QString supersededBy;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString remoteId;
};

QString partsToJson(const QList<MessagePart>& parts);
QList<MessagePart> partsFromJson(const QString& json);

} // namespace harness::core
