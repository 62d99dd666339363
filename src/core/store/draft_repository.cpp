// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/draft_repository.h"

#include "core/model/ids.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

StoreResult<QString> DraftRepository::load(const QString& conversationId)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT text FROM conversation_drafts WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return {{}, StoreError::fromSql(q.lastError())};
    return {q.next() ? q.value(0).toString() : QString(), {}};
}

StoreError DraftRepository::save(const QString& conversationId, const QString& text)
{
    return m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        if (text.trimmed().isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM conversation_drafts WHERE conversation_id = ?"));
            q.addBindValue(conversationId);
        } else {
            q.prepare(QStringLiteral("INSERT INTO conversation_drafts (conversation_id, text, updated_at) "
                                     "VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET "
                                     "text = excluded.text, updated_at = excluded.updated_at"));
            q.addBindValue(conversationId);
            q.addBindValue(text);
            q.addBindValue(nowMs());
        }
        if (!q.exec()) {
            auto e = StoreError::fromSql(q.lastError());
            if (e.detail.contains(QLatin1String("FOREIGN KEY")))
                e = StoreError::make(StoreError::Kind::NotFound, conversationId);
            return e;
        }
        return {};
    });
}

} // namespace harness::core
