// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/sync_mcp_servers.h"

#include "core/model/ids.h"
#include "core/store/database.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core::SyncMcpServers {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

StoreError run(QSqlQuery& q)
{
    return q.exec() ? StoreError{} : StoreError::fromSql(q.lastError());
}

/// A server name not used by another server (names are unique locally).
StoreResult<QString> freeName(Database& db, const QString& wanted, const QString& exceptId)
{
    const QString base = wanted.trimmed().isEmpty() ? QStringLiteral("server") : wanted.trimmed();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM mcp_servers WHERE name = ? AND id != ?"));
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? base : QStringLiteral("%1 (%2)").arg(base).arg(n);
        q.addBindValue(name);
        q.addBindValue(exceptId);
        if (!q.exec())
            return {{}, StoreError::fromSql(q.lastError())};
        if (!q.next())
            return {name, {}};
    }
    return {base + QLatin1Char(' ') + newId(), {}};
}

/// The local server for a web entry: one the harness already links with that URL, else any URL
/// server with it, else a new one.
StoreResult<QString> serverFor(Database& db, const QString& harnessId, const QJsonObject& entry)
{
    const QString url = str(entry, "url");
    QSqlQuery find(db.connection());
    find.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.auth_kind FROM mcp_servers s WHERE s.transport != 'stdio' AND s.url = ? "
        "ORDER BY EXISTS (SELECT 1 FROM harness_mcp_servers l WHERE l.server_id = s.id AND l.harness_id = ?) "
        "DESC, s.created_at LIMIT 1"));
    find.addBindValue(url);
    find.addBindValue(harnessId);
    if (!find.exec())
        return {{}, StoreError::fromSql(find.lastError())};
    const qint64 now = nowMs();
    if (find.next()) {
        const QString id = find.value(0).toString();
        if (find.value(2).toString() != str(entry, "authType")) {
            QSqlQuery update(db.connection());
            update.prepare(
                QStringLiteral("UPDATE mcp_servers SET auth_kind = ?, updated_at = ? WHERE id = ?"));
            update.addBindValue(str(entry, "authType"));
            update.addBindValue(now);
            update.addBindValue(id);
            if (auto e = run(update))
                return {{}, e};
        }
        return {id, {}};
    }
    auto name = freeName(db, str(entry, "name"), QString());
    if (!name.ok())
        return name;
    const QString id = newId();
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO mcp_servers (id, name, transport, url, auth_kind, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const bool sse = url.endsWith(QLatin1String("/sse"));
    for (const QVariant& v :
         {QVariant(id), QVariant(name.value), QVariant(sse ? QStringLiteral("sse") : QStringLiteral("http")),
          QVariant(url), QVariant(str(entry, "authType")), QVariant(now), QVariant(now)})
        insert.addBindValue(v);
    if (auto e = run(insert))
        return {{}, e};
    return {id, {}};
}

} // namespace

bool representable(const QJsonObject& entry)
{
    const QString auth = str(entry, "authType");
    return !str(entry, "url").isEmpty() &&
           (auth == QLatin1String("none") || auth == QLatin1String("bearer") ||
            auth == QLatin1String("oauth"));
}

QJsonArray withoutTokens(const QJsonArray& entries)
{
    // What the desktop sees of an entry (and the web compares a push's base with).
    QJsonArray out;
    for (const auto& value : entries) {
        const QJsonObject entry = value.toObject();
        out.append(QJsonObject{{QStringLiteral("name"), entry.value(QStringLiteral("name"))},
                               {QStringLiteral("url"), entry.value(QStringLiteral("url"))},
                               {QStringLiteral("authType"), entry.value(QStringLiteral("authType"))}});
    }
    return out;
}

StoreResult<QJsonArray> toWeb(Database& db, const QString& harnessId, const QJsonArray& base)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT s.name, s.url, s.auth_kind FROM harness_mcp_servers l JOIN mcp_servers s "
                       "ON s.id = l.server_id WHERE l.harness_id = ? AND s.transport != 'stdio' AND "
                       "s.url != '' ORDER BY l.position"));
    q.addBindValue(harnessId);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QJsonArray out;
    QSet<QString> urls;
    while (q.next()) {
        urls.insert(q.value(1).toString());
        out.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()},
                               {QStringLiteral("url"), q.value(1).toString()},
                               {QStringLiteral("authType"), q.value(2).toString()}});
    }
    for (const auto& value : base) {
        const QJsonObject entry = value.toObject();
        if (!representable(entry) && !urls.contains(str(entry, "url"))) {
            out.append(QJsonObject{{QStringLiteral("name"), entry.value(QStringLiteral("name"))},
                                   {QStringLiteral("url"), entry.value(QStringLiteral("url"))},
                                   {QStringLiteral("authType"), entry.value(QStringLiteral("authType"))}});
        }
    }
    return {out, {}};
}

StoreError apply(Database& db, const QString& harnessId, const QJsonArray& entries, QList<Token>& tokens)
{
    QStringList serverIds;
    for (const auto& value : entries) {
        const QJsonObject entry = value.toObject();
        if (!representable(entry))
            continue;
        auto id = serverFor(db, harnessId, entry);
        if (!id.ok())
            return id.error;
        if (serverIds.contains(id.value))
            continue;
        serverIds.append(id.value);
        if (str(entry, "authType") == QLatin1String("bearer") && !str(entry, "authToken").isEmpty())
            tokens.append({id.value, str(entry, "authToken")});
    }
    // The device's own (stdio) servers keep their links, after the web's.
    QSqlQuery local(db.connection());
    local.prepare(QStringLiteral("SELECT l.server_id FROM harness_mcp_servers l JOIN mcp_servers s ON "
                                 "s.id = l.server_id WHERE l.harness_id = ? AND s.transport = 'stdio' "
                                 "ORDER BY l.position"));
    local.addBindValue(harnessId);
    if (!local.exec())
        return StoreError::fromSql(local.lastError());
    while (local.next()) {
        if (!serverIds.contains(local.value(0).toString()))
            serverIds.append(local.value(0).toString());
    }
    QSqlQuery clear(db.connection());
    clear.prepare(QStringLiteral("DELETE FROM harness_mcp_servers WHERE harness_id = ?"));
    clear.addBindValue(harnessId);
    if (auto e = run(clear))
        return e;
    QSqlQuery link(db.connection());
    link.prepare(
        QStringLiteral("INSERT INTO harness_mcp_servers (harness_id, server_id, position) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < serverIds.size(); ++i) {
        link.addBindValue(harnessId);
        link.addBindValue(serverIds.at(i));
        link.addBindValue(int(i));
        if (auto e = run(link))
            return e;
    }
    return {};
}

} // namespace harness::core::SyncMcpServers
