// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/provider_repository.h"

#include "core/model/ids.h"
#include "core/store/row_queries.h"
#include "core/store/sql_values.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

namespace {

const QString columns =
    QStringLiteral("id, name, kind, base_url, headers, is_default, created_at, updated_at, remote_id");

Provider fromQuery(const QSqlQuery& q)
{
    Provider p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.kind = providerKindFromString(q.value(2).toString()).value_or(Provider::Kind::OpenAiCompatible);
    p.baseUrl = q.value(3).toString();
    p.headers = sql::stringMapFromJson(q.value(4).toString());
    p.isDefault = q.value(5).toBool();
    p.createdAt = q.value(6).toLongLong();
    p.updatedAt = q.value(7).toLongLong();
    p.remoteId = q.value(8).toString();
    return p;
}

StoreError validate(const Provider& p)
{
    if (p.name.trimmed().isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("empty provider name"));
    if (!p.baseUrl.startsWith(QLatin1String("http://")) && !p.baseUrl.startsWith(QLatin1String("https://")))
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("base URL must start with http(s)://"));
    return {};
}

} // namespace

StoreError ProviderRepository::create(Provider& provider)
{
    if (auto error = validate(provider))
        return error;
    if (provider.id.isEmpty())
        provider.id = newId();
    const qint64 now = nowMs();
    provider.createdAt = provider.createdAt ? provider.createdAt : now;
    provider.updatedAt = now;
    auto error = m_store.database().write([&]() -> StoreError {
        auto db = m_store.database().connection();
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM providers WHERE is_default = 1")) ||
            !count.next())
            return StoreError::fromSql(count.lastError());
        if (count.value(0).toInt() == 0)
            provider.isDefault = true;
        else if (provider.isDefault &&
                 !m_store.database().exec(QStringLiteral("UPDATE providers SET is_default = 0")).ok())
            return StoreError::make(StoreError::Kind::Query);
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO providers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(columns));
        q.addBindValue(provider.id);
        q.addBindValue(provider.name.trimmed());
        q.addBindValue(providerKindName(provider.kind));
        q.addBindValue(provider.baseUrl.trimmed());
        q.addBindValue(sql::stringMapToJson(provider.headers));
        q.addBindValue(provider.isDefault);
        q.addBindValue(provider.createdAt);
        q.addBindValue(provider.updatedAt);
        q.addBindValue(sql::nullable(provider.remoteId));
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return {};
    });
    if (!error)
        Q_EMIT m_store.providersChanged();
    return error;
}

StoreResult<Provider> ProviderRepository::get(const QString& id)
{
    return sql::selectOne<Provider>(m_store.database(),
                                    QStringLiteral("SELECT %1 FROM providers WHERE id = ?").arg(columns), id,
                                    fromQuery);
}

StoreResult<Provider> ProviderRepository::findByName(const QString& name)
{
    return sql::selectOne<Provider>(
        m_store.database(),
        QStringLiteral("SELECT %1 FROM providers WHERE name = ? COLLATE NOCASE LIMIT 1").arg(columns),
        name.trimmed(), fromQuery);
}

StoreResult<Provider> ProviderRepository::defaultProvider()
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM providers ORDER BY is_default DESC, created_at LIMIT 1")
                    .arg(columns)))
        return {{}, StoreError::fromSql(q.lastError())};
    if (!q.next())
        return {{}, StoreError::make(StoreError::Kind::NotFound, QStringLiteral("no provider"))};
    return {fromQuery(q), {}};
}

StoreResult<QList<Provider>> ProviderRepository::list()
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM providers ORDER BY is_default DESC, name COLLATE NOCASE")
                    .arg(columns)))
        return {{}, StoreError::fromSql(q.lastError())};
    QList<Provider> result;
    while (q.next())
        result.append(fromQuery(q));
    return {result, {}};
}

