// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/remote_change_applier.h"

#include "core/model/message.h"
#include "core/store/database.h"
#include "core/store/sql_values.h"
#include "core/sync/convex_message_codec.h"
#include "core/sync/sync_outbox.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace harness::core {

Q_LOGGING_CATEGORY(lcSyncApply, "harness.sync.apply")

namespace {

/// A text field; missing ones are empty text, never SQL NULL.
QString str(const QJsonObject& o, const char* key)
{
    const QString value = o.value(QLatin1String(key)).toString();
    return value.isNull() ? QStringLiteral("") : value;
}

qint64 ms(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString jsonArrayText(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

/// The latest client edit time the server knows for the row.
qint64 editTime(const QJsonObject& doc)
{
    qint64 at = ms(doc, "_creationTime");
    const auto times = doc.value(QStringLiteral("fieldUpdatedAt")).toObject();
    for (auto it = times.constBegin(); it != times.constEnd(); ++it)
        at = std::max(at, qint64(it.value().toDouble()));
    return std::max(at, ms(doc, "clientUpdatedAt"));
}

StoreError run(QSqlQuery& q)
{
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return {};
}

} // namespace

StoreError RemoteChangeApplier::apply(const QJsonObject& page, AppliedChanges& changes)
{
    const auto error = m_db.write([&]() -> StoreError {
        if (auto e = m_db.exec(QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1")))
            return e;
        using Apply = StoreError (RemoteChangeApplier::*)(const QJsonObject&, AppliedChanges&);
        const std::pair<const char*, Apply> order[] = {
            {"mcpServers", &RemoteChangeApplier::applyMcpServer},
            {"harnesses", &RemoteChangeApplier::applyHarness},
            {"conversations", &RemoteChangeApplier::applyConversation},
            {"messages", &RemoteChangeApplier::applyMessage},
            {"userSettings", &RemoteChangeApplier::applySettings}};
        for (const auto& [table, applyOne] : order) {
            for (const auto& doc : page.value(QLatin1String(table)).toArray()) {
                if (auto e = (this->*applyOne)(doc.toObject(), changes))
                    return e;
                ++changes.rows;
            }
        }
        QSqlQuery& cursor = prepared(
            QStringLiteral("UPDATE sync_state SET applying = 0, cursor = max(cursor, ?), last_pull_at = "
                           "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE id = 1"));
        cursor.addBindValue(qint64(page.value(QStringLiteral("cursor")).toDouble()));
        const auto e = run(cursor);
        for (auto& [sql, statement] : m_statements)
            statement->finish();
        return e;
    });
    m_statements.clear();
    return error;
}

StoreError RemoteChangeApplier::removeAllSyncedRows()
{
    return m_db.write([&]() -> StoreError {
        // Rows the user chose to keep on this device only stay (with the messages of such
        // conversations); links go with their harness or server (ON DELETE CASCADE).
        const QString kept = QStringLiteral("(SELECT row_id FROM sync_excluded WHERE tbl = '%1')");
        QStringList statements{
            QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1"),
            QStringLiteral("DELETE FROM messages WHERE id NOT IN %1 AND conversation_id NOT IN %2")
                .arg(kept.arg(QStringLiteral("messages")), kept.arg(QStringLiteral("conversations")))};
        for (const auto& table : {"conversations", "harnesses", "mcp_servers", "user_settings"}) {
            statements.append(QStringLiteral("DELETE FROM %1 WHERE id NOT IN %2")
                                  .arg(QLatin1String(table), kept.arg(QLatin1String(table))));
        }
        statements << QStringLiteral("DELETE FROM outbox") << QStringLiteral("DELETE FROM sync_pending_links")
                   << QStringLiteral("UPDATE sync_state SET applying = 0 WHERE id = 1");
        for (const auto& s : statements) {
            if (auto e = m_db.exec(s))
                return e;
        }
        return StoreError{};
    });
}

QSqlQuery& RemoteChangeApplier::prepared(const QString& sql)
{
    // Statements on the synced tables compile their triggers: prepare each once per page.
    auto& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db.connection());
        slot->prepare(sql);
    } else {
        slot->finish();
    }
    return *slot;
}

RemoteChangeApplier::Pending RemoteChangeApplier::pending(const QString& table, const QString& id)
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

bool RemoteChangeApplier::keepLocal(const Pending& p, const QString& column, const QJsonObject& doc,
                                    const QString& field) const
{
    if (!p.exists)
        return false;
    const qint64 local =
        std::max(p.fields.value(column).toInteger(-1), p.fields.value(QStringLiteral("*")).toInteger(-1));
    const qint64 remote =
        qint64(doc.value(QStringLiteral("fieldUpdatedAt")).toObject().value(field).toDouble(-1));
    return local >= 0 && local > remote;
}

bool RemoteChangeApplier::rowExists(const QString& table, const QString& id)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

StoreError RemoteChangeApplier::removeRow(const QString& table, const QString& id)
{
    QSqlQuery& q = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (auto e = run(q))
        return e;
    // A tombstone is final: local edits of the row have nowhere to go.
    QSqlQuery& o = prepared(QStringLiteral("DELETE FROM outbox WHERE tbl = ? AND row_id = ?"));
    o.addBindValue(table);
    o.addBindValue(id);
    return run(o);
}

StoreError RemoteChangeApplier::inSavepoint(const std::function<StoreError()>& work)
{
    if (auto e = m_db.exec(QStringLiteral("SAVEPOINT sync_row")))
        return e;
    StoreError error = work();
    if (error) {
        // One row the local schema cannot take (a constraint) must not stop the others.
        qCWarning(lcSyncApply) << "skipped a remote row:" << error.detail;
        m_db.exec(QStringLiteral("ROLLBACK TO sync_row"));
    }
    return m_db.exec(QStringLiteral("RELEASE sync_row"));
}

StoreError RemoteChangeApplier::upsertRow(const QString& table, const QString& id,
                                          const QList<std::pair<QString, QVariant>>& values,
                                          const QJsonObject& doc)
{
    const qint64 at = editTime(doc);
    QString sql;
    QVariantList binds;
    if (rowExists(table, id)) {
        QStringList sets;
        for (const auto& v : values) {
            sets.append(v.first + QStringLiteral(" = ?"));
            binds.append(v.second);
        }
        sets.append(QStringLiteral("updated_at = max(updated_at, ?)"));
        sets.append(QStringLiteral("remote_id = ?"));
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", ")));
        binds << at << str(doc, "_id") << id;
    } else {
        QStringList columns{QStringLiteral("id")};
        binds.append(id);
        for (const auto& v : values) {
            columns.append(v.first);
            binds.append(v.second);
        }
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at")
                << QStringLiteral("remote_id");
        binds << (doc.contains(QStringLiteral("createdAt")) ? ms(doc, "createdAt") : ms(doc, "_creationTime"))
              << at << str(doc, "_id");
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }
    QSqlQuery& q = prepared(sql);
    for (const auto& v : binds)
        q.addBindValue(v);
    return run(q);
}

