// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/unread_repository.h"

#include "core/model/ids.h"

#include <QSqlError>
#include <QSqlQuery>

namespace harness::core {

StoreError UnreadRepository::mark(const QString& conversationId, qint64 sinceMs)
{
    bool inserted = false;
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        // The conversation must exist (the foreign key says so too, but a clear NotFound is kinder).
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO conversation_unread (conversation_id, since) "
                                 "SELECT id, ? FROM conversations WHERE id = ?"));
        q.addBindValue(sinceMs > 0 ? sinceMs : nowMs());
        q.addBindValue(conversationId);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        inserted = q.numRowsAffected() > 0;
        if (inserted)
            return {};
        QSqlQuery exists(m_store.database().connection());
        exists.prepare(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"));
        exists.addBindValue(conversationId);
        if (!exists.exec())
            return StoreError::fromSql(exists.lastError());
        return exists.next() ? StoreError{} : StoreError::make(StoreError::Kind::NotFound, conversationId);
    });
    if (!error && inserted)
        Q_EMIT m_store.unreadChanged(conversationId);
    return error;
}

StoreError UnreadRepository::clear(const QString& conversationId)
{
    bool removed = false;
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("DELETE FROM conversation_unread WHERE conversation_id = ?"));
        q.addBindValue(conversationId);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        removed = q.numRowsAffected() > 0;
        return {};
    });
    if (!error && removed)
        Q_EMIT m_store.unreadChanged(conversationId);
    return error;
}

StoreResult<bool> UnreadRepository::isUnread(const QString& conversationId)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT 1 FROM conversation_unread WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return {false, StoreError::fromSql(q.lastError())};
    return {q.next(), {}};
}

StoreResult<QSet<QString>> UnreadRepository::all()
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT conversation_id FROM conversation_unread")))
        return {{}, StoreError::fromSql(q.lastError())};
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return {ids, {}};
}

} // namespace harness::core
