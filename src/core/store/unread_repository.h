// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QSet>

namespace harness::core {

/// Device-local "unread" marks: a conversation whose answer finished while the user was looking
/// elsewhere. Table `conversation_unread` (migration 5); removed with the conversation.
class UnreadRepository final {
    Q_DISABLE_COPY_MOVE(UnreadRepository)
public:
    explicit UnreadRepository(Store& store) : m_store(store) {}

    /// Marks the conversation unread since `sinceMs` (now when 0); an older mark is kept.
    StoreError mark(const QString& conversationId, qint64 sinceMs = 0);
    /// The user has seen the conversation. Not an error when it was not marked.
    StoreError clear(const QString& conversationId);
    StoreResult<bool> isUnread(const QString& conversationId);
    /// Every unread conversation (the table holds one row per unread conversation: small).
    StoreResult<QSet<QString>> all();

private:
    Store& m_store;
};

} // namespace harness::core
