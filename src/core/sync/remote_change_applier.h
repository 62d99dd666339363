// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <map>
#include <memory>
#include <utility>

namespace harness::core {

class Database;

/// What one applied pull page changed locally, so the store's change signals can be emitted.
struct AppliedChanges {
    int rows = 0;
    bool harnesses = false;
    bool conversations = false;
    bool settings = false;
    bool mcpServers = false;
    QSet<QString> changedConversations; ///< fields or messages changed
    QSet<QString> removedMessagesIn;    ///< conversations that lost messages
    /// (conversation, replacing message) of branches that became earlier versions (edit & resend
    /// on another device), for Store::messagesSuperseded.
    QSet<std::pair<QString, QString>> supersededBranches;
    /// (conversation, message) of new messages (at the end of their conversation or placed
    /// before later ones), and of existing messages whose content changed: for
    /// Store::messageAdded / messageChanged, so an open conversation shows what arrived.
    QList<std::pair<QString, QString>> appendedMessages;
    QList<std::pair<QString, QString>> changedMessages;
};

/// Applies one `sync:pull` page to the local store in one transaction, with the outbox triggers
/// silenced (sync_state.applying = 1) so nothing echoes back. The server already merged per field;
/// locally the server's state wins, except for fields with a local edit still in the outbox that
/// is newer than the server's edit of that field, and rows deleted locally but not yet pushed.
/// Tombstones delete local rows; messages are append-only (a final local message never changes),
/// except for their branch mark `superseded_by` (edit & resend), which is last-writer-wins.
class RemoteChangeApplier final {
    Q_DISABLE_COPY_MOVE(RemoteChangeApplier)
public:
    explicit RemoteChangeApplier(Database& database) : m_db(database) {}

    /// Applies the page and stores its cursor, all or nothing.
    StoreError apply(const QJsonObject& page, AppliedChanges& changes);
    /// Deletes every synced row except those kept on this device only (sign-out "remove local
    /// copies", first sign-in "remove"), and empties the outbox.
    StoreError removeAllSyncedRows();

private:
    struct Pending {
        bool exists = false;
        bool isDelete = false;
        QJsonObject fields;
    };
    Pending pending(const QString& table, const QString& id);
    bool keepLocal(const Pending& p, const QString& column, const QJsonObject& doc,
                   const QString& field) const;
    bool rowExists(const QString& table, const QString& id);
    StoreError removeRow(const QString& table, const QString& id);
    StoreError upsertRow(const QString& table, const QString& id,
                         const QList<std::pair<QString, QVariant>>& values, const QJsonObject& doc);
    QSqlQuery& prepared(const QString& sql);
    StoreError inSavepoint(const std::function<StoreError()>& work);

    StoreError applyMcpServer(const QJsonObject& doc, AppliedChanges& changes);
    StoreError applyHarness(const QJsonObject& doc, AppliedChanges& changes);
    StoreError applyLinks(const QString& harnessId, const QJsonArray& mcps);
    StoreError applyConversation(const QJsonObject& doc, AppliedChanges& changes);
    StoreError applyMessage(const QJsonObject& doc, AppliedChanges& changes);
    StoreError applySettings(const QJsonObject& doc, AppliedChanges& changes);

    Database& m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements; // for one apply()
};

} // namespace harness::core
