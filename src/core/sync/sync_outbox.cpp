// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/sync_outbox.h"

#include "core/model/message.h"
#include "core/store/database.h"
#include "core/sync/convex_message_codec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace harness::core {

namespace {

QJsonValue jsonText(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// Local column -> Convex field, per table (the columns the triggers watch).
QList<std::pair<QString, QString>> columnsOf(const QString& table)
{
    auto p = [](const char* a, const char* b) {
        return std::pair{QString::fromLatin1(a), QString::fromLatin1(b)};
    };
    if (table == QLatin1String("harnesses"))
        return {p("name", "name"),
                p("model", "model"),
                p("status", "status"),
                p("system_prompt", "systemPrompt"),
                p("skills", "skills"),
                p("suggested_prompts", "suggestedPrompts"),
                p("last_used_at", "lastUsedAt"),
                p("mcps", "mcps")};
    if (table == QLatin1String("conversations"))
        return {p("title", "title"), p("last_harness_id", "lastHarnessClientId"),
                p("last_message_at", "lastMessageAt")};
    if (table == QLatin1String("mcp_servers"))
        return {p("name", "name"), p("transport", "transport"), p("command", "command"), p("args", "args"),
                p("url", "url"),   p("auth_kind", "authType"),  p("enabled", "enabled")};
    if (table == QLatin1String("user_settings"))
        return {p("auto_switch_harness", "autoSwitchHarness")};
    return {};
}

StoreResult<QSqlRecord> readRow(Database& db, const QString& table, const QString& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    if (!q.next())
        return {{}, StoreError::make(StoreError::Kind::NotFound, id)};
    return {q.record(), {}};
}

StoreResult<QJsonArray> harnessMcps(Database& db, const QString& harnessId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.transport, s.url, s.auth_kind FROM harness_mcp_servers l "
        "JOIN mcp_servers s ON s.id = l.server_id WHERE l.harness_id = ? ORDER BY l.position"));
    q.addBindValue(harnessId);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QJsonArray mcps;
    while (q.next()) {
        QJsonObject ref{{QStringLiteral("name"), q.value(1).toString()},
                        {QStringLiteral("serverClientId"), q.value(0).toString()},
                        {QStringLiteral("authType"), q.value(4).toString()}};
        if (q.value(2).toString() != QLatin1String("stdio") && !q.value(3).toString().isEmpty())
            ref.insert(QStringLiteral("url"), q.value(3).toString());
        mcps.append(ref);
    }
    return {mcps, {}};
}

QJsonValue fieldValue(const QString& table, const QString& column, const QSqlRecord& r)
{
    const QVariant v = r.value(column);
    if (table == QLatin1String("harnesses")) {
        if (column == QLatin1String("skills") || column == QLatin1String("suggested_prompts"))
            return jsonText(v);
        if (column == QLatin1String("system_prompt"))
            return orNull(v.toString());
        if (column == QLatin1String("last_used_at"))
            return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toDouble());
    } else if (table == QLatin1String("conversations")) {
        if (column == QLatin1String("last_harness_id"))
            return orNull(v.toString());
        if (column == QLatin1String("last_message_at"))
            return v.toDouble();
    } else if (table == QLatin1String("mcp_servers")) {
        if (column == QLatin1String("args"))
            return jsonText(v);
        if (column == QLatin1String("command") || column == QLatin1String("url"))
            return orNull(v.toString());
        if (column == QLatin1String("enabled"))
            return v.toBool();
    } else if (table == QLatin1String("user_settings")) {
        return v.toBool();
    }
    return v.toString();
}

} // namespace

const QStringList& SyncOutbox::tables()
{
    static const QStringList all{QStringLiteral("mcp_servers"), QStringLiteral("harnesses"),
                                 QStringLiteral("conversations"), QStringLiteral("messages"),
                                 QStringLiteral("user_settings")};
    return all;
}

QString SyncOutbox::convexTable(const QString& localTable)
{
    if (localTable == QLatin1String("mcp_servers"))
        return QStringLiteral("mcpServers");
    if (localTable == QLatin1String("user_settings"))
        return QStringLiteral("userSettings");
    return localTable;
}

StoreResult<PushBatch> SyncOutbox::nextBatch(int maxOps, int maxBytes)
{
    PushBatch batch;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT seq, tbl, row_id, op, fields, changed_at, revision, "
                       "EXISTS (SELECT 1 FROM sync_excluded x WHERE x.tbl = o.tbl AND x.row_id = o.row_id) "
                       "OR (o.tbl = 'messages' AND EXISTS (SELECT 1 FROM sync_excluded x JOIN messages m "
                       "ON m.conversation_id = x.row_id WHERE x.tbl = 'conversations' AND m.id = o.row_id)) "
                       "FROM outbox o ORDER BY seq LIMIT ?"));
    q.addBindValue(maxOps);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    qint64 bytes = 0;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.table = q.value(1).toString();
        e.rowId = q.value(2).toString();
        e.isDelete = q.value(3).toString() == QLatin1String("delete");
        e.fields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        e.changedAt = q.value(5).toLongLong();
        e.revision = q.value(6).toLongLong();
        if (q.value(7).toBool()) {
            batch.dropped.append(e);
            continue;
        }
        const int opsBefore = int(batch.ops.size());
        batch.entries.append(e);
        if (auto error = appendOps(batch, e, int(batch.entries.size()) - 1))
            return {{}, error};
        if (batch.ops.size() == opsBefore) {
            batch.dropped.append(batch.entries.takeLast());
            continue;
        }
        for (qsizetype i = opsBefore; i < batch.ops.size(); ++i)
            bytes += QJsonDocument(batch.ops.at(i).toObject()).toJson(QJsonDocument::Compact).size();
        if (bytes > maxBytes || batch.ops.size() >= maxOps)
            break;
    }
    // Keep whole entries only: a batch that outgrew the limits with its first entry still goes.
    return {batch, {}};
}

