// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/remote_message_applier.h"

#include "core/store/database.h"
#include "core/store/sql_values.h"
#include "core/sync/apply_context.h"
#include "core/sync/web_digest.h"
#include "core/sync/web_message_codec.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace harness::core {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

StoreResult<RemoteMessageApplier::Known> RemoteMessageApplier::known(const QString& localConversationId)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT remote_id, coalesce(remote_hash, ''), remote_version_id FROM messages "
                             "WHERE conversation_id = ? AND remote_id IS NOT NULL"));
    q.addBindValue(localConversationId);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    Known known;
    while (q.next()) {
        if (q.value(2).isNull())
            known.messages.insert(q.value(0).toString(), q.value(1).toString());
        else
            known.versions.insert(q.value(2).toString(), q.value(1).toString());
    }
    return {known, {}};
}

StoreResult<QString> RemoteMessageApplier::localDigest(const QString& localConversationId)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    // The web's order: creation time there; rows pushed from here since (no creation time known
    // yet) were appended in push order.
    q.prepare(QStringLiteral("SELECT remote_id, coalesce(remote_hash, ''), remote_version_id FROM messages "
                             "WHERE conversation_id = ? AND remote_id IS NOT NULL "
                             "ORDER BY remote_created_at IS NULL, remote_created_at, seq"));
    q.addBindValue(localConversationId);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QList<WebDigest::Entry> messages;
    QList<WebDigest::Entry> versions;
    while (q.next()) {
        if (q.value(2).isNull())
            messages.append({q.value(0).toString(), q.value(1).toString()});
        else
            versions.append({q.value(2).toString(), q.value(1).toString()});
    }
    return {WebDigest::ofConversation(messages, versions), {}};
}

StoreError RemoteMessageApplier::setDigest(const QString& localConversationId, const QString& digest)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("UPDATE conversations SET remote_digest = ? WHERE id = ?"));
    q.addBindValue(digest);
    q.addBindValue(localConversationId);
    return ApplyContext::run(q);
}

StoreError RemoteMessageApplier::apply(const QString& localConversationId, const QJsonArray& messages,
                                       const QJsonArray& versions, const QJsonObject* index,
                                       const QString& digest, AppliedChanges& changes)
{
    return ApplyContext::applying(m_store.database(), [&](ApplyContext& ctx) -> StoreError {
        if (index) {
            if (auto e = removeMissing(ctx, localConversationId, *index, versions, changes))
                return e;
        }
        for (const auto& doc : messages) {
            if (auto e = applyMessage(ctx, localConversationId, doc.toObject(), changes))
                return e;
        }
        for (const auto& doc : versions) {
            if (auto e = applyVersion(ctx, localConversationId, doc.toObject(), changes))
                return e;
        }
        if (index) {
            // The index's creation times put rows pushed from here in the web's order.
            QSqlQuery& order = ctx.prepared(QStringLiteral("UPDATE messages SET remote_created_at = ? WHERE "
                                                           "remote_id = ? AND remote_version_id IS NULL"));
            for (const auto& value : index->value(QStringLiteral("messages")).toArray()) {
                const auto entry = value.toObject();
                order.addBindValue(entry.value(QStringLiteral("_creationTime")).toDouble());
                order.addBindValue(str(entry, "_id"));
                if (auto e = ApplyContext::run(order))
                    return e;
            }
        }
        if (digest.isEmpty())
            return StoreError{};
        QSqlQuery& q =
            ctx.prepared(QStringLiteral("UPDATE conversations SET remote_digest = ? WHERE id = ?"));
        q.addBindValue(digest);
        q.addBindValue(localConversationId);
        return ApplyContext::run(q);
    });
}

