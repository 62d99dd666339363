// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message_parts.h"

#include <QString>
#include <optional>

namespace harness::core {

enum class MessageRole { System, User, Assistant, Tool };
enum class MessageStatus { Streaming, Complete, Stopped, Interrupted, Error };

QString roleName(MessageRole role);
std::optional<MessageRole> messageRoleFromString(const QString& text);
QString statusName(MessageStatus status);
std::optional<MessageStatus> messageStatusFromString(const QString& text);

struct Message {
    QString id;
    QString conversationId;
    qint64 seq = 0; ///< position in its conversation, assigned by the store
    MessageRole role = MessageRole::User;
    QString content;
    MessageStatus status = MessageStatus::Complete;
    MessageParts parts; ///< reasoning, tool calls and results, usage (see message_parts.h)
    QString model;
    QString error; ///< why it failed or was interrupted; empty otherwise
    /// The user message that replaced this one (edit and resend, regenerate); empty while it is
    /// part of the conversation as shown. Superseded rows are kept as earlier versions.
    QString supersededBy;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString remoteId;
};

} // namespace harness::core