StoreError RemoteChangeApplier::applyMcpServer(const QJsonObject& doc, AppliedChanges& changes)
{
    const QString table = QStringLiteral("mcp_servers");
    const QString id = str(doc, "clientId");
    changes.mcpServers = true;
    changes.harnesses = true;
    if (doc.contains(QStringLiteral("deletedAt")))
        return removeRow(table, id);
    const Pending p = pending(table, id);
    if (p.isDelete)
        return {};
    QList<std::pair<QString, QVariant>> values;
    const auto add = [&](const char* column, const char* field, const QVariant& value) {
        if (!keepLocal(p, QLatin1String(column), doc, QLatin1String(field)))
            values.append({QLatin1String(column), value});
    };
    add("name", "name", str(doc, "name"));
    add("transport", "transport", str(doc, "transport"));
    add("command", "command", str(doc, "command"));
    add("args", "args", jsonArrayText(doc.value(QStringLiteral("args"))));
    add("url", "url", str(doc, "url"));
    add("auth_kind", "authType",
        doc.contains(QStringLiteral("authType")) ? str(doc, "authType") : QStringLiteral("none"));
    add("enabled", "enabled", doc.value(QStringLiteral("enabled")).toBool(true));
    return inSavepoint([&]() -> StoreError {
        if (auto e = upsertRow(table, id, values, doc))
            return e;
        // Harnesses pulled before this server can link to it now.
        QSqlQuery& link = prepared(QStringLiteral(
            "INSERT OR IGNORE INTO harness_mcp_servers (harness_id, server_id, position) "
            "SELECT harness_id, server_id, position FROM sync_pending_links WHERE server_id = ?"));
        link.addBindValue(id);
        if (auto e = run(link))
            return e;
        QSqlQuery& done = prepared(QStringLiteral("DELETE FROM sync_pending_links WHERE server_id = ?"));
        done.addBindValue(id);
        return run(done);
    });
}

