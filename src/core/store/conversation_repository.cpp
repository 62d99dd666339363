// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/conversation_repository.h"

#include "core/model/ids.h"
#include "core/store/row_queries.h"
#include "core/store/sql_values.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

namespace {

const QString columns = QStringLiteral(
    "id, title, last_harness_id, last_message_at, pinned, archived, created_at, updated_at, remote_id, "
    "coalesce(pinned_at, 0), coalesce(edit_parent_id, ''), coalesce(forked_from_id, '')");
const QString baseColumns = QStringLiteral(
    "id, title, last_harness_id, last_message_at, pinned, archived, created_at, updated_at, remote_id");
/// The web hides its edit-fork siblings; so does the sidebar.
const QString listed = QStringLiteral("edit_parent_id IS NULL");

Conversation fromQuery(const QSqlQuery& q)
{
    Conversation c;
    c.id = q.value(0).toString();
    c.title = q.value(1).toString();
    c.lastHarnessId = q.value(2).toString();
    c.lastMessageAt = q.value(3).toLongLong();
    c.pinned = q.value(4).toBool();
    c.archived = q.value(5).toBool();
    c.createdAt = q.value(6).toLongLong();
    c.updatedAt = q.value(7).toLongLong();
    c.remoteId = q.value(8).toString();
    c.pinnedAt = q.value(9).toLongLong();
    c.editParentId = q.value(10).toString();
    c.forkedFromId = q.value(11).toString();
    return c;
}

} // namespace

StoreError ConversationRepository::create(Conversation& conversation)
{
    if (conversation.id.isEmpty())
        conversation.id = newId();
    const qint64 now = nowMs();
    if (conversation.createdAt == 0)
        conversation.createdAt = now;
    if (conversation.updatedAt == 0)
        conversation.updatedAt = now;
    if (conversation.lastMessageAt == 0)
        conversation.lastMessageAt = conversation.createdAt;
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("INSERT INTO conversations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(baseColumns));
        q.addBindValue(conversation.id);
        q.addBindValue(sql::text(conversation.title));
        q.addBindValue(sql::nullable(conversation.lastHarnessId));
        q.addBindValue(conversation.lastMessageAt);
        q.addBindValue(conversation.pinned);
        q.addBindValue(conversation.archived);
        q.addBindValue(conversation.createdAt);
        q.addBindValue(conversation.updatedAt);
        q.addBindValue(sql::nullable(conversation.remoteId));
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        if (!conversation.pinned && conversation.editParentId.isEmpty() &&
            conversation.forkedFromId.isEmpty())
            return {}; // (the columns of the web's fields came with schema version 7)
        QSqlQuery web(m_store.database().connection());
        web.prepare(QStringLiteral(
            "UPDATE conversations SET pinned_at = ?, edit_parent_id = ?, forked_from_id = ? WHERE id = ?"));
        web.addBindValue(conversation.pinned
                             ? QVariant(conversation.pinnedAt > 0 ? conversation.pinnedAt : now)
                             : QVariant());
        web.addBindValue(sql::nullable(conversation.editParentId));
        web.addBindValue(sql::nullable(conversation.forkedFromId));
        web.addBindValue(conversation.id);
        if (!web.exec())
            return StoreError::fromSql(web.lastError());
        return {};
    });
    if (!error)
        Q_EMIT m_store.conversationsChanged();
    return error;
}

StoreResult<Conversation> ConversationRepository::get(const QString& id)
{
    return sql::selectOne<Conversation>(
        m_store.database(), QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(columns), id,
        fromQuery);
}

StoreResult<Conversation> ConversationRepository::resolve(const QString& prefix)
{
    if (prefix.isEmpty())
        return {{}, StoreError::make(StoreError::Kind::NotFound, prefix)};
    QSqlQuery q(m_store.database().connection());
    // ids are lowercase hex and dashes; escape LIKE's wildcards in what the user typed anyway.
    QString pattern = prefix;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    q.prepare(
        QStringLiteral("SELECT %1 FROM conversations WHERE id LIKE ? ESCAPE '\\' LIMIT 2").arg(columns));
    q.addBindValue(QString(pattern + QLatin1Char('%')));
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    if (!q.next())
        return {{}, StoreError::make(StoreError::Kind::NotFound, prefix)};
    auto found = fromQuery(q);
    if (q.next() && found.id != prefix)
        return {{}, StoreError::make(StoreError::Kind::Invalid, prefix)};
    return {found, {}};
}

StoreResult<QList<Conversation>> ConversationRepository::list(int offset, int limit, bool includeArchived)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE %2%3 ORDER BY pinned DESC, pinned_at DESC, "
                             "last_message_at DESC, pk DESC LIMIT ? OFFSET ?")
                  .arg(columns, listed, includeArchived ? QString() : QStringLiteral(" AND archived = 0")));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QList<Conversation> result;
    result.reserve(limit);
    while (q.next())
        result.append(fromQuery(q));
    return {result, {}};
}

StoreResult<int> ConversationRepository::count(bool includeArchived)
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM conversations WHERE %1%2")
                    .arg(listed, includeArchived ? QString() : QStringLiteral(" AND archived = 0"))) ||
        !q.next())
        return {0, StoreError::fromSql(q.lastError())};
    return {q.value(0).toInt(), {}};
}

StoreError ConversationRepository::rename(const QString& id, const QString& title)
{
    return updateField(id, QStringLiteral("title"), sql::text(title.trimmed()), false);
}

StoreError ConversationRepository::setPinned(const QString& id, bool pinned)
{
    // pinned_at is what syncs (the web's pinnedAt); pinned follows it.
    return updateFields(id,
                        {{QStringLiteral("pinned"), pinned},
                         {QStringLiteral("pinned_at"), pinned ? QVariant(nowMs()) : QVariant()}},
                        true);
}

StoreError ConversationRepository::setArchived(const QString& id, bool archived)
{
    return updateField(id, QStringLiteral("archived"), archived, true);
}

StoreError ConversationRepository::setLastHarness(const QString& id, const QString& harnessId)
{
    return updateField(id, QStringLiteral("last_harness_id"), sql::nullable(harnessId), false);
}

StoreError ConversationRepository::updateField(const QString& id, const QString& column,
                                               const QVariant& value, bool reorders)
{
    return updateFields(id, {{column, value}}, reorders);
}

StoreError ConversationRepository::updateFields(const QString& id,
                                                const QList<std::pair<QString, QVariant>>& values,
                                                bool reorders)
{
    int changed = 0;
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        QStringList sets;
        for (const auto& v : values)
            sets.append(v.first + QStringLiteral(" = ?"));
        q.prepare(QStringLiteral("UPDATE conversations SET %1, updated_at = ? WHERE id = ?")
                      .arg(sets.join(QStringLiteral(", "))));
        for (const auto& v : values)
            q.addBindValue(v.second);
        q.addBindValue(nowMs());
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        changed = q.numRowsAffected();
        return changed == 0 ? StoreError::make(StoreError::Kind::NotFound, id) : StoreError{};
    });
    if (!error) {
        Q_EMIT m_store.conversationChanged(id);
        if (reorders)
            Q_EMIT m_store.conversationsChanged();
    }
    return error;
}

StoreError ConversationRepository::remove(const QString& id)
{
    auto error = sql::deleteById(m_store.database(), QStringLiteral("conversations"), id);
    if (!error) {
        Q_EMIT m_store.messagesRemoved(id);
        Q_EMIT m_store.conversationsChanged();
    }
    return error;
}

} // namespace harness::core
