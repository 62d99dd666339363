// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/remote_change_applier.h"

#include "core/model/ids.h"
#include "core/store/database.h"
#include "core/sync/apply_context.h"
#include "core/sync/synced_columns.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace harness::core {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// A web field as the remote base keeps it: absent = null; MCP entries without tokens.
QJsonValue baseValue(const SyncedColumn& column, const QJsonValue& web)
{
    if (column.codec == SyncCodec::McpServers)
        return SyncMcpServers::withoutTokens(web.toArray());
    return web.isUndefined() ? QJsonValue(QJsonValue::Null) : web;
}

} // namespace

StoreError RemoteChangeApplier::writeRow(ApplyContext& ctx, const QString& table, const QString& localId,
                                         const QJsonObject& doc,
                                         const QList<std::pair<QString, QVariant>>& insertDefaults,
                                         AppliedChanges& changes)
{
    const SyncedEntity* entity = SyncedColumns::forLocalTable(table);
    QSqlQuery& existing = ctx.prepared(QStringLiteral("SELECT remote_base FROM %1 WHERE id = ?").arg(table));
    existing.addBindValue(localId);
    if (!existing.exec())
        return StoreError::fromSql(existing.lastError());
    const bool exists = existing.next();
    const QJsonObject oldBase =
        exists ? QJsonDocument::fromJson(existing.value(0).toString().toUtf8()).object() : QJsonObject{};
    existing.finish();
    const ApplyContext::Pending pending = ctx.pending(table, localId);
    if (pending.isDelete)
        return {}; // deleted here; the delete goes out next

    const auto remoteToLocal = [&ctx](const QString& t, const QString& id) {
        return ctx.localIdOf(t, id);
    };
    QList<std::pair<QString, QVariant>> values;
    QJsonObject base;
    bool linkServers = false;
    for (const auto& column : entity->columns) {
        const QJsonValue web = doc.value(column.field);
        const QJsonValue asBase = baseValue(column, web);
        if (column.pushed)
            base.insert(column.field, asBase);
        // An edit made here and not pushed yet stays, unless the web changed the field too.
        if (exists && column.pushed && pending.has(column.column) && oldBase.contains(column.field) &&
            oldBase.value(column.field) == asBase)
            continue;
        if (column.codec == SyncCodec::McpServers) {
            linkServers = true;
            continue;
        }
        const QVariant value = SyncedColumns::fromWeb(column, web, remoteToLocal);
        values.append({column.column, value});
        if (column.column == QLatin1String("pinned_at"))
            values.append({QStringLiteral("pinned"), !value.isNull()});
    }
    const qint64 now = nowMs();
    QStringList columns;
    QVariantList binds;
    QString sql;
    if (exists) {
        for (const auto& v : values) {
            columns.append(v.first + QStringLiteral(" = ?"));
            binds.append(v.second);
        }
        columns << QStringLiteral("remote_id = ?") << QStringLiteral("remote_hash = ?")
                << QStringLiteral("remote_base = ?") << QStringLiteral("updated_at = max(updated_at, ?)");
        binds << str(doc, "_id") << str(doc, "h") << jsonText(base) << now << localId;
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, columns.join(QStringLiteral(", ")));
    } else {
        columns.append(QStringLiteral("id"));
        binds.append(localId);
        for (const auto& v : values + insertDefaults) {
            columns.append(v.first);
            binds.append(v.second);
        }
        columns << QStringLiteral("remote_id") << QStringLiteral("remote_hash")
                << QStringLiteral("remote_base") << QStringLiteral("created_at")
                << QStringLiteral("updated_at");
        binds << str(doc, "_id") << str(doc, "h") << jsonText(base)
              << qint64(doc.value(QStringLiteral("_creationTime")).toDouble(double(now))) << now;
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }
    return ctx.inSavepoint([&]() -> StoreError {
        QSqlQuery& q = ctx.prepared(sql);
        for (const auto& v : std::as_const(binds))
            q.addBindValue(v);
        if (auto e = ApplyContext::run(q))
            return e;
        ++changes.rows;
        if (!linkServers)
            return {};
        changes.mcpServers = true;
        return SyncMcpServers::apply(ctx.db(), localId, doc.value(QStringLiteral("mcpServers")).toArray(),
                                     changes.tokens);
    });
}