StoreError RemoteChangeApplier::applyHarness(const QJsonObject& doc, AppliedChanges& changes)
{
    const QString table = QStringLiteral("harnesses");
    const QString id = str(doc, "clientId");
    changes.harnesses = true;
    if (doc.contains(QStringLiteral("deletedAt")))
        return removeRow(table, id);
    const Pending p = pending(table, id);
    if (p.isDelete)
        return {};
    QList<std::pair<QString, QVariant>> values;
    const auto add = [&](const char* column, const char* field, const QVariant& value) {
        if (!keepLocal(p, QLatin1String(column), doc, QLatin1String(field)))
            values.append({QLatin1String(column), value});
    };
    add("name", "name", str(doc, "name"));
    add("model", "model", str(doc, "model"));
    add("status", "status", str(doc, "status"));
    add("system_prompt", "systemPrompt", str(doc, "systemPrompt"));
    add("skills", "skills", jsonArrayText(doc.value(QStringLiteral("skills"))));
    add("suggested_prompts", "suggestedPrompts",
        jsonArrayText(doc.value(QStringLiteral("suggestedPrompts"))));
    add("last_used_at", "lastUsedAt",
        doc.contains(QStringLiteral("lastUsedAt")) ? QVariant(ms(doc, "lastUsedAt")) : QVariant());
    const bool links = !keepLocal(p, QStringLiteral("mcps"), doc, QStringLiteral("mcps"));
    return inSavepoint([&]() -> StoreError {
        if (auto e = upsertRow(table, id, values, doc))
            return e;
        return links ? applyLinks(id, doc.value(QStringLiteral("mcps")).toArray()) : StoreError{};
    });
}

StoreError RemoteChangeApplier::applyLinks(const QString& harnessId, const QJsonArray& mcps)
{
    for (const char* sql : {"DELETE FROM harness_mcp_servers WHERE harness_id = ?",
                            "DELETE FROM sync_pending_links WHERE harness_id = ?"}) {
        QSqlQuery& clear = prepared(QLatin1String(sql));
        clear.addBindValue(harnessId);
        if (auto e = run(clear))
            return e;
    }
    int position = 0;
    for (const auto& value : mcps) {
        QString serverId;
        if (value.isString()) {
            // The web app's early form: a server name.
            QSqlQuery& byName = prepared(QStringLiteral("SELECT id FROM mcp_servers WHERE name = ?"));
            byName.addBindValue(value.toString());
            if (byName.exec() && byName.next())
                serverId = byName.value(0).toString();
        } else {
            serverId = value.toObject().value(QStringLiteral("serverClientId")).toString();
        }
        if (serverId.isEmpty())
            continue;
        const bool known = rowExists(QStringLiteral("mcp_servers"), serverId);
        QSqlQuery& q = prepared(
            QStringLiteral("INSERT OR IGNORE INTO %1 (harness_id, server_id, position) VALUES (?, ?, ?)")
                .arg(known ? QStringLiteral("harness_mcp_servers") : QStringLiteral("sync_pending_links")));
        q.addBindValue(harnessId);
        q.addBindValue(serverId);
        q.addBindValue(position++);
        if (auto e = run(q))
            return e;
    }
    return {};
}

