// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/database.h"
#include "core/store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core::sql {

/// Runs `statement` (with one `?`, bound to `key`) and converts its first row with `fromQuery`;
/// NotFound when there is no row.
template <typename T, typename FromQuery>
StoreResult<T> selectOne(Database& database, const QString& statement, const QVariant& key,
                         FromQuery fromQuery)
{
    QSqlQuery q(database.connection());
    q.prepare(statement);
    q.addBindValue(key);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    if (!q.next())
        return {{}, StoreError::make(StoreError::Kind::NotFound, key.toString())};
    return {fromQuery(q), {}};
}

/// Deletes row `id` of `table` in a transaction (or in the caller's); NotFound when there was none.
inline StoreError deleteById(Database& database, const QString& table, const QString& id)
{
    return database.write([&]() -> StoreError {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return q.numRowsAffected() == 0 ? StoreError::make(StoreError::Kind::NotFound, id) : StoreError{};
    });
}

} // namespace harness::core::sql