StoreError ProviderRepository::update(Provider& provider)
{
    if (auto error = validate(provider))
        return error;
    provider.updatedAt = nowMs();
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral(
            "UPDATE providers SET name = ?, kind = ?, base_url = ?, headers = ?, updated_at = ?, "
            "remote_id = ? WHERE id = ?"));
        q.addBindValue(provider.name.trimmed());
        q.addBindValue(providerKindName(provider.kind));
        q.addBindValue(provider.baseUrl.trimmed());
        q.addBindValue(sql::stringMapToJson(provider.headers));
        q.addBindValue(provider.updatedAt);
        q.addBindValue(sql::nullable(provider.remoteId));
        q.addBindValue(provider.id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return q.numRowsAffected() == 0 ? StoreError::make(StoreError::Kind::NotFound, provider.id)
                                        : StoreError{};
    });
    if (!error)
        Q_EMIT m_store.providersChanged();
    return error;
}

StoreError ProviderRepository::setDefault(const QString& id)
{
    auto error = m_store.database().write([&]() -> StoreError {
        if (auto e = m_store.database().exec(QStringLiteral("UPDATE providers SET is_default = 0")))
            return e;
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("UPDATE providers SET is_default = 1, updated_at = ? WHERE id = ?"));
        q.addBindValue(nowMs());
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return q.numRowsAffected() == 0 ? StoreError::make(StoreError::Kind::NotFound, id) : StoreError{};
    });
    if (!error)
        Q_EMIT m_store.providersChanged();
    return error;
}

StoreError ProviderRepository::remove(const QString& id)
{
    auto error = m_store.database().write([&]() -> StoreError {
        if (auto removed = sql::deleteById(m_store.database(), QStringLiteral("providers"), id))
            return removed;
        return m_store.database().exec(
            QStringLiteral("UPDATE providers SET is_default = 1 WHERE id = (SELECT id FROM providers ORDER "
                           "BY created_at LIMIT 1) "
                           "AND NOT EXISTS (SELECT 1 FROM providers WHERE is_default = 1)"));
    });
    if (!error)
        Q_EMIT m_store.providersChanged();
    return error;
}

StoreError ProviderRepository::saveCatalog(const QString& providerId, const QList<QJsonObject>& models)
{
    return m_store.database().write([&]() -> StoreError {
        auto db = m_store.database().connection();
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM model_catalog WHERE provider_id = ?"));
        clear.addBindValue(providerId);
        if (!clear.exec())
            return StoreError::fromSql(clear.lastError());
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO model_catalog (provider_id, model_id, info, fetched_at) "
                           "VALUES (?, ?, ?, ?)"));
        const qint64 now = nowMs();
        for (const auto& model : models) {
            const QString id = model.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                continue;
            q.addBindValue(providerId);
            q.addBindValue(id);
            q.addBindValue(QString::fromUtf8(QJsonDocument(model).toJson(QJsonDocument::Compact)));
            q.addBindValue(now);
            if (!q.exec()) {
                auto error = StoreError::fromSql(q.lastError());
                if (error.detail.contains(QLatin1String("FOREIGN KEY")))
                    error = StoreError::make(StoreError::Kind::NotFound, providerId);
                return error;
            }
        }
        return {};
    });
}

StoreResult<QList<QJsonObject>> ProviderRepository::catalog(const QString& providerId)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT info FROM model_catalog WHERE provider_id = ? ORDER BY model_id"));
    q.addBindValue(providerId);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QList<QJsonObject> models;
    while (q.next())
        models.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return {models, {}};
}

StoreResult<qint64> ProviderRepository::catalogFetchedAt(const QString& providerId)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(fetched_at), 0) FROM model_catalog WHERE provider_id = ?"));
    q.addBindValue(providerId);
    if (!q.exec() || !q.next())
        return {0, StoreError::fromSql(q.lastError())};
    return {q.value(0).toLongLong(), {}};
}

} // namespace harness::core