StoreError RemoteChangeApplier::applyHarness(ApplyContext& ctx, const QJsonObject& doc,
                                             AppliedChanges& changes)
{
    const QString remoteId = str(doc, "_id");
    if (ctx.deletedHere(QStringLiteral("harnesses"), remoteId))
        return {};
    QString localId = ctx.localIdOf(QStringLiteral("harnesses"), remoteId);
    if (localId.isEmpty())
        localId = remoteId;
    changes.harnesses = true;
    return writeRow(ctx, QStringLiteral("harnesses"), localId, doc, {}, changes);
}

StoreError RemoteChangeApplier::applyHarnesses(const QJsonArray& docs, AppliedChanges& changes)
{
    return ApplyContext::applying(m_store.database(), [&](ApplyContext& ctx) -> StoreError {
        QSet<QString> listed;
        for (const auto& value : docs) {
            const QJsonObject doc = value.toObject();
            listed.insert(str(doc, "_id"));
            QSqlQuery& known =
                ctx.prepared(QStringLiteral("SELECT remote_hash FROM harnesses WHERE remote_id = ?"));
            known.addBindValue(str(doc, "_id"));
            if (known.exec() && known.next() && known.value(0).toString() == str(doc, "h"))
                continue; // unchanged since the store last saw it
            if (auto e = applyHarness(ctx, doc, changes))
                return e;
        }
        // Deleted on the web: gone here too (an unpushed edit of it cannot bring it back).
        QSqlQuery synced(ctx.db().connection());
        if (!synced.exec(QStringLiteral("SELECT id, remote_id FROM harnesses WHERE remote_id IS NOT NULL")))
            return StoreError::fromSql(synced.lastError());
        QStringList gone;
        while (synced.next()) {
            if (!listed.contains(synced.value(1).toString()))
                gone.append(synced.value(0).toString());
        }
        for (const auto& id : gone) {
            if (auto e = removeRow(ctx, QStringLiteral("harnesses"), id))
                return e;
            changes.harnesses = true;
            ++changes.rows;
        }
        return StoreError{};
    });
}

StoreError RemoteChangeApplier::applySettingsDoc(ApplyContext& ctx, const QJsonObject& doc,
                                                 AppliedChanges& changes)
{
    QSqlQuery& known = ctx.prepared(
        QStringLiteral("SELECT coalesce(remote_hash, '') FROM user_settings WHERE id = 'local'"));
    if (known.exec() && known.next() && known.value(0).toString() == str(doc, "h"))
        return {};
    changes.settings = true;
    return writeRow(ctx, QStringLiteral("user_settings"), QStringLiteral("local"), doc, {}, changes);
}

StoreError RemoteChangeApplier::applySettings(const QJsonObject& doc, AppliedChanges& changes)
{
    if (doc.isEmpty())
        return {};
    return ApplyContext::applying(m_store.database(),
                                  [&](ApplyContext& ctx) { return applySettingsDoc(ctx, doc, changes); });
}

StoreError RemoteChangeApplier::applyConversation(ApplyContext& ctx, const QJsonObject& doc,
                                                  AppliedChanges& changes)
{
    const QString remoteId = str(doc, "_id");
    if (ctx.deletedHere(QStringLiteral("conversations"), remoteId))
        return {};
    QString localId = ctx.localIdOf(QStringLiteral("conversations"), remoteId);
    if (localId.isEmpty())
        localId = remoteId;
    changes.conversations = true;
    changes.changedConversations.insert(localId);
    return writeRow(ctx, QStringLiteral("conversations"), localId, doc, {}, changes);
}