StoreError RemoteChangeApplier::applyConversation(const QJsonObject& doc, AppliedChanges& changes)
{
    const QString table = QStringLiteral("conversations");
    const QString id = str(doc, "clientId");
    changes.conversations = true;
    changes.changedConversations.insert(id);
    if (doc.contains(QStringLiteral("deletedAt")))
        return removeRow(table, id);
    const Pending p = pending(table, id);
    if (p.isDelete)
        return {};
    QList<std::pair<QString, QVariant>> values;
    if (!keepLocal(p, QStringLiteral("title"), doc, QStringLiteral("title")))
        values.append({QStringLiteral("title"), str(doc, "title")});
    if (!keepLocal(p, QStringLiteral("last_harness_id"), doc, QStringLiteral("lastHarnessClientId"))) {
        const QString harness = str(doc, "lastHarnessClientId");
        const bool known = !harness.isEmpty() && rowExists(QStringLiteral("harnesses"), harness);
        values.append({QStringLiteral("last_harness_id"), known ? QVariant(harness) : QVariant()});
    }
    qint64 last = ms(doc, "lastMessageAt");
    QSqlQuery& local = prepared(QStringLiteral("SELECT last_message_at FROM conversations WHERE id = ?"));
    local.addBindValue(id);
    if (local.exec() && local.next())
        last = std::max(last, local.value(0).toLongLong());
    values.append({QStringLiteral("last_message_at"), last});
    return inSavepoint([&] { return upsertRow(table, id, values, doc); });
}

