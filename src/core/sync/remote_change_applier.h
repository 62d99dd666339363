// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"
#include "core/sync/applied_changes.h"
#include "core/sync/sync_outbox.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace harness::core {

class ApplyContext;

/// Writes the web's harness, conversation and userSettings documents into the store, removes rows
/// the web deleted, and records what the web answered to a push. Each call is one transaction
/// with the outbox triggers silenced.
///
/// A row that came from the web keeps the web's document id as its local id; a row made here
/// keeps its own id and gets `remote_id`. With every document the store keeps its hash and the
/// values of its synced fields (`remote_base`, the `base` of the next push). A field with a local
/// edit still in the outbox keeps the local value when the web did not change it meanwhile (the
/// edit goes out next); when both changed, the web's value wins (the conflict the push would have
/// reported). Deletions on the web win over unpushed edits of the same row, but a message typed
/// here and not pushed yet is never removed silently: its conversation stays on this device only,
/// with a note on the message.
class RemoteChangeApplier final {
    Q_DISABLE_COPY_MOVE(RemoteChangeApplier)
public:
    explicit RemoteChangeApplier(Store& store) : m_store(store) {}

    /// `docs`: every harness of the user (desktop/sync:state). Those changed since (by hash) are
    /// written; harnesses that came from the web and are no longer listed are removed.
    StoreError applyHarnesses(const QJsonArray& docs, AppliedChanges& changes);
    /// The user's settings document (empty: the web has none yet).
    StoreError applySettings(const QJsonObject& doc, AppliedChanges& changes);
    /// Conversation documents (desktop/sync:conversations).
    StoreError applyConversations(const QJsonArray& docs, AppliedChanges& changes);
    /// Conversations the web no longer has (local ids).
    StoreError removeConversations(const QStringList& localIds, AppliedChanges& changes);
    /// The answer to a push: web ids and hashes of the rows, their new remote base, conflicts
    /// (the web's value adopted), rows the web deleted; then the entries leave the outbox.
    /// `unfinished` gets the entries (indexes into batch.entries) that must go again: a delete
    /// of a conversation too big for one push answers `more`.
    StoreError recordPush(const PushBatch& batch, const QJsonArray& results, AppliedChanges& changes,
                          QSet<int>* unfinished = nullptr);

    /// The conversations the store has from the web (or pushed): local id -> {remote id, hash,
    /// digest}.
    struct SyncedConversation {
        QString localId;
        QString remoteId;
        QString hash;
        QString digest;
    };
    StoreResult<QList<SyncedConversation>> syncedConversations();
    /// Web ids of rows deleted here whose delete is still in the outbox (not to be pulled back).
    StoreResult<QSet<QString>> pendingDeletes();

    /// Deletes every synced row except those kept on this device only (sign-out "remove local
    /// copies", first sign-in "remove"), and empties the outbox. Stdio MCP servers stay.
    StoreError removeAllSyncedRows();

private:
    StoreError applyHarness(ApplyContext& ctx, const QJsonObject& doc, AppliedChanges& changes);
    StoreError applyConversation(ApplyContext& ctx, const QJsonObject& doc, AppliedChanges& changes);
    StoreError applySettingsDoc(ApplyContext& ctx, const QJsonObject& doc, AppliedChanges& changes);
    StoreError removeConversation(ApplyContext& ctx, const QString& localId, AppliedChanges& changes);
    StoreError removeRow(ApplyContext& ctx, const QString& table, const QString& id);
    /// Writes the synced columns of `doc` into row `localId` of `table` (inserting it with
    /// `insertDefaults` when missing), with its hash and remote base.
    StoreError writeRow(ApplyContext& ctx, const QString& table, const QString& localId,
                        const QJsonObject& doc, const QList<std::pair<QString, QVariant>>& insertDefaults,
                        AppliedChanges& changes);

    Store& m_store;
};

} // namespace harness::core
