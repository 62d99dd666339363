// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/sync_outbox.h"

#include "core/store/database.h"
#include "core/store/message_repository.h"
#include "core/sync/sync_mcp_servers.h"
#include "core/sync/synced_columns.h"
#include "core/sync/web_message_codec.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace harness::core {

Q_LOGGING_CATEGORY(lcSyncOutbox, "harness.sync.outbox")

namespace {

/// The web's cap on a harness's system prompt (harnesses.ts SYSTEM_PROMPT_MAX_CHARS).
constexpr qsizetype systemPromptCap = 4000;

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

QJsonObject objectOf(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString webTable(const QString& localTable)
{
    if (localTable == QLatin1String("user_settings"))
        return QStringLiteral("userSettings");
    return localTable;
}

} // namespace

SyncOutbox::SyncOutbox(Store& store) : m_store(store), m_db(store.database())
{}

const QStringList& SyncOutbox::tables()
{
    static const QStringList all{QStringLiteral("harnesses"), QStringLiteral("conversations"),
                                 QStringLiteral("messages"), QStringLiteral("user_settings")};
    return all;
}

QString SyncOutbox::remoteIdOf(const QString& table, const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT remote_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool SyncOutbox::isQueued(const QString& table, const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE tbl = ? AND row_id = ? AND op = 'upsert' AND NOT "
                             "EXISTS (SELECT 1 FROM sync_excluded x WHERE x.tbl = outbox.tbl AND "
                             "x.row_id = outbox.row_id)"));
    q.addBindValue(table);
    q.addBindValue(id);
    return q.exec() && q.next();
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
                       "FROM outbox o ORDER BY CASE tbl WHEN 'harnesses' THEN 0 WHEN 'conversations' THEN 1 "
                       "WHEN 'messages' THEN 2 ELSE 3 END, seq LIMIT ?"));
    // Entries that wait for another row are read again next time: read some more than one batch.
    q.addBindValue(maxOps + 200);
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
        if (q.value(7).toBool() || !tables().contains(e.table)) {
            batch.dropped.append(e);
            continue;
        }
        const int opsBefore = int(batch.ops.size());
        batch.entries.append(e);
        bool deferred = false;
        if (auto error = appendOps(batch, e, int(batch.entries.size()) - 1, deferred))
            return {{}, error};
        if (batch.ops.size() == opsBefore) {
            const OutboxEntry taken = batch.entries.takeLast();
            if (deferred)
                ++batch.deferred;
            else
                batch.dropped.append(taken);
            continue;
        }
        for (qsizetype i = opsBefore; i < batch.ops.size(); ++i)
            bytes += QJsonDocument(batch.ops.at(i).toObject()).toJson(QJsonDocument::Compact).size();
        if (bytes > maxBytes || batch.ops.size() >= maxOps)
            break;
    }
    // Whole entries only: a batch that outgrew the limits with its first entry still goes.
    return {batch, {}};
}

StoreError SyncOutbox::appendOps(PushBatch& batch, const OutboxEntry& e, int entryIndex, bool& deferred)
{
    if (e.isDelete) {
        if (e.table == QLatin1String("user_settings"))
            return {};
        QJsonObject op{{QStringLiteral("table"), webTable(e.table)},
                       {QStringLiteral("op"), QStringLiteral("delete")},
                       {QStringLiteral("clientId"), e.rowId}};
        const QString id = e.fields.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            op.insert(QStringLiteral("id"), id);
        batch.ops.append(op);
        batch.info.append({entryIndex, {}, QStringLiteral("delete")});
        return {};
    }
    if (e.table == QLatin1String("messages"))
        return appendMessageOp(batch, e, entryIndex, deferred);
    return appendRowOp(batch, e, entryIndex, deferred);
}

