// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/mcp_server_repository.h"

#include "core/model/ids.h"
#include "core/store/row_queries.h"
#include "core/store/sql_values.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

namespace {

const QString columns = QStringLiteral(
    "id, name, transport, command, args, env, cwd, url, headers, auth_kind, enabled, created_at, updated_at");

StoredMcpServer fromQuery(const QSqlQuery& q)
{
    StoredMcpServer s;
    s.id = q.value(0).toString();
    auto& c = s.config;
    c.name = q.value(1).toString();
    c.transport = McpServerConfig::transportFromName(q.value(2).toString());
    c.command = q.value(3).toString();
    for (const auto& arg : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        c.args.append(arg.toString());
    c.env = sql::stringMapFromJson(q.value(5).toString());
    c.workingDirectory = q.value(6).toString();
    c.url = QUrl(q.value(7).toString());
    c.headers = sql::stringMapFromJson(q.value(8).toString());
    c.auth = McpServerConfig::authFromName(q.value(9).toString());
    s.enabled = q.value(10).toBool();
    s.createdAt = q.value(11).toLongLong();
    s.updatedAt = q.value(12).toLongLong();
    return s;
}

void bindFields(QSqlQuery& q, const StoredMcpServer& s)
{
    const auto& c = s.config;
    q.addBindValue(c.name.trimmed());
    q.addBindValue(McpServerConfig::transportName(c.transport));
    q.addBindValue(sql::text(c.command));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.args)).toJson(QJsonDocument::Compact)));
    q.addBindValue(sql::stringMapToJson(c.env));
    q.addBindValue(sql::text(c.workingDirectory));
    q.addBindValue(sql::text(c.url.toString()));
    q.addBindValue(sql::stringMapToJson(c.headers));
    q.addBindValue(McpServerConfig::authName(c.auth));
    q.addBindValue(s.enabled);
}

StoreError validate(const StoredMcpServer& server)
{
    if (const QString problem = server.config.validationError(); !problem.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, problem);
    for (auto it = server.config.headers.cbegin(); it != server.config.headers.cend(); ++it) {
        if (it.key().compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0)
            return StoreError::make(StoreError::Kind::Invalid,
                                    QStringLiteral("an Authorization header is a secret: use bearer auth"));
    }
    return {};
}

StoreError uniqueName(StoreError error)
{
    if (error.detail.contains(QLatin1String("UNIQUE")))
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("a server with this name exists"));
    return error;
}

} // namespace

StoreError McpServerRepository::create(StoredMcpServer& server)
{
    if (auto error = validate(server))
        return error;
    if (server.id.isEmpty())
        server.id = newId();
    const qint64 now = nowMs();
    server.createdAt = server.createdAt ? server.createdAt : now;
    server.updatedAt = now;
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(
            QStringLiteral("INSERT INTO mcp_servers (name, transport, command, args, env, cwd, url, headers, "
                           "auth_kind, enabled, id, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindFields(q, server);
        q.addBindValue(server.id);
        q.addBindValue(server.createdAt);
        q.addBindValue(server.updatedAt);
        if (!q.exec())
            return uniqueName(StoreError::fromSql(q.lastError()));
        return {};
    });
    if (!error)
        Q_EMIT m_store.mcpServersChanged();
    return error;
}

StoreResult<StoredMcpServer> McpServerRepository::get(const QString& id)
{
    return sql::selectOne<StoredMcpServer>(
        m_store.database(), QStringLiteral("SELECT %1 FROM mcp_servers WHERE id = ?").arg(columns), id,
        fromQuery);
}

StoreResult<StoredMcpServer> McpServerRepository::findByName(const QString& name)
{
    return sql::selectOne<StoredMcpServer>(
        m_store.database(), QStringLiteral("SELECT %1 FROM mcp_servers WHERE name = ?").arg(columns), name,
        fromQuery);
}

StoreResult<QList<StoredMcpServer>> McpServerRepository::list()
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM mcp_servers ORDER BY name").arg(columns)))
        return {{}, StoreError::fromSql(q.lastError())};
    QList<StoredMcpServer> result;
    while (q.next())
        result.append(fromQuery(q));
    return {result, {}};
}

StoreError McpServerRepository::update(StoredMcpServer& server)
{
    if (auto error = validate(server))
        return error;
    server.updatedAt = nowMs();
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(
            QStringLiteral("UPDATE mcp_servers SET name = ?, transport = ?, command = ?, args = ?, env = ?, "
                           "cwd = ?, url = ?, headers = ?, auth_kind = ?, enabled = ?, updated_at = ? "
                           "WHERE id = ?"));
        bindFields(q, server);
        q.addBindValue(server.updatedAt);
        q.addBindValue(server.id);
        if (!q.exec())
            return uniqueName(StoreError::fromSql(q.lastError()));
        return q.numRowsAffected() == 0 ? StoreError::make(StoreError::Kind::NotFound, server.id)
                                        : StoreError{};
    });
    if (!error)
        Q_EMIT m_store.mcpServersChanged();
    return error;
}

StoreError McpServerRepository::remove(const QString& id)
{
    auto error = sql::deleteById(m_store.database(), QStringLiteral("mcp_servers"), id);
    if (!error)
        Q_EMIT m_store.mcpServersChanged();
    return error;
}

} // namespace harness::core
