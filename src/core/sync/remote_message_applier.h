// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"
#include "core/sync/applied_changes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace harness::core {

class ApplyContext;

/// Writes the web's messages of one conversation into the store: new ones in their place (the
/// web's order is creation time), ones the web changed (a truncation, late usage), earlier
/// versions (desktopMessageVersions: edit & resend on a desktop), and, given the conversation's
/// whole message index, removes the messages the web deleted (its regenerate and rewind delete).
/// A message streaming here is never touched.
class RemoteMessageApplier final {
    Q_DISABLE_COPY_MOVE(RemoteMessageApplier)
public:
    explicit RemoteMessageApplier(Store& store) : m_store(store) {}

    /// What the store has of a conversation from the web: message web id -> hash, earlier
    /// version web id -> hash.
    struct Known {
        QHash<QString, QString> messages;
        QHash<QString, QString> versions;
    };
    StoreResult<Known> known(const QString& localConversationId);
    /// The digest of the conversation as the store has it (WebDigest over the stored hashes).
    StoreResult<QString> localDigest(const QString& localConversationId);

    /// `messages` and `versions`: documents (+ h) of the conversation; `index`
    /// (desktop/sync:messageIndex, may be null) lists everything the web has: what it lacks is
    /// removed here. `digest` is stored as the conversation's remote digest.
    StoreError apply(const QString& localConversationId, const QJsonArray& messages,
                     const QJsonArray& versions, const QJsonObject* index, const QString& digest,
                     AppliedChanges& changes);
    /// Stores `digest` as the conversation's remote digest (its messages are already right).
    StoreError setDigest(const QString& localConversationId, const QString& digest);

private:
    StoreError applyMessage(ApplyContext& ctx, const QString& conversationId, const QJsonObject& doc,
                            AppliedChanges& changes);
    StoreError applyVersion(ApplyContext& ctx, const QString& conversationId, const QJsonObject& doc,
                            AppliedChanges& changes);
    StoreError insertMessage(ApplyContext& ctx, const QString& conversationId, const QString& id,
                             const QJsonObject& doc, const QJsonObject& remote, AppliedChanges& changes);
    StoreError removeMissing(ApplyContext& ctx, const QString& conversationId, const QJsonObject& index,
                             const QJsonArray& versions, AppliedChanges& changes);

    Store& m_store;
};

} // namespace harness::core
