// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message.h"

#include <QAbstractListModel>
#include <QSet>

namespace harness::core {

class Store;

/// The messages of one conversation, oldest first, as a window of loaded rows. Only the newest
/// page is read when a conversation opens; older pages are prepended on demand (fetchOlder), so
/// a conversation with ten thousand messages opens as fast as a short one. Jumping to an old
/// message (a search result) loads the pages around it instead of everything in between
/// (showAround); the window then ends before the newest messages (hasNewer) and grows downwards
/// with fetchNewer. New messages join the window only while it reaches the newest one.
class MessageListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RoleRole, ///< "user", "assistant", ...
        ContentRole,
        StatusRole, ///< "streaming", "complete", ...
        ModelRole,
        ErrorRole,
        CreatedAtRole,
        PartsRole, ///< QVariantList of part objects
        SeqRole,
        SupersededRole,          ///< bool: an earlier version, shown on request
        HasEarlierVersionRole,   ///< bool: this message replaced an earlier version (edited)
        EarlierVersionShownRole, ///< bool: that earlier version is shown above it
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    explicit MessageListModel(Store& store, QObject* parent = nullptr);
    ~MessageListModel() override;

    /// Shows `conversationId` (empty: nothing). Loads only the newest page.
    void setConversation(const QString& conversationId);
    const QString& conversationId() const { return m_conversationId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool hasOlder() const { return m_hasOlder; }
    /// Prepends up to `limit` messages before the oldest loaded one; returns how many were added.
    int fetchOlder(int limit = PageSize);
    /// False while the loaded window ends before the conversation's newest message.
    bool hasNewer() const { return m_hasNewer; }
    /// Appends up to `limit` messages after the newest loaded one; returns how many were added.
    int fetchNewer(int limit = PageSize);
    /// Loads `messageId` (a message of the shown conversation that is not superseded) with up to
    /// `each` messages before and after it, in place of the rows loaded now; false when there is
    /// no such message.
    bool showAround(const QString& messageId, int each = PageSize / 2);
    const Message& messageAt(int row) const { return m_messages.at(row); }
    /// Shows streamed text at once, before the batched write reaches the store.
    void appendDelta(const QString& messageId, const QString& delta);
    int rowOf(const QString& messageId) const;

    /// Shows (or hides again) the earlier version that `messageId` replaced, just above it, with
    /// SupersededRole set. Hiding also hides earlier versions shown inside it.
    void setEarlierVersionShown(const QString& messageId, bool shown);
    bool isEarlierVersionShown(const QString& messageId) const { return m_shownEarlier.contains(messageId); }

Q_SIGNALS:
    void conversationLoaded(const QString& conversationId);

private:
    void onMessageAdded(const QString& conversationId, const QString& messageId);
    void onMessageChanged(const QString& conversationId, const QString& messageId);
    void onMessagesRemoved(const QString& conversationId);
    void onMessagesSuperseded(const QString& conversationId, const QString& byMessageId);
    /// The block of shown earlier-version rows right above `row`.
    int earlierBlockStart(int row) const;

    Store& m_store;
    QString m_conversationId;
    QList<Message> m_messages;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    QSet<QString> m_replacing;    ///< messages that have an earlier version
    QSet<QString> m_shownEarlier; ///< messages whose earlier version is shown
};

} // namespace harness::core