StoreError RemoteChangeApplier::applyConversations(const QJsonArray& docs, AppliedChanges& changes)
{
    return ApplyContext::applying(m_store.database(), [&](ApplyContext& ctx) -> StoreError {
        for (const auto& value : docs) {
            if (auto e = applyConversation(ctx, value.toObject(), changes))
                return e;
        }
        return StoreError{};
    });
}

StoreError RemoteChangeApplier::removeRow(ApplyContext& ctx, const QString& table, const QString& id)
{
    if (auto e = ctx.dropPending(table, id))
        return e;
    QSqlQuery& q = ctx.prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return ApplyContext::run(q);
}

StoreError RemoteChangeApplier::removeConversation(ApplyContext& ctx, const QString& localId,
                                                   AppliedChanges& changes)
{
    changes.conversations = true;
    changes.removedMessagesIn.insert(localId);
    ++changes.rows;
    QSqlQuery& drop = ctx.prepared(QStringLiteral("DELETE FROM outbox WHERE tbl = 'messages' AND row_id IN "
                                                  "(SELECT id FROM messages WHERE conversation_id = ?)"));
    drop.addBindValue(localId);
    if (auto e = ApplyContext::run(drop))
        return e;
    // What was typed here and never reached the web stays, on this device only, with a note.
    QSqlQuery& unpushed =
        ctx.prepared(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ? AND remote_id "
                                    "IS NULL AND role IN ('user', 'assistant')"));
    unpushed.addBindValue(localId);
    if (!unpushed.exec() || !unpushed.next())
        return StoreError::fromSql(unpushed.lastError());
    const int kept = unpushed.value(0).toInt();
    unpushed.finish();
    if (kept == 0)
        return removeRow(ctx, QStringLiteral("conversations"), localId);

    qCWarning(lcSyncApply) << "conversation" << localId << "was deleted on the web;" << kept
                           << "message(s) typed here and not synced yet are kept on this device only";
    const QString note = QCoreApplication::translate(
        "harness::core::RemoteChangeApplier",
        "Not synced: this conversation was deleted on the web or another device. This message is kept "
        "on this device only.");
    changes.keptLocalMessages += kept;
    changes.changedConversations.insert(localId);
    QStringList statements{
        QStringLiteral("DELETE FROM messages WHERE conversation_id = ? AND remote_id IS NOT NULL"),
        QStringLiteral("UPDATE messages SET error = CASE WHEN error = '' THEN ? ELSE error || ' ' || ? END "
                       "WHERE conversation_id = ?"),
        QStringLiteral("UPDATE conversations SET remote_id = NULL, remote_hash = NULL, remote_digest = NULL, "
                       "remote_base = NULL WHERE id = ?"),
        QStringLiteral("INSERT OR IGNORE INTO sync_excluded (tbl, row_id) VALUES ('conversations', ?)")};
    for (const auto& sql : statements) {
        QSqlQuery& q = ctx.prepared(sql);
        if (sql.contains(QLatin1String("error ||"))) {
            q.addBindValue(note);
            q.addBindValue(note);
        }
        q.addBindValue(localId);
        if (auto e = ApplyContext::run(q))
            return e;
    }
    return ctx.dropPending(QStringLiteral("conversations"), localId);
}

StoreError RemoteChangeApplier::removeConversations(const QStringList& localIds, AppliedChanges& changes)
{
    if (localIds.isEmpty())
        return {};
    return ApplyContext::applying(m_store.database(), [&](ApplyContext& ctx) -> StoreError {
        for (const auto& id : localIds) {
            if (auto e = removeConversation(ctx, id, changes))
                return e;
        }
        return StoreError{};
    });
}

