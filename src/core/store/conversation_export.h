// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/conversation.h"
#include "core/model/message.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace harness::core {

/// A conversation as a file: readable Markdown (who said what, reasoning as a quote, tool calls
/// with their arguments and results, tokens and cost), or JSON with every field and part, for
/// tools. Markdown holds the conversation as shown; JSON also holds the earlier versions of
/// edited messages, in their place, each with `supersededBy` (the id of the message that
/// replaced it), so nothing is lost.
class ConversationExport final {
public:
    enum class Format { Markdown, Json };

    /// "md"/"markdown" or "json" (any case).
    static std::optional<Format> formatFromName(const QString& name);
    static QString fileSuffix(Format format);

    /// Reads the conversation and every message of it from the store, then formats it.
    static StoreResult<QByteArray> exportConversation(Store& store, const QString& conversationId,
                                                      Format format);

    static QString toMarkdown(const Conversation& conversation, const QList<Message>& messages);
    /// `messages` may include earlier versions; they get `supersededBy`.
    static QJsonObject toJson(const Conversation& conversation, const QList<Message>& messages);
};

} // namespace harness::core