StoreError RemoteChangeApplier::applyMessage(const QJsonObject& doc, AppliedChanges& changes)
{
    const QString id = str(doc, "clientId");
    const QString conversationId = str(doc, "conversationClientId");
    if (doc.contains(QStringLiteral("deletedAt"))) {
        if (rowExists(QStringLiteral("messages"), id)) {
            changes.removedMessagesIn.insert(conversationId);
            changes.changedConversations.insert(conversationId);
        }
        return removeRow(QStringLiteral("messages"), id);
    }
    const QString status = str(doc, "status");
    const QString parts = ConvexMessageCodec::fromConvex(doc.value(QStringLiteral("parts")).toArray(),
                                                         doc.value(QStringLiteral("usage")).toObject())
                              .toJsonText();
    const QString supersededBy = str(doc, "supersededBy");
    QSqlQuery& local = prepared(QStringLiteral("SELECT status, content, remote_id IS NOT NULL, updated_at, "
                                               "coalesce(superseded_by, '') FROM messages WHERE id = ?"));
    local.addBindValue(id);
    if (!local.exec())
        return StoreError::fromSql(local.lastError());
    if (local.next()) {
        // The branch mark (edit & resend) is last-writer-wins on its own clock, beside the
        // append-only rest: the server's mark wins unless a newer local one waits in the outbox.
        if (local.value(4).toString() != supersededBy) {
            const Pending p = pending(QStringLiteral("messages"), id);
            const qint64 localAt =
                p.exists ? std::max(p.fields.value(QStringLiteral("superseded_by")).toInteger(-1),
                                    p.fields.value(QStringLiteral("*")).toInteger(-1))
                         : -1;
            const qint64 remoteAt = qint64(doc.value(QStringLiteral("supersededAt")).toDouble(-1));
            if (!(localAt >= 0 && localAt > remoteAt)) {
                // (updated_at stays: it is the clock of the append-only rest, checked below)
                QSqlQuery& mark =
                    prepared(QStringLiteral("UPDATE messages SET superseded_by = ? WHERE id = ?"));
                mark.addBindValue(sql::nullable(supersededBy));
                mark.addBindValue(id);
                if (auto e = inSavepoint([&] { return run(mark); }))
                    return e;
                changes.changedConversations.insert(conversationId);
                if (!supersededBy.isEmpty())
                    changes.supersededBranches.insert({conversationId, supersededBy});
            }
        }
        // Append-only: only a message still streaming here can change, or one that came from the
        // server streaming and was marked interrupted here (the app quit) when a newer version
        // arrives. A final message written here is never overwritten.
        const bool streamingHere = local.value(0).toString() == QLatin1String("streaming");
        const bool newerRemote =
            local.value(2).toBool() && ms(doc, "clientUpdatedAt") > local.value(3).toLongLong();
        if ((!streamingHere && !newerRemote) ||
            (status == QLatin1String("streaming") && local.value(1).toString() == str(doc, "content")))
            return {};
        QSqlQuery& q = prepared(
            QStringLiteral("UPDATE messages SET content = ?, status = ?, parts = ?, model = ?, error = ?, "
                           "updated_at = ?, remote_id = ? WHERE id = ?"));
        for (const QVariant& v :
             {QVariant(str(doc, "content")), QVariant(status), QVariant(parts), QVariant(str(doc, "model")),
              QVariant(str(doc, "error")), QVariant(ms(doc, "clientUpdatedAt")), QVariant(str(doc, "_id")),
              QVariant(id)})
            q.addBindValue(v);
        changes.changedConversations.insert(conversationId);
        changes.changedMessages.append({conversationId, id});
        return inSavepoint([&] { return run(q); });
    }
    const bool conversationHere = rowExists(QStringLiteral("conversations"), conversationId);
    if (!conversationHere && pending(QStringLiteral("conversations"), conversationId).isDelete)
        return {}; // deleted here, the delete not pushed yet
    const qint64 createdAt = ms(doc, "createdAt");
    changes.conversations = true;
    changes.changedConversations.insert(conversationId);
    return inSavepoint([&]() -> StoreError {
        if (!conversationHere) {
            // Its conversation comes later in the pull (it changed after the message was added).
            QSqlQuery& c = prepared(QStringLiteral(
                "INSERT INTO conversations (id, title, last_message_at, created_at, updated_at) "
                "VALUES (?, '', ?, ?, ?)"));
            for (const QVariant& v :
                 {QVariant(conversationId), QVariant(createdAt), QVariant(createdAt), QVariant(qint64(0))})
                c.addBindValue(v);
            if (auto e = run(c))
                return e;
        }
        // Keep the conversation in creation order: a message made earlier elsewhere goes before
        // the later ones already here.
        QSqlQuery& place =
            prepared(QStringLiteral("SELECT min(seq), (SELECT coalesce(max(seq), 0) + 1 FROM messages "
                                    "WHERE conversation_id = ?) FROM messages WHERE conversation_id = ? "
                                    "AND created_at > ?"));
        place.addBindValue(conversationId);
        place.addBindValue(conversationId);
        place.addBindValue(createdAt);
        if (!place.exec() || !place.next())
            return StoreError::fromSql(place.lastError());
        qint64 seq = place.value(1).toLongLong();
        const bool atTheEnd = place.value(0).isNull();
        if (!atTheEnd) {
            seq = place.value(0).toLongLong();
            QSqlQuery& shift = prepared(
                QStringLiteral("UPDATE messages SET seq = seq + 1 WHERE conversation_id = ? AND seq >= ?"));
            shift.addBindValue(conversationId);
            shift.addBindValue(seq);
            if (auto e = run(shift))
                return e;
        }
        QSqlQuery& q = prepared(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, seq, role, content, status, parts, model, "
            "error, created_at, updated_at, remote_id, superseded_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(id), QVariant(conversationId), QVariant(seq), QVariant(str(doc, "role")),
              QVariant(str(doc, "content")), QVariant(status), QVariant(parts), QVariant(str(doc, "model")),
              QVariant(str(doc, "error")), QVariant(createdAt), QVariant(ms(doc, "clientUpdatedAt")),
              QVariant(str(doc, "_id")), sql::nullable(supersededBy)})
            q.addBindValue(v);
        if (auto e = run(q))
            return e;
        if (!supersededBy.isEmpty())
            changes.supersededBranches.insert({conversationId, supersededBy});
        else // an open view shows it where it belongs
            changes.appendedMessages.append({conversationId, id});
        QSqlQuery& touch = prepared(QStringLiteral(
            "UPDATE conversations SET last_message_at = max(last_message_at, ?) WHERE id = ?"));
        touch.addBindValue(createdAt);
        touch.addBindValue(conversationId);
        return run(touch);
    });
}

StoreError RemoteChangeApplier::applySettings(const QJsonObject& doc, AppliedChanges& changes)
{
    const QString id = QStringLiteral("local");
    changes.settings = true;
    const Pending p = pending(QStringLiteral("user_settings"), id);
    QList<std::pair<QString, QVariant>> values;
    if (!keepLocal(p, QStringLiteral("auto_switch_harness"), doc, QStringLiteral("autoSwitchHarness")))
        values.append({QStringLiteral("auto_switch_harness"),
                       doc.value(QStringLiteral("autoSwitchHarness")).toBool(true)});
    return inSavepoint([&] { return upsertRow(QStringLiteral("user_settings"), id, values, doc); });
}

} // namespace harness::core