StoreError SyncOutbox::appendRowOp(PushBatch& batch, const OutboxEntry& e, int entryIndex, bool& deferred)
{
    const SyncedEntity* entity = SyncedColumns::forLocalTable(e.table);
    if (!entity)
        return {};
    auto row = readRow(m_db, e.table, e.rowId);
    if (row.error.kind == StoreError::Kind::NotFound)
        return {}; // deleted since; its delete entry (if any) follows
    if (!row.ok())
        return row.error;
    const QSqlRecord& r = row.value;
    const QString remoteId = r.value(QStringLiteral("remote_id")).toString();
    const bool neverPushed = remoteId.isEmpty();
    const QJsonObject base = objectOf(r.value(QStringLiteral("remote_base")));
    const bool everything = neverPushed || e.fields.contains(QStringLiteral("*"));
    const auto localToRemote = [this](const QString& table, const QString& id) {
        return remoteIdOf(table, id);
    };

    QJsonObject fields;
    QJsonObject opBase;
    for (const auto& column : entity->columns) {
        if (!column.pushed || (!everything && !e.fields.contains(column.column)))
            continue;
        QJsonValue value;
        if (column.codec == SyncCodec::McpServers) {
            auto servers = SyncMcpServers::toWeb(m_db, e.rowId, base.value(column.field).toArray());
            if (!servers.ok())
                return servers.error;
            value = servers.value;
        } else {
            const auto web = SyncedColumns::toWeb(column, r.value(column.column), localToRemote);
            if (web.unresolved) {
                if (isQueued(web.dependsOnTable, web.dependsOnId)) {
                    deferred = true; // it goes once that row has a web id
                    return {};
                }
                continue; // refers to a row that stays on this device
            }
            value = web.value;
            if (value.isUndefined())
                continue; // nothing to send (e.g. never used yet)
        }
        if (column.field == QLatin1String("systemPrompt") && value.toString().size() > systemPromptCap) {
            qCWarning(lcSyncOutbox) << "the system prompt of harness" << e.rowId << "is longer than the web's"
                                    << systemPromptCap << "characters: it stays on this device";
            continue;
        }
        if (!neverPushed && base.contains(column.field) && base.value(column.field) == value)
            continue; // the web has it already
        fields.insert(column.field, value);
        if (!neverPushed && base.contains(column.field))
            opBase.insert(column.field, base.value(column.field));
    }
    if (fields.isEmpty())
        return {};
    QJsonObject op{{QStringLiteral("table"), entity->webTable},
                   {QStringLiteral("op"), QStringLiteral("upsert")},
                   {QStringLiteral("fields"), fields}};
    if (e.table != QLatin1String("user_settings"))
        op.insert(QStringLiteral("clientId"), e.rowId);
    if (!remoteId.isEmpty())
        op.insert(QStringLiteral("id"), remoteId);
    if (!opBase.isEmpty())
        op.insert(QStringLiteral("base"), opBase);
    batch.ops.append(op);
    batch.info.append({entryIndex, fields, QStringLiteral("upsert")});
    return {};
}

