// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace harness::core {

class Database;

/// One coalesced outbox entry (migrations 4 and 7): a row of a synced table changed locally.
struct OutboxEntry {
    qint64 seq = 0;
    QString table; ///< local table name
    QString rowId; ///< local id = the op's clientId
    bool isDelete = false;
    QJsonObject fields; ///< upsert: {column: edit time}, "*" = every column; delete: {id: web id}
    qint64 changedAt = 0;
    qint64 revision = 0;
};

/// What one op of a batch carries besides its JSON, to record its result.
struct PushOpInfo {
    int entry = 0;    ///< index into PushBatch::entries
    QJsonObject sent; ///< the web fields and values sent (for the row's remote base)
    QString kind;     ///< "upsert" | "insert" | "supersede" | "delete"
};

/// A batch for desktop/sync:push: the ops, and for each op where it came from.
struct PushBatch {
    QList<OutboxEntry> entries;
    QJsonArray ops;
    QList<PushOpInfo> info;     ///< per op
    QList<OutboxEntry> dropped; ///< entries that need no push (gone, local-only, nothing changed)
    int deferred = 0;           ///< entries waiting for a row they refer to (next batch)
    bool isEmpty() const { return entries.isEmpty() && dropped.isEmpty(); }
};

/// The durable queue of local changes and the sync bookkeeping of the store (tables outbox,
/// sync_state and sync_excluded). Entries become `desktop/sync:push` ops in the web's shapes
/// (SyncedColumns, WebMessageCodec), with the values last pulled as `base`.
class SyncOutbox final {
    Q_DISABLE_COPY_MOVE(SyncOutbox)
public:
    explicit SyncOutbox(Store& store);

    /// The next entries as ops: harnesses, then conversations, then messages and settings (each
    /// in queue order), at most `maxOps` ops and about `maxBytes` of JSON. An entry that refers to
    /// a row the web has no id for yet (a message of a new conversation, a conversation's new
    /// harness) waits for a later batch.
    StoreResult<PushBatch> nextBatch(int maxOps, int maxBytes);
    /// Removes an entry the server confirmed, unless it changed again since it was read.
    StoreError confirm(const OutboxEntry& entry);
    StoreResult<int> pendingCount();
    StoreError clear();

    /// Queues every existing row as a full upsert (first sign-in: "upload my local data").
    StoreError enqueueAll();
    /// Marks every existing row as kept on this device only.
    StoreError excludeAll();
    /// Rows of the synced tables (excluding the kept-local ones).
    StoreResult<int> localRowCount();

    StoreResult<QString> account();
    StoreError setAccount(const QString& account);
    /// When a sync last ended with everything pushed and pulled (ms), 0 = never.
    StoreResult<qint64> lastSyncAt();
    StoreError setLastSyncAt(qint64 ms);

    /// The synced local tables in push order.
    static const QStringList& tables();

private:
    StoreError appendOps(PushBatch& batch, const OutboxEntry& entry, int entryIndex, bool& deferred);
    StoreError appendRowOp(PushBatch& batch, const OutboxEntry& entry, int entryIndex, bool& deferred);
    StoreError appendMessageOp(PushBatch& batch, const OutboxEntry& entry, int entryIndex, bool& deferred);
    /// The web id of a local row; empty when it has none yet.
    QString remoteIdOf(const QString& table, const QString& id);
    /// Whether a change of that row waits in the outbox (so a reference to it can wait for it).
    bool isQueued(const QString& table, const QString& id);

    Store& m_store;
    Database& m_db;
};

} // namespace harness::core
