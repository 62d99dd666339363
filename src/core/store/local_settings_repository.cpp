// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/local_settings_repository.h"

#include "core/store/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

StoreResult<QString> LocalSettingsRepository::value(const QString& key, const QString& fallback)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT value FROM local_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return {fallback, StoreError::fromSql(q.lastError())};
    if (!q.next())
        return {fallback, {}};
    return {q.value(0).toString(), {}};
}

StoreResult<QMap<QString, QString>> LocalSettingsRepository::values(const QString& prefix)
{
    QSqlQuery q(m_store.database().connection());
    // substr, not LIKE: keys may hold '%' or '_'.
    q.prepare(
        QStringLiteral("SELECT key, value FROM local_settings WHERE substr(key, 1, ?) = ? ORDER BY key"));
    q.addBindValue(prefix.size());
    q.addBindValue(sql::text(prefix));
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QMap<QString, QString> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return {result, {}};
}

StoreError LocalSettingsRepository::setValue(const QString& key, const QString& value)
{
    return setValues({{key, value}});
}

StoreError LocalSettingsRepository::setValues(const QMap<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.key().isEmpty())
            return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("empty local setting key"));
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("INSERT INTO local_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            q.addBindValue(it.key());
            q.addBindValue(sql::text(it.value()));
            if (!q.exec())
                return StoreError::fromSql(q.lastError());
        }
        return {};
    });
    if (!error)
        Q_EMIT m_store.localSettingsChanged();
    return error;
}

StoreError LocalSettingsRepository::remove(const QString& key)
{
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("DELETE FROM local_settings WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return {};
    });
    if (!error)
        Q_EMIT m_store.localSettingsChanged();
    return error;
}

} // namespace harness::core
