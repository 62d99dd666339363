// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/message_repository.h"

#include "core/model/ids.h"
#include "core/store/row_queries.h"
#include "core/store/sql_values.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace harness::core {

namespace {

/// The columns a new message is written with (a new message is never superseded).
const QString insertColumns = QStringLiteral("id, conversation_id, seq, role, content, status, parts, model, "
                                             "error, created_at, updated_at, remote_id");
const QString columns = insertColumns + QStringLiteral(", superseded_by");

Message fromQuery(const QSqlQuery& q)
{
    Message m;
    m.id = q.value(0).toString();
    m.conversationId = q.value(1).toString();
    m.seq = q.value(2).toLongLong();
    m.role = messageRoleFromString(q.value(3).toString()).value_or(MessageRole::User);
    m.content = q.value(4).toString();
    m.status = messageStatusFromString(q.value(5).toString()).value_or(MessageStatus::Complete);
    m.parts = MessageParts::fromJsonText(q.value(6).toString());
    m.model = q.value(7).toString();
    m.error = q.value(8).toString();
    m.createdAt = q.value(9).toLongLong();
    m.updatedAt = q.value(10).toLongLong();
    m.remoteId = q.value(11).toString();
    m.supersededBy = q.value(12).toString();
    return m;
}

/// Inserts `message` at the end of its conversation, inside the caller's transaction.
StoreError insertMessage(Database& database, Message& message, qint64 now)
{
    auto db = database.connection();
    QSqlQuery seq(db);
    seq.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM messages WHERE conversation_id = ?"));
    seq.addBindValue(message.conversationId);
    if (!seq.exec() || !seq.next())
        return StoreError::fromSql(seq.lastError());
    message.seq = seq.value(0).toLongLong();

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO messages (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(insertColumns));
    q.addBindValue(message.id);
    q.addBindValue(message.conversationId);
    q.addBindValue(message.seq);
    q.addBindValue(roleName(message.role));
    q.addBindValue(sql::text(message.content));
    q.addBindValue(statusName(message.status));
    q.addBindValue(message.parts.toJsonText());
    q.addBindValue(sql::text(message.model));
    q.addBindValue(sql::text(message.error));
    q.addBindValue(message.createdAt);
    q.addBindValue(message.updatedAt);
    q.addBindValue(sql::nullable(message.remoteId));
    if (!q.exec()) {
        auto e = StoreError::fromSql(q.lastError());
        if (e.detail.contains(QLatin1String("FOREIGN KEY")))
            e = StoreError::make(StoreError::Kind::NotFound, message.conversationId);
        return e;
    }

    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE conversations SET last_message_at = max(last_message_at, ?), "
                                 "updated_at = ? WHERE id = ?"));
    touch.addBindValue(message.createdAt);
    touch.addBindValue(now);
    touch.addBindValue(message.conversationId);
    if (!touch.exec())
        return StoreError::fromSql(touch.lastError());
    return {};
}

void stamp(Message& message, qint64 now)
{
    if (message.id.isEmpty())
        message.id = newId();
    if (message.createdAt == 0)
        message.createdAt = now;
    message.updatedAt = now;
}

} // namespace

StoreError MessageRepository::append(Message& message)
{
    const qint64 now = nowMs();
    stamp(message, now);
    auto error = m_store.database().write([&] { return insertMessage(m_store.database(), message, now); });
    if (!error) {
        Q_EMIT m_store.messageAdded(message.conversationId, message.id);
        Q_EMIT m_store.conversationChanged(message.conversationId);
        Q_EMIT m_store.conversationsChanged();
    }
    return error;
}

StoreError MessageRepository::appendReplacing(const QString& replacedId, Message& message)
{
    auto replaced = get(replacedId);
    if (!replaced.ok())
        return replaced.error;
    if (!replaced.value.supersededBy.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, replacedId);
    message.conversationId = replaced.value.conversationId;
    const qint64 now = nowMs();
    stamp(message, now);
    auto error = m_store.database().write([&]() -> StoreError {
        if (auto e = insertMessage(m_store.database(), message, now))
            return e;
        QSqlQuery q(m_store.database().connection());
        q.prepare(
            QStringLiteral("UPDATE messages SET superseded_by = ?, updated_at = ? WHERE conversation_id = ? "
                           "AND seq >= ? AND id != ? AND superseded_by IS NULL"));
        q.addBindValue(message.id);
        q.addBindValue(now);
        q.addBindValue(message.conversationId);
        q.addBindValue(replaced.value.seq);
        q.addBindValue(message.id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return {};
    });
    if (!error) {
        Q_EMIT m_store.messagesSuperseded(message.conversationId, message.id);
        Q_EMIT m_store.messageAdded(message.conversationId, message.id);
        Q_EMIT m_store.conversationChanged(message.conversationId);
        Q_EMIT m_store.conversationsChanged();
    }
    return error;
}

StoreResult<Message> MessageRepository::get(const QString& id)
{
    return sql::selectOne<Message>(m_store.database(),
                                   QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(columns), id,
                                   fromQuery);
}

namespace {

/// Runs the prepared, bound `q` and reads every row as a message.
StoreResult<QList<Message>> collect(QSqlQuery& q)
{
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QList<Message> result;
    while (q.next())
        result.append(fromQuery(q));
    return {result, {}};
}

/// Up to `limit` messages of the current branch next to `seq`: the newest before it (returned
/// oldest first) or the oldest after it.
StoreResult<QList<Message>> pageBeside(Database& database, const QString& conversationId, qint64 seq,
                                       int limit, bool after)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND seq %2 ? "
                             "AND superseded_by IS NULL ORDER BY seq %3 LIMIT ?")
                  .arg(columns, after ? QStringLiteral(">") : QStringLiteral("<"),
                       after ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    q.addBindValue(conversationId);
    q.addBindValue(seq);
    q.addBindValue(limit);
    auto result = collect(q);
    if (!after)
        std::reverse(result.value.begin(), result.value.end());
    return result;
}

} // namespace