StoreResult<QList<RemoteChangeApplier::SyncedConversation>> RemoteChangeApplier::syncedConversations()
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, remote_id, coalesce(remote_hash, ''), coalesce(remote_digest, '') "
                               "FROM conversations WHERE remote_id IS NOT NULL")))
        return {{}, StoreError::fromSql(q.lastError())};
    QList<SyncedConversation> out;
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return {out, {}};
}

StoreResult<QSet<QString>> RemoteChangeApplier::pendingDeletes()
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral("SELECT json_extract(fields, '$.id') FROM outbox WHERE op = 'delete'")))
        return {{}, StoreError::fromSql(q.lastError())};
    QSet<QString> out;
    while (q.next()) {
        if (!q.value(0).toString().isEmpty())
            out.insert(q.value(0).toString());
    }
    return {out, {}};
}

StoreError RemoteChangeApplier::recordPush(const PushBatch& batch, const QJsonArray& results,
                                           AppliedChanges& changes, QSet<int>* unfinished)
{
    return ApplyContext::applying(m_store.database(), [&](ApplyContext& ctx) -> StoreError {
        for (qsizetype i = 0; i < results.size() && i < batch.info.size(); ++i) {
            const QJsonObject r = results.at(i).toObject();
            const PushOpInfo& info = batch.info.at(i);
            const OutboxEntry& entry = batch.entries.at(info.entry);
            const QString result = str(r, "result");
            const QString id = str(r, "id");
            if (result == QLatin1String("rejected")) {
                const auto error = r.value(QStringLiteral("error")).toObject();
                qCWarning(lcSyncApply)
                    << "the web refused" << entry.table << entry.rowId << str(error, "code")
                    << str(error, "message") << "(kept on this device)";
                continue;
            }
            if (info.kind == QLatin1String("delete")) {
                if (r.value(QStringLiteral("more")).toBool() && unfinished)
                    unfinished->insert(info.entry);
                continue;
            }
            if (result == QLatin1String("deleted") || result == QLatin1String("not_found")) {
                // Deleted on the web (by another device) before this change arrived.
                if (entry.table == QLatin1String("conversations")) {
                    if (auto e = removeConversation(ctx, entry.rowId, changes))
                        return e;
                } else if (entry.table == QLatin1String("messages") && id.isEmpty()) {
                    // Its conversation is gone on the web: the pull removes the conversation and
                    // keeps this unsynced message on this device, with a note.
                } else if (entry.table == QLatin1String("messages")) {
                    QSqlQuery& owner =
                        ctx.prepared(QStringLiteral("SELECT conversation_id FROM messages WHERE id = ?"));
                    owner.addBindValue(entry.rowId);
                    if (owner.exec() && owner.next())
                        changes.removedMessagesIn.insert(owner.value(0).toString());
                    owner.finish();
                    if (auto e = removeRow(ctx, entry.table, entry.rowId))
                        return e;
                } else if (entry.table == QLatin1String("harnesses")) {
                    if (auto e = removeRow(ctx, entry.table, entry.rowId))
                        return e;
                    changes.harnesses = true;
                }
                continue;
            }
            if (info.kind == QLatin1String("insert") || info.kind == QLatin1String("supersede")) {
                // The message's web id and hash; after a supersede (or a retried insert of a
                // message superseded since) the earlier-version row it became, and its hash.
                QSqlQuery& q = ctx.prepared(QStringLiteral(
                    "UPDATE messages SET remote_id = coalesce(nullif(?, ''), remote_id), remote_version_id = "
                    "coalesce(nullif(?, ''), remote_version_id), remote_hash = coalesce(nullif(?, ''), "
                    "remote_hash) "
                    "WHERE id = ?"));
                q.addBindValue(id);
                q.addBindValue(str(r, "versionId"));
                q.addBindValue(str(r, "h"));
                q.addBindValue(entry.rowId);
                if (auto e = ApplyContext::run(q))
                    return e;
                continue;
            }
            // An upsert: the row's web id, hash, and the values sent become its base (except the
            // fields the web kept because someone changed them meanwhile).
            QSqlQuery& read =
                ctx.prepared(QStringLiteral("SELECT remote_base FROM %1 WHERE id = ?").arg(entry.table));
            read.addBindValue(entry.rowId);
            if (!read.exec())
                return StoreError::fromSql(read.lastError());
            if (!read.next())
                continue; // deleted here meanwhile
            QJsonObject base = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
            read.finish();
            QSet<QString> conflicts;
            for (const auto& field : r.value(QStringLiteral("conflicts")).toArray())
                conflicts.insert(field.toString());
            for (auto it = info.sent.constBegin(); it != info.sent.constEnd(); ++it) {
                if (!conflicts.contains(it.key()))
                    base.insert(it.key(), it.value());
            }
            QSqlQuery& write = ctx.prepared(
                QStringLiteral("UPDATE %1 SET remote_id = coalesce(nullif(?, ''), remote_id), remote_hash = "
                               "coalesce(nullif(?, ''), remote_hash), remote_base = ? WHERE id = ?")
                    .arg(entry.table));
            write.addBindValue(id);
            write.addBindValue(str(r, "h"));
            write.addBindValue(jsonText(base));
            write.addBindValue(entry.rowId);
            if (auto e = ApplyContext::run(write))
                return e;
            const QJsonObject doc = r.value(QStringLiteral("doc")).toObject();
            if (!conflicts.isEmpty() && !doc.isEmpty()) {
                qCInfo(lcSyncApply) << entry.table << entry.rowId
                                    << "changed on the web meanwhile:" << conflicts.values()
                                    << "take the web's value";
                QJsonObject stored = doc;
                if (!stored.contains(QStringLiteral("h")))
                    stored.insert(QStringLiteral("h"), str(r, "h"));
                // (The entry leaves the outbox with the batch, unless it changed again since.)
                if (entry.table == QLatin1String("harnesses"))
                    changes.harnesses = true;
                else if (entry.table == QLatin1String("conversations"))
                    changes.changedConversations.insert(entry.rowId);
                else
                    changes.settings = true;
                if (auto e = writeRow(ctx, entry.table, entry.rowId, stored, {}, changes))
                    return e;
            }
        }
        return StoreError{};
    });
}

