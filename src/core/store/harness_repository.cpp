// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/harness_repository.h"

#include "core/model/ids.h"
#include "core/store/row_queries.h"
#include "core/store/sql_values.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

namespace {

const QString columns =
    QStringLiteral("id, name, model, status, system_prompt, skills, suggested_prompts, "
                   "max_iterations, last_used_at, created_at, updated_at, remote_id, provider_id");

QString listToJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString& json)
{
    QStringList list;
    for (const auto& value : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(value.toString());
    return list;
}

Harness fromQuery(const QSqlQuery& q)
{
    Harness h;
    h.id = q.value(0).toString();
    h.name = q.value(1).toString();
    h.model = q.value(2).toString();
    h.status = harnessStatusFromString(q.value(3).toString()).value_or(HarnessStatus::Draft);
    h.systemPrompt = q.value(4).toString();
    h.skills = skillsFromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array());
    h.suggestedPrompts = listFromJson(q.value(6).toString());
    h.maxIterations = q.value(7).toInt();
    h.lastUsedAt = q.value(8).toLongLong();
    h.createdAt = q.value(9).toLongLong();
    h.updatedAt = q.value(10).toLongLong();
    h.remoteId = q.value(11).toString();
    h.providerId = q.value(12).toString();
    return h;
}

void bindFields(QSqlQuery& q, const Harness& h)
{
    q.addBindValue(sql::text(h.name));
    q.addBindValue(sql::text(h.model));
    q.addBindValue(harnessStatusName(h.status));
    q.addBindValue(sql::text(h.systemPrompt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(skillsToJson(h.skills)).toJson(QJsonDocument::Compact)));
    q.addBindValue(listToJson(h.suggestedPrompts));
    q.addBindValue(h.maxIterations > 0 ? h.maxIterations : Harness::DefaultMaxIterations);
    q.addBindValue(h.lastUsedAt > 0 ? QVariant(h.lastUsedAt) : QVariant());
    q.addBindValue(h.updatedAt);
    q.addBindValue(sql::nullable(h.remoteId));
    q.addBindValue(sql::nullable(h.providerId));
}

} // namespace

StoreError HarnessRepository::create(Harness& harness)
{
    if (harness.name.trimmed().isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("empty harness name"));
    if (harness.id.isEmpty())
        harness.id = newId();
    const qint64 now = nowMs();
    if (harness.createdAt == 0)
        harness.createdAt = now;
    harness.updatedAt = now;
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO harnesses (name, model, status, system_prompt, skills, "
            "suggested_prompts, max_iterations, last_used_at, updated_at, remote_id, provider_id, id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindFields(q, harness);
        q.addBindValue(harness.id);
        q.addBindValue(harness.createdAt);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return saveServers(harness);
    });
    if (!error)
        Q_EMIT m_store.harnessesChanged();
    return error;
}

StoreResult<Harness> HarnessRepository::get(const QString& id)
{
    auto found = sql::selectOne<Harness>(m_store.database(),
                                         QStringLiteral("SELECT %1 FROM harnesses WHERE id = ?").arg(columns),
                                         id, fromQuery);
    if (found.ok())
        found.error = loadServers(found.value);
    return found;
}

StoreResult<Harness> HarnessRepository::findByName(const QString& name)
{
    auto found =
        sql::selectOne<Harness>(m_store.database(),
                                QStringLiteral("SELECT %1 FROM harnesses WHERE name = ? COLLATE NOCASE "
                                               "ORDER BY last_used_at DESC NULLS LAST LIMIT 1")
                                    .arg(columns),
                                name.trimmed(), fromQuery);
    if (found.ok())
        found.error = loadServers(found.value);
    return found;
}

StoreResult<QList<Harness>> HarnessRepository::list()
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral(
                    "SELECT %1 FROM harnesses ORDER BY last_used_at DESC NULLS LAST, name COLLATE NOCASE")
                    .arg(columns)))
        return {{}, StoreError::fromSql(q.lastError())};
    QList<Harness> result;
    while (q.next())
        result.append(fromQuery(q));
    for (auto& harness : result) {
        if (auto error = loadServers(harness))
            return {{}, error};
    }
    return {result, {}};
}

StoreResult<int> HarnessRepository::count()
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM harnesses")) || !q.next())
        return {0, StoreError::fromSql(q.lastError())};
    return {q.value(0).toInt(), {}};
}

StoreError HarnessRepository::update(Harness& harness)
{
    if (harness.name.trimmed().isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("empty harness name"));
    harness.updatedAt = nowMs();
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("UPDATE harnesses SET name = ?, model = ?, status = ?, system_prompt = ?, "
                                 "skills = ?, suggested_prompts = ?, max_iterations = ?, last_used_at = ?, "
                                 "updated_at = ?, remote_id = ?, provider_id = ? WHERE id = ?"));
        bindFields(q, harness);
        q.addBindValue(harness.id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        if (q.numRowsAffected() == 0)
            return StoreError::make(StoreError::Kind::NotFound, harness.id);
        return saveServers(harness);
    });
    if (!error)
        Q_EMIT m_store.harnessesChanged();
    return error;
}

StoreError HarnessRepository::markUsed(const QString& id)
{
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("UPDATE harnesses SET last_used_at = ?, updated_at = ? WHERE id = ?"));
        const qint64 now = nowMs();
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return q.numRowsAffected() == 0 ? StoreError::make(StoreError::Kind::NotFound, id) : StoreError{};
    });
    if (!error)
        Q_EMIT m_store.harnessesChanged();
    return error;
}

StoreError HarnessRepository::remove(const QString& id)
{
    auto error = sql::deleteById(m_store.database(), QStringLiteral("harnesses"), id);
    if (!error)
        Q_EMIT m_store.harnessesChanged();
    return error;
}

StoreError HarnessRepository::saveServers(const Harness& harness)
{
    auto db = m_store.database().connection();
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM harness_mcp_servers WHERE harness_id = ?"));
    clear.addBindValue(harness.id);
    if (!clear.exec())
        return StoreError::fromSql(clear.lastError());
    int position = 0;
    for (const auto& serverId : harness.mcpServerIds) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO harness_mcp_servers (harness_id, server_id, position) VALUES (?, ?, ?)"));
        q.addBindValue(harness.id);
        q.addBindValue(serverId);
        q.addBindValue(position++);
        if (!q.exec()) {
            auto error = StoreError::fromSql(q.lastError());
            if (error.detail.contains(QLatin1String("FOREIGN KEY")))
                error = StoreError::make(StoreError::Kind::NotFound, serverId);
            return error;
        }
    }
    return {};
}

StoreError HarnessRepository::loadServers(Harness& harness)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(
        QStringLiteral("SELECT server_id FROM harness_mcp_servers WHERE harness_id = ? ORDER BY position"));
    q.addBindValue(harness.id);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    harness.mcpServerIds.clear();
    while (q.next())
        harness.mcpServerIds.append(q.value(0).toString());
    return {};
}

} // namespace harness::core