StoreError SyncOutbox::appendOps(PushBatch& batch, const OutboxEntry& e, int entryIndex)
{
    const QString table = convexTable(e.table);
    if (e.isDelete) {
        if (e.table == QLatin1String("user_settings"))
            return {};
        batch.ops.append(QJsonObject{{QStringLiteral("table"), table},
                                     {QStringLiteral("op"), QStringLiteral("delete")},
                                     {QStringLiteral("clientId"), e.rowId},
                                     {QStringLiteral("deletedAt"), double(e.changedAt)}});
        batch.opEntry.append(entryIndex);
        return {};
    }
    auto row = readRow(m_db, e.table, e.rowId);
    if (row.error.kind == StoreError::Kind::NotFound)
        return {}; // deleted since; its delete entry (if any) follows
    if (!row.ok())
        return row.error;
    const QSqlRecord& r = row.value;

    if (e.table == QLatin1String("messages")) {
        const QString role = r.value(QStringLiteral("role")).toString();
        const QString status = r.value(QStringLiteral("status")).toString();
        const QString supersededBy = r.value(QStringLiteral("superseded_by")).toString();
        if (role == QLatin1String("tool"))
            return {}; // not representable in Convex
        if (!r.value(QStringLiteral("remote_id")).toString().isEmpty()) {
            // Already on the server, where messages are append-only (a message that came from the
            // server, or was pushed once, is final there or belongs to the device that streams it):
            // only its branch mark travels again, when edit & resend changed it here.
            const qint64 markedAt = e.fields.value(QStringLiteral("superseded_by")).toInteger(-1);
            if (markedAt < 0)
                return {};
            batch.ops.append(QJsonObject{{QStringLiteral("table"), table},
                                         {QStringLiteral("op"), QStringLiteral("supersede")},
                                         {QStringLiteral("clientId"), e.rowId},
                                         {QStringLiteral("updatedAt"), double(markedAt)},
                                         {QStringLiteral("supersededBy"), orNull(supersededBy)}});
            batch.opEntry.append(entryIndex);
            return {};
        }
        if (status == QLatin1String("streaming"))
            return {}; // not final yet: it travels when it stops
        const auto parts = ConvexMessageCodec::toConvex(
            MessageParts::fromJsonText(r.value(QStringLiteral("parts")).toString()));
        QJsonObject fields{
            {QStringLiteral("conversationClientId"), r.value(QStringLiteral("conversation_id")).toString()},
            {QStringLiteral("role"), role},
            {QStringLiteral("content"), r.value(QStringLiteral("content")).toString()},
            {QStringLiteral("status"), status},
            {QStringLiteral("createdAt"), r.value(QStringLiteral("created_at")).toDouble()}};
        if (!parts.parts.isEmpty())
            fields.insert(QStringLiteral("parts"), parts.parts);
        if (!parts.usage.isEmpty())
            fields.insert(QStringLiteral("usage"), parts.usage);
        for (const char* key : {"model", "error"}) {
            const QString value = r.value(QLatin1String(key)).toString();
            if (!value.isEmpty())
                fields.insert(QLatin1String(key), value);
        }
        if (!supersededBy.isEmpty())
            fields.insert(QStringLiteral("supersededBy"), supersededBy);
        batch.ops.append(
            QJsonObject{{QStringLiteral("table"), table},
                        {QStringLiteral("op"), QStringLiteral("upsert")},
                        {QStringLiteral("clientId"), e.rowId},
                        {QStringLiteral("updatedAt"), r.value(QStringLiteral("updated_at")).toDouble()},
                        {QStringLiteral("fields"), fields}});
        batch.opEntry.append(entryIndex);
        return {};
    }

    // Per-field edit times: one op per distinct time, oldest first. A row the server never
    // confirmed goes whole, so its first push can create it.
    const auto columns = columnsOf(e.table);
    const bool neverPushed = r.value(QStringLiteral("remote_id")).toString().isEmpty();
    qint64 allAt =
        e.fields.contains(QStringLiteral("*")) ? e.fields.value(QStringLiteral("*")).toInteger() : -1;
    if (neverPushed && allAt < 0) {
        allAt = e.changedAt;
        for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it)
            allAt = std::min(allAt, it.value().toInteger());
    }
    QMap<qint64, QJsonObject> byTime;
    for (const auto& [column, field] : columns) {
        qint64 at = e.fields.value(column).toInteger(-1);
        at = std::max(at, allAt);
        if (at < 0)
            continue;
        QJsonValue value;
        if (column == QLatin1String("mcps")) {
            auto mcps = harnessMcps(m_db, e.rowId);
            if (!mcps.ok())
                return mcps.error;
            value = mcps.value;
        } else {
            value = fieldValue(e.table, column, r);
        }
        byTime[at].insert(field, value);
    }
    for (auto it = byTime.constBegin(); it != byTime.constEnd(); ++it) {
        QJsonObject op{{QStringLiteral("table"), table},
                       {QStringLiteral("op"), QStringLiteral("upsert")},
                       {QStringLiteral("updatedAt"), double(it.key())},
                       {QStringLiteral("fields"), it.value()}};
        if (e.table != QLatin1String("user_settings"))
            op.insert(QStringLiteral("clientId"), e.rowId);
        batch.ops.append(op);
        batch.opEntry.append(entryIndex);
    }
    return {};
}

