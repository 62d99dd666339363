// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message.h"
#include "core/store/store.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace harness::core {

class MessageRepository final {
    Q_DISABLE_COPY_MOVE(MessageRepository)
public:
    explicit MessageRepository(Store& store) : m_store(store) {}

    /// Appends `message` at the end of its conversation (assigns id, seq and timestamps) and moves
    /// the conversation's last-message time forward, in one transaction.
    StoreError append(Message& message);
    /// Edit and resend: appends `message` (a user message, like append()) and, in the same
    /// transaction, marks `replacedId` and every message shown after it as superseded by it.
    /// The old branch stays in the store as the earlier version (supersededBy()).
    StoreError appendReplacing(const QString& replacedId, Message& message);
    StoreResult<Message> get(const QString& id);
    /// Up to `limit` messages of a conversation that come before `beforeSeq` (0 = the newest),
    /// returned oldest first; superseded (earlier version) messages are left out. The view loads a
    /// conversation page by page with it.
    StoreResult<QList<Message>> page(const QString& conversationId, qint64 beforeSeq, int limit);
    /// Up to `limit` messages that come after `afterSeq`, oldest first, superseded ones left out:
    /// the view reads on from a message it jumped to.
    StoreResult<QList<Message>> pageAfter(const QString& conversationId, qint64 afterSeq, int limit);
    /// The position (seq) of every message of the conversation from `fromSeq` on, by id: a message
    /// synced from another device can be placed before others, which then move down.
    StoreResult<QHash<QString, qint64>> positions(const QString& conversationId, qint64 fromSeq);
    /// Messages of the conversation as shown (superseded ones are not counted).
    StoreResult<int> count(const QString& conversationId);
    /// The earlier version that `messageId` replaced, oldest first (empty: it replaced nothing).
    StoreResult<QList<Message>> supersededBy(const QString& messageId);
    /// Ids of the messages in a conversation that replaced an earlier version.
    StoreResult<QSet<QString>> replacingMessages(const QString& conversationId);
    /// Every message of the conversation in order, earlier versions (superseded) included.
    StoreResult<QList<Message>> allVersions(const QString& conversationId);
    /// Every message of the conversation as shown, oldest first (superseded ones left out): what
    /// the model, an export and `conversations show` read.
    StoreResult<QList<Message>> currentBranch(const QString& conversationId);
    /// Marks one message as an earlier version replaced by `byMessageId` (empty: current again),
    /// e.g. when a backup brings the mark; edit & resend itself uses appendReplacing().
    StoreError setSupersededBy(const QString& messageId, const QString& byMessageId);
    /// Saves content, status, parts, model and error of an existing message.
    StoreError update(const Message& message);
    /// Messages left `streaming` by a process that died become `interrupted`, text kept.
    /// Returns how many were recovered.
    StoreResult<int> recoverInterrupted();

private:
    Store& m_store;
};

} // namespace harness::core