StoreResult<QList<Message>> MessageRepository::page(const QString& conversationId, qint64 beforeSeq,
                                                    int limit)
{
    return pageBeside(m_store.database(), conversationId,
                      beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max(), limit, false);
}

StoreResult<QList<Message>> MessageRepository::pageAfter(const QString& conversationId, qint64 afterSeq,
                                                         int limit)
{
    return pageBeside(m_store.database(), conversationId, afterSeq, limit, true);
}

StoreResult<QHash<QString, qint64>> MessageRepository::positions(const QString& conversationId,
                                                                 qint64 fromSeq)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, seq FROM messages WHERE conversation_id = ? AND seq >= ?"));
    q.addBindValue(conversationId);
    q.addBindValue(fromSeq);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QHash<QString, qint64> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return {result, {}};
}

StoreResult<int> MessageRepository::count(const QString& conversationId)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ? AND superseded_by IS NULL"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return {0, StoreError::fromSql(q.lastError())};
    return {q.value(0).toInt(), {}};
}

StoreResult<QList<Message>> MessageRepository::supersededBy(const QString& messageId)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    // Through the conversation's index: superseded_by has none of its own.
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = (SELECT conversation_id FROM "
                             "messages WHERE id = ?) AND superseded_by = ? ORDER BY seq")
                  .arg(columns));
    q.addBindValue(messageId);
    q.addBindValue(messageId);
    return collect(q);
}

StoreResult<QSet<QString>> MessageRepository::replacingMessages(const QString& conversationId)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT superseded_by FROM messages WHERE conversation_id = ? AND "
                             "superseded_by IS NOT NULL"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return {ids, {}};
}

StoreResult<QList<Message>> MessageRepository::allVersions(const QString& conversationId)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY seq").arg(columns));
    q.addBindValue(conversationId);
    return collect(q);
}

StoreResult<QList<Message>> MessageRepository::currentBranch(const QString& conversationId)
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? AND superseded_by IS NULL "
                             "ORDER BY seq")
                  .arg(columns));
    q.addBindValue(conversationId);
    return collect(q);
}

StoreError MessageRepository::setSupersededBy(const QString& messageId, const QString& byMessageId)
{
    if (messageId == byMessageId)
        return StoreError::make(StoreError::Kind::Invalid, messageId);
    auto current = get(messageId);
    if (!current.ok())
        return current.error;
    if (current.value.supersededBy == byMessageId)
        return {};
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        // updated_at moves: the mark is an edit of the message, pushed and merged like the others.
        q.prepare(QStringLiteral("UPDATE messages SET superseded_by = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(sql::nullable(byMessageId));
        q.addBindValue(nowMs());
        q.addBindValue(messageId);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return {};
    });
    if (!error) {
        if (!byMessageId.isEmpty())
            Q_EMIT m_store.messagesSuperseded(current.value.conversationId, byMessageId);
        Q_EMIT m_store.conversationChanged(current.value.conversationId);
    }
    return error;
}

StoreError MessageRepository::update(const Message& message)
{
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(
            QStringLiteral("UPDATE messages SET content = ?, status = ?, parts = ?, model = ?, error = ?, "
                           "updated_at = ? WHERE id = ?"));
        q.addBindValue(sql::text(message.content));
        q.addBindValue(statusName(message.status));
        q.addBindValue(message.parts.toJsonText());
        q.addBindValue(sql::text(message.model));
        q.addBindValue(sql::text(message.error));
        q.addBindValue(nowMs());
        q.addBindValue(message.id);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return q.numRowsAffected() == 0 ? StoreError::make(StoreError::Kind::NotFound, message.id)
                                        : StoreError{};
    });
    if (!error)
        Q_EMIT m_store.messageChanged(message.conversationId, message.id);
    return error;
}

StoreResult<int> MessageRepository::recoverInterrupted()
{
    int recovered = 0;
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("UPDATE messages SET status = 'interrupted', error = ?, updated_at = ? "
                                 "WHERE status = 'streaming'"));
        q.addBindValue(QCoreApplication::translate(
            "harness::core::MessageRepository",
            "Harness Desktop closed while this answer was streaming. The text received so far is kept; "
            "retry or continue it."));
        q.addBindValue(nowMs());
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        recovered = q.numRowsAffected();
        return {};
    });
    if (!error && recovered > 0)
        Q_EMIT m_store.conversationsChanged();
    return {recovered, error};
}

} // namespace harness::core