StoreError SyncOutbox::confirm(const OutboxEntry& entry)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ? AND revision = ?"));
    q.addBindValue(entry.seq);
    q.addBindValue(entry.revision);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return {};
}

StoreError SyncOutbox::setRemoteId(const QString& table, const QString& rowId, const QString& remoteId)
{
    if (!tables().contains(table) || remoteId.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET remote_id = ? WHERE id = ? AND remote_id IS NOT ?").arg(table));
    q.addBindValue(remoteId);
    q.addBindValue(rowId);
    q.addBindValue(remoteId);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return {};
}

StoreResult<int> SyncOutbox::pendingCount()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !q.next())
        return {0, StoreError::fromSql(q.lastError())};
    return {q.value(0).toInt(), {}};
}

StoreError SyncOutbox::clear()
{
    return m_db.exec(QStringLiteral("DELETE FROM outbox"));
}

StoreError SyncOutbox::enqueueAll()
{
    return m_db.write([&]() -> StoreError {
        for (const auto& table : tables()) {
            // Remote ids of another account mean nothing to this one.
            if (auto e = m_db.exec(QStringLiteral("UPDATE %1 SET remote_id = NULL").arg(table)))
                return e;
            const QString where = table == QLatin1String("messages")
                                      ? QStringLiteral(" WHERE status != 'streaming'")
                                      : QStringLiteral(" WHERE true");
            const QString order =
                table == QLatin1String("messages") ? QStringLiteral(" ORDER BY created_at, seq") : QString();
            if (auto e = m_db.exec(
                    QStringLiteral("INSERT INTO outbox (tbl, row_id, op, fields, changed_at) "
                                   "SELECT '%1', id, 'upsert', json_object('*', updated_at), updated_at "
                                   "FROM %1%2%3 ON CONFLICT (tbl, row_id) DO UPDATE SET "
                                   "op = 'upsert', fields = excluded.fields, revision = outbox.revision + 1")
                        .arg(table, where, order)))
                return e;
        }
        return m_db.exec(QStringLiteral("DELETE FROM sync_excluded"));
    });
}

StoreError SyncOutbox::excludeAll()
{
    return m_db.write([&]() -> StoreError {
        for (const auto& table : tables()) {
            if (auto e =
                    m_db.exec(QStringLiteral(
                                  "INSERT OR IGNORE INTO sync_excluded (tbl, row_id) SELECT '%1', id FROM %1")
                                  .arg(table)))
                return e;
        }
        return clear();
    });
}

StoreResult<int> SyncOutbox::localRowCount()
{
    int total = 0;
    for (const auto& table : tables()) {
        if (table == QLatin1String("user_settings"))
            continue; // defaults exist everywhere; not "data" worth asking about
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE id NOT IN "
                                   "(SELECT row_id FROM sync_excluded WHERE tbl = '%1')")
                        .arg(table)) ||
            !q.next())
            return {0, StoreError::fromSql(q.lastError())};
        total += q.value(0).toInt();
    }
    return {total, {}};
}

StoreResult<QString> SyncOutbox::account()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT account FROM sync_state WHERE id = 1")) || !q.next())
        return {{}, StoreError::fromSql(q.lastError())};
    return {q.value(0).toString(), {}};
}

StoreResult<qint64> SyncOutbox::cursor()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")) || !q.next())
        return {0, StoreError::fromSql(q.lastError())};
    return {q.value(0).toLongLong(), {}};
}

StoreError SyncOutbox::setAccount(const QString& account, qint64 cursor)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET account = ?, cursor = ? WHERE id = 1"));
    q.addBindValue(account.isEmpty() ? QVariant() : QVariant(account));
    q.addBindValue(cursor);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return {};
}

StoreError SyncOutbox::setCursor(qint64 cursor)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET cursor = ?, last_pull_at = ? WHERE id = 1"));
    q.addBindValue(cursor);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return {};
}

} // namespace harness::core