StoreError SyncOutbox::appendMessageOp(PushBatch& batch, const OutboxEntry& e, int entryIndex, bool& deferred)
{
    auto found = m_store.messages().get(e.rowId);
    if (found.error.kind == StoreError::Kind::NotFound)
        return {};
    if (!found.ok())
        return found.error;
    const Message& m = found.value;
    if (!WebMessageCodec::travels(m.role))
        return {}; // tool and system rows have no place on the web
    if (!m.remoteId.isEmpty()) {
        // On the web already, where a message never changes: only its becoming an earlier
        // version (edit & resend here) travels, as a supersede.
        if (!e.fields.contains(QStringLiteral("superseded_by")) || m.supersededBy.isEmpty())
            return {};
        QSqlQuery version(m_db.connection());
        version.prepare(QStringLiteral("SELECT remote_version_id FROM messages WHERE id = ?"));
        version.addBindValue(m.id);
        if (version.exec() && version.next() && !version.value(0).toString().isEmpty())
            return {}; // an earlier version there too
        const QString by = remoteIdOf(QStringLiteral("messages"), m.supersededBy);
        if (by.isEmpty()) {
            deferred = isQueued(QStringLiteral("messages"), m.supersededBy);
            return {};
        }
        batch.ops.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("messages")},
                                     {QStringLiteral("op"), QStringLiteral("supersede")},
                                     {QStringLiteral("clientId"), m.id},
                                     {QStringLiteral("id"), m.remoteId},
                                     {QStringLiteral("supersededBy"), by},
                                     {QStringLiteral("supersededAt"),
                                      double(e.fields.value(QStringLiteral("superseded_by")).toInteger())}});
        batch.info.append({entryIndex, {}, QStringLiteral("supersede")});
        return {};
    }
    if (m.status == MessageStatus::Streaming)
        return {}; // not final yet: it travels when it stops
    if (!m.supersededBy.isEmpty())
        return {}; // replaced before it ever reached the web: an earlier version on this device only
    const QString conversation = remoteIdOf(QStringLiteral("conversations"), m.conversationId);
    if (conversation.isEmpty()) {
        deferred = isQueued(QStringLiteral("conversations"), m.conversationId);
        if (!deferred)
            qCWarning(lcSyncOutbox) << "message" << m.id
                                    << "belongs to a conversation that stays on this device";
        return {};
    }
    batch.ops.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("messages")},
                                 {QStringLiteral("op"), QStringLiteral("insert")},
                                 {QStringLiteral("clientId"), m.id},
                                 {QStringLiteral("conversationId"), conversation},
                                 {QStringLiteral("fields"), WebMessageCodec::toWeb(m)}});
    batch.info.append({entryIndex, {}, QStringLiteral("insert")});
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

StoreResult<int> SyncOutbox::pendingCount()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox o WHERE o.tbl IN ('harnesses', 'conversations', "
                               "'messages', 'user_settings') AND NOT EXISTS (SELECT 1 FROM sync_excluded x "
                               "WHERE x.tbl = o.tbl AND x.row_id = o.row_id)")) ||
        !q.next())
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
        // Settings are the account's: the web's are pulled, not overwritten by this device's.
        for (const QString& table :
             {QStringLiteral("harnesses"), QStringLiteral("conversations"), QStringLiteral("messages")}) {
            // Ids of another account (or of the old desktop-only schema) mean nothing to this one.
            if (auto e = m_db.exec(QStringLiteral("UPDATE %1 SET remote_id = NULL, remote_hash = NULL WHERE "
                                                  "remote_id IS NOT NULL OR remote_hash IS NOT NULL")
                                       .arg(table)))
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
        for (const QString& table : {QStringLiteral("harnesses"), QStringLiteral("conversations"),
                                     QStringLiteral("user_settings")}) {
            if (auto e = m_db.exec(QStringLiteral("UPDATE %1 SET remote_base = NULL").arg(table)))
                return e;
        }
        for (const QString& statement :
             {QStringLiteral("UPDATE user_settings SET remote_id = NULL, remote_hash = NULL"),
              QStringLiteral("UPDATE messages SET remote_version_id = NULL, remote_created_at = NULL "
                             "WHERE remote_version_id IS NOT NULL OR remote_created_at IS NOT NULL"),
              QStringLiteral("UPDATE conversations SET remote_digest = NULL")}) {
            if (auto e = m_db.exec(statement))
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

StoreError SyncOutbox::setAccount(const QString& account)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET account = ? WHERE id = 1"));
    q.addBindValue(account.isEmpty() ? QVariant() : QVariant(account));
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return {};
}

StoreResult<qint64> SyncOutbox::lastSyncAt()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(last_sync_at, 0) FROM sync_state WHERE id = 1")) || !q.next())
        return {0, StoreError::fromSql(q.lastError())};
    return {q.value(0).toLongLong(), {}};
}

StoreError SyncOutbox::setLastSyncAt(qint64 ms)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_state SET last_sync_at = ? WHERE id = 1"));
    q.addBindValue(ms);
    if (!q.exec())
        return StoreError::fromSql(q.lastError());
    return {};
}

} // namespace harness::core