StoreError RemoteMessageApplier::removeMissing(ApplyContext& ctx, const QString& conversationId,
                                               const QJsonObject& index, const QJsonArray& versions,
                                               AppliedChanges& changes)
{
    QSet<QString> messageIds;
    for (const auto& value : index.value(QStringLiteral("messages")).toArray())
        messageIds.insert(str(value.toObject(), "_id"));
    QSet<QString> versionIds;
    for (const auto& value : index.value(QStringLiteral("versions")).toArray())
        versionIds.insert(str(value.toObject(), "_id"));
    QSet<QString> becomingVersions; // messages that moved to the versions table
    for (const auto& value : versions)
        becomingVersions.insert(str(value.toObject(), "docId"));
    QSqlQuery& synced =
        ctx.prepared(QStringLiteral("SELECT id, remote_id, remote_version_id, status FROM messages WHERE "
                                    "conversation_id = ? AND remote_id IS NOT NULL"));
    synced.addBindValue(conversationId);
    if (!synced.exec())
        return StoreError::fromSql(synced.lastError());
    QStringList gone;
    while (synced.next()) {
        const bool isVersion = !synced.value(2).isNull();
        const bool listed = isVersion ? versionIds.contains(synced.value(2).toString())
                                      : messageIds.contains(synced.value(1).toString()) ||
                                            becomingVersions.contains(synced.value(1).toString());
        if (!listed && synced.value(3).toString() != QLatin1String("streaming"))
            gone.append(synced.value(0).toString());
    }
    synced.finish();
    // Deleted on the web (its regenerate, rewind, message delete): gone here too.
    for (const auto& id : gone) {
        if (auto e = ctx.dropPending(QStringLiteral("messages"), id))
            return e;
        QSqlQuery& remove = ctx.prepared(QStringLiteral("DELETE FROM messages WHERE id = ?"));
        remove.addBindValue(id);
        if (auto e = ApplyContext::run(remove))
            return e;
        ++changes.rows;
    }
    if (!gone.isEmpty()) {
        changes.removedMessagesIn.insert(conversationId);
        changes.changedConversations.insert(conversationId);
    }
    return {};
}

StoreError RemoteMessageApplier::applyMessage(ApplyContext& ctx, const QString& conversationId,
                                              const QJsonObject& doc, AppliedChanges& changes)
{
    const QString remoteId = str(doc, "_id");
    const QString localId = ctx.localIdOf(QStringLiteral("messages"), remoteId);
    const QJsonObject remote{{QStringLiteral("id"), remoteId},
                             {QStringLiteral("h"), str(doc, "h")},
                             {QStringLiteral("createdAt"), doc.value(QStringLiteral("_creationTime"))}};
    if (localId.isEmpty())
        return insertMessage(ctx, conversationId, remoteId, doc, remote, changes);
    QSqlQuery& local =
        ctx.prepared(QStringLiteral("SELECT coalesce(remote_hash, ''), status FROM messages WHERE id = ?"));
    local.addBindValue(localId);
    if (!local.exec() || !local.next())
        return StoreError::fromSql(local.lastError());
    const bool same = local.value(0).toString() == str(doc, "h");
    const bool streamingHere = local.value(1).toString() == QLatin1String("streaming");
    local.finish();
    if (same || streamingHere)
        return {};
    // Changed on the web (a rewind into the message, usage that arrived later): take its version.
    const Message m = WebMessageCodec::fromWeb(doc);
    QSqlQuery& q = ctx.prepared(QStringLiteral(
        "UPDATE messages SET content = ?, status = ?, parts = ?, model = ?, error = ?, remote_id = ?, "
        "remote_hash = ?, remote_created_at = ?, remote_version_id = NULL WHERE id = ?"));
    for (const QVariant& v :
         {sql::text(m.content), QVariant(statusName(m.status)), QVariant(WebMessageCodec::partsColumn(m)),
          sql::text(m.model), sql::text(m.error), QVariant(remoteId), QVariant(str(doc, "h")),
          QVariant(doc.value(QStringLiteral("_creationTime")).toDouble()), QVariant(localId)})
        q.addBindValue(v);
    ++changes.rows;
    changes.changedConversations.insert(conversationId);
    changes.changedMessages.append({conversationId, localId});
    return ctx.inSavepoint([&] { return ApplyContext::run(q); });
}

