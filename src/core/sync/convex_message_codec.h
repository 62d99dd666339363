// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message.h"

#include <QJsonArray>
#include <QJsonObject>

namespace harness::core {

/// Message parts between the local shapes (core/model/message_part.h) and Convex's validators
/// (convex/lib/validators.ts: messagePart, usage). Convex keeps text, reasoning, tool_call
/// {callId, name, arguments, server?} and tool_result {callId, content, isError?, items?}; usage is
/// a field of its own. Local-only details (tool call progress, titles, structured content, audio
/// and resource blobs) stay on the device that produced them.
namespace ConvexMessageCodec {

struct ConvexParts {
    QJsonArray parts;
    QJsonObject usage; ///< empty when the message has none
};

ConvexParts toConvex(const MessageParts& parts);
MessageParts fromConvex(const QJsonArray& parts, const QJsonObject& usage);

} // namespace ConvexMessageCodec

} // namespace harness::core
