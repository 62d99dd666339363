// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/apply_context.h"

#include "core/store/database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

namespace harness::core {

Q_LOGGING_CATEGORY(lcSyncApply, "harness.sync.apply")

ApplyContext::~ApplyContext()
{
    for (auto& [sql, statement] : m_statements)
        statement->finish();
}

StoreError ApplyContext::applying(Database& db, const std::function<StoreError(ApplyContext&)>& work)
{
    return db.write([&]() -> StoreError {
        if (auto e = db.exec(QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1")))
            return e;
        StoreError error;
        {
            ApplyContext context(db);
            error = work(context);
        }
        if (error)
            return error;
        return db.exec(QStringLiteral("UPDATE sync_state SET applying = 0 WHERE id = 1"));
    });
}

QSqlQuery& ApplyContext::prepared(const QString& sql)
{
    auto& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db.connection());
        slot->prepare(sql);
    } else {
        slot->finish();
    }
    return *slot;
}

StoreError ApplyContext::run(QSqlQuery& q)
{
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return {};
}

StoreError ApplyContext::inSavepoint(const std::function<StoreError()>& work)
{
    if (auto e = m_db.exec(QStringLiteral("SAVEPOINT sync_row")))
        return e;
    StoreError error = work();
    if (error) {
        qCWarning(lcSyncApply) << "skipped a web document the local store refuses:" << error.detail;
        m_db.exec(QStringLiteral("ROLLBACK TO sync_row"));
    }
    return m_db.exec(QStringLiteral("RELEASE sync_row"));
}

QString ApplyContext::localIdOf(const QString& table, const QString& remoteId)
{
    if (remoteId.isEmpty())
        return {};
    QSqlQuery& q = prepared(QStringLiteral("SELECT id FROM %1 WHERE remote_id = ? UNION ALL "
                                           "SELECT id FROM %1 WHERE id = ? LIMIT 1")
                                .arg(table));
    q.addBindValue(remoteId);
    q.addBindValue(remoteId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString ApplyContext::remoteIdOf(const QString& table, const QString& localId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT remote_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(localId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

ApplyContext::Pending ApplyContext::pending(const QString& table, const QString& id)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT op, fields FROM outbox WHERE tbl = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    Pending p;
    if (q.exec() && q.next()) {
        p.exists = true;
        p.isDelete = q.value(0).toString() == QLatin1String("delete");
        p.fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    }
    return p;
}

bool ApplyContext::deletedHere(const QString& table, const QString& remoteId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM outbox WHERE tbl = ? AND op = 'delete' AND "
                                           "(json_extract(fields, '$.id') = ? OR row_id = ?)"));
    q.addBindValue(table);
    q.addBindValue(remoteId);
    q.addBindValue(remoteId);
    return q.exec() && q.next();
}

StoreError ApplyContext::dropPending(const QString& table, const QString& id)
{
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM outbox WHERE tbl = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    return run(q);
}

} // namespace harness::core