StoreError RemoteMessageApplier::applyVersion(ApplyContext& ctx, const QString& conversationId,
                                              const QJsonObject& doc, AppliedChanges& changes)
{
    const QString docId = str(doc, "docId");
    const QString by = ctx.localIdOf(QStringLiteral("messages"), str(doc, "supersededBy"));
    const QString supersededBy = by.isEmpty() ? str(doc, "supersededBy") : by;
    const QString localId = ctx.localIdOf(QStringLiteral("messages"), docId);
    const QJsonObject remote{{QStringLiteral("id"), docId},
                             {QStringLiteral("versionId"), str(doc, "_id")},
                             {QStringLiteral("h"), str(doc, "h")},
                             {QStringLiteral("createdAt"), doc.value(QStringLiteral("_creationTime"))},
                             {QStringLiteral("supersededBy"), supersededBy}};
    changes.supersededBranches.insert({conversationId, supersededBy});
    changes.changedConversations.insert(conversationId);
    if (localId.isEmpty()) {
        // The version keeps the message without its _id and _creationTime (in createdAt).
        QJsonObject message = doc.value(QStringLiteral("message")).toObject();
        if (!message.contains(QStringLiteral("_creationTime")))
            message.insert(QStringLiteral("_creationTime"), doc.value(QStringLiteral("createdAt")));
        return insertMessage(ctx, conversationId, docId, message, remote, changes);
    }
    QSqlQuery& q = ctx.prepared(QStringLiteral(
        "UPDATE messages SET superseded_by = ?, remote_id = ?, remote_version_id = ?, remote_hash = ?, "
        "remote_created_at = ? WHERE id = ?"));
    for (const QVariant& v :
         {QVariant(supersededBy), QVariant(docId), QVariant(str(doc, "_id")), QVariant(str(doc, "h")),
          QVariant(doc.value(QStringLiteral("_creationTime")).toDouble()), QVariant(localId)})
        q.addBindValue(v);
    ++changes.rows;
    return ctx.inSavepoint([&] { return ApplyContext::run(q); });
}

StoreError RemoteMessageApplier::insertMessage(ApplyContext& ctx, const QString& conversationId,
                                               const QString& id, const QJsonObject& doc,
                                               const QJsonObject& remote, AppliedChanges& changes)
{
    const Message m = WebMessageCodec::fromWeb(doc);
    const qint64 createdAt = m.createdAt;
    const QString supersededBy = str(remote, "supersededBy");
    changes.conversations = true;
    changes.changedConversations.insert(conversationId);
    ++changes.rows;
    return ctx.inSavepoint([&]() -> StoreError {
        // The web's order is creation time: a message made earlier elsewhere goes before the
        // later ones already here.
        QSqlQuery& place = ctx.prepared(QStringLiteral(
            "SELECT min(seq), (SELECT coalesce(max(seq), 0) + 1 FROM messages WHERE conversation_id = ?) "
            "FROM messages WHERE conversation_id = ? AND created_at > ?"));
        place.addBindValue(conversationId);
        place.addBindValue(conversationId);
        place.addBindValue(createdAt);
        if (!place.exec() || !place.next())
            return StoreError::fromSql(place.lastError());
        qint64 seq = place.value(1).toLongLong();
        const bool atTheEnd = place.value(0).isNull();
        if (!atTheEnd)
            seq = place.value(0).toLongLong();
        place.finish();
        if (!atTheEnd) {
            QSqlQuery& shift = ctx.prepared(
                QStringLiteral("UPDATE messages SET seq = seq + 1 WHERE conversation_id = ? AND seq >= ?"));
            shift.addBindValue(conversationId);
            shift.addBindValue(seq);
            if (auto e = ApplyContext::run(shift))
                return e;
        }
        QSqlQuery& q = ctx.prepared(QStringLiteral(
            "INSERT INTO messages (id, conversation_id, seq, role, content, status, parts, model, error, "
            "created_at, "
            "updated_at, remote_id, superseded_by, remote_hash, remote_created_at, remote_version_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(id), QVariant(conversationId), QVariant(seq), QVariant(roleName(m.role)),
              sql::text(m.content), QVariant(statusName(m.status)), QVariant(WebMessageCodec::partsColumn(m)),
              sql::text(m.model), sql::text(m.error), QVariant(createdAt), QVariant(createdAt),
              QVariant(str(remote, "id")), sql::nullable(supersededBy), QVariant(str(remote, "h")),
              QVariant(remote.value(QStringLiteral("createdAt")).toDouble()),
              sql::nullable(str(remote, "versionId"))})
            q.addBindValue(v);
        if (auto e = ApplyContext::run(q))
            return e;
        if (supersededBy.isEmpty()) // an open view shows it where it belongs
            changes.appendedMessages.append({conversationId, id});
        QSqlQuery& touch = ctx.prepared(QStringLiteral(
            "UPDATE conversations SET last_message_at = max(last_message_at, ?) WHERE id = ?"));
        touch.addBindValue(createdAt);
        touch.addBindValue(conversationId);
        return ApplyContext::run(touch);
    });
}

} // namespace harness::core
