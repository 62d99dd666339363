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

/// One coalesced outbox entry (migration 4): a row of a synced table changed locally.
struct OutboxEntry {
    qint64 seq = 0;
    QString table; ///< local table name
    QString rowId; ///< local id = Convex clientId
    bool isDelete = false;
    QJsonObject fields; ///< {column: edit time}; "*" = every column
    qint64 changedAt = 0;
    qint64 revision = 0;
};

/// A batch for sync:push: the ops, and for each op the entry it came from.
struct PushBatch {
    QList<OutboxEntry> entries;
    QJsonArray ops;
    QList<int> opEntry;         ///< index into entries, per op
    QList<OutboxEntry> dropped; ///< entries that need no push (gone, local-only, not representable)
    bool isEmpty() const { return entries.isEmpty() && dropped.isEmpty(); }
};

/// The durable queue of local changes and the sync bookkeeping of the store (tables outbox,
/// sync_state and sync_excluded of migration 4).
class SyncOutbox final {
    Q_DISABLE_COPY_MOVE(SyncOutbox)
public:
    explicit SyncOutbox(Database& database) : m_db(database) {}

    /// The next entries in queue order as sync:push ops with the rows' current values, at most
    /// `maxOps` ops and about `maxBytes` of JSON.
    StoreResult<PushBatch> nextBatch(int maxOps, int maxBytes);
    /// Removes an entry the server confirmed, unless it changed again since it was read.
    StoreError confirm(const OutboxEntry& entry);
    StoreError setRemoteId(const QString& table, const QString& rowId, const QString& remoteId);
    StoreResult<int> pendingCount();
    StoreError clear();

    /// Queues every existing row as a full upsert (first sign-in: "upload my local data").
    StoreError enqueueAll();
    /// Marks every existing row as kept on this device only.
    StoreError excludeAll();
    /// Rows of the synced tables (excluding the kept-local ones).
    StoreResult<int> localRowCount();

    StoreResult<QString> account();
    StoreResult<qint64> cursor();
    StoreError setAccount(const QString& account, qint64 cursor);
    StoreError setCursor(qint64 cursor);

    /// The synced tables in push order, and the Convex table of each.
    static const QStringList& tables();
    static QString convexTable(const QString& localTable);

private:
    StoreError appendOps(PushBatch& batch, const OutboxEntry& entry, int entryIndex);
    Database& m_db;
};

} // namespace harness::core