StoreError RemoteChangeApplier::removeAllSyncedRows()
{
    return m_store.database().write([&]() -> StoreError {
        // Rows the user chose to keep on this device only stay (with the messages of such
        // conversations), and so do the device's own stdio MCP servers; links go with their
        // harness or server (ON DELETE CASCADE).
        const QString kept = QStringLiteral("(SELECT row_id FROM sync_excluded WHERE tbl = '%1')");
        QStringList statements{
            QStringLiteral("UPDATE sync_state SET applying = 1 WHERE id = 1"),
            QStringLiteral("DELETE FROM messages WHERE id NOT IN %1 AND conversation_id NOT IN %2")
                .arg(kept.arg(QStringLiteral("messages")), kept.arg(QStringLiteral("conversations")))};
        for (const auto& table : {"conversations", "harnesses", "user_settings"}) {
            statements.append(QStringLiteral("DELETE FROM %1 WHERE id NOT IN %2")
                                  .arg(QLatin1String(table), kept.arg(QLatin1String(table))));
        }
        statements << QStringLiteral("DELETE FROM mcp_servers WHERE transport != 'stdio' AND id NOT IN "
                                     "(SELECT server_id FROM harness_mcp_servers)")
                   << QStringLiteral("DELETE FROM outbox") << QStringLiteral("DELETE FROM sync_pending_links")
                   << QStringLiteral("UPDATE sync_state SET applying = 0 WHERE id = 1");
        for (const auto& s : statements) {
            if (auto e = m_store.database().exec(s))
                return e;
        }
        return StoreError{};
    });
}

} // namespace harness::core
