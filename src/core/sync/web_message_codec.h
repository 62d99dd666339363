// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message.h"

#include <QJsonObject>

namespace harness::core {

/// A message between the local shape (content, status, error, model and the structured parts of
/// core/model/message.h) and the web's `messages` document (content, reasoning, toolCalls, parts,
/// usage, model, interrupted, interruptionReason), the way the web's FastAPI backend saves an
/// assistant message: parts in order reasoning, text, tool calls, `content` = the join of the text
/// parts, the tool calls repeated in the legacy `toolCalls`.
///
/// This is the only file of sync that reads or writes message parts: when parts get types, only
/// this file changes.
namespace WebMessageCodec {

/// The `fields` of a `desktop/sync:push` message insert.
QJsonObject toWeb(const Message& message);
/// The local message of a web document: role, content, status, error, parts, model, createdAt.
/// `id` and `conversationId` are left to the caller (they are local ids).
Message fromWeb(const QJsonObject& doc);
/// The local `parts` column text of a message.
QString partsColumn(const Message& message);
/// Whether a message of this role has a place on the web (user and assistant only).
bool travels(MessageRole role);

} // namespace WebMessageCodec

} // namespace harness::core
