// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store_error.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <map>
#include <memory>

namespace harness::core {

Q_DECLARE_LOGGING_CATEGORY(lcSyncApply)

class Database;

/// What the appliers share inside one write transaction: prepared statements (statements on the
/// synced tables compile their triggers, so each is prepared once), id lookups between the store
/// and the web, and the outbox entry of a row.
class ApplyContext final {
    Q_DISABLE_COPY_MOVE(ApplyContext)
public:
    explicit ApplyContext(Database& db) : m_db(db) {}
    ~ApplyContext();

    /// Runs `work` in one transaction with the outbox triggers silenced (sync_state.applying), so
    /// nothing applied from the web echoes back.
    static StoreError applying(Database& db, const std::function<StoreError(ApplyContext&)>& work);

    Database& db() { return m_db; }
    QSqlQuery& prepared(const QString& sql);
    static StoreError run(QSqlQuery& q);
    /// Runs `work` in a savepoint: a row the local schema refuses is skipped (logged), the rest goes on.
    StoreError inSavepoint(const std::function<StoreError()>& work);

    /// The local id of the row that is web document `remoteId` (its remote_id, or a row with that
    /// id), empty when the store has none.
    QString localIdOf(const QString& table, const QString& remoteId);
    QString remoteIdOf(const QString& table, const QString& localId);

    struct Pending {
        bool exists = false;
        bool isDelete = false;
        QJsonObject fields;
        bool has(const QString& column) const
        {
            return exists && !isDelete && (fields.contains(column) || fields.contains(QStringLiteral("*")));
        }
    };
    Pending pending(const QString& table, const QString& id);
    /// Whether web document `remoteId` was deleted here and its delete waits in the outbox.
    bool deletedHere(const QString& table, const QString& remoteId);
    StoreError dropPending(const QString& table, const QString& id);

private:
    Database& m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace harness::core
