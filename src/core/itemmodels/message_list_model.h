// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message_change.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace harness::core {

class RunRegistry;
class Store;

/// The messages of one conversation, oldest first, as a window of loaded rows. Only the newest
/// page is read when a conversation opens; older pages are prepended on demand (fetchOlder), so
/// a conversation with ten thousand messages opens as fast as a short one. Jumping to an old
/// message (a search result) loads the pages around it instead of everything in between
/// (showAround); the window then ends before the newest messages (hasNewer) and grows downwards
/// with fetchNewer. New messages join the window only while it reaches the newest one.
/// An answer being written follows the run's changes as they happen (RunRegistry::messageChanged:
/// every token, tool call and warning), not the store: its batched writes are not read back.
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
        /// Why the message could not be saved (disk full...: it is kept in memory and saved
        /// again at the next write); empty when it is saved.
        WarningRole,
        /// quint64, changes with every change of the row (for caches of what it shows).
        RevisionRole,
        /// quint64, changes when the content is replaced rather than added to: while it stays,
        /// the content only grew at its end.
        ContentEpochRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    /// `runs`: where answers being written are followed from (none: only the store).
    explicit MessageListModel(Store& store, RunRegistry* runs = nullptr, QObject* parent = nullptr);
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
    quint64 revisionAt(int row) const { return m_revisions.value(m_messages.at(row).id); }
    quint64 contentEpochAt(int row) const { return m_contentEpochs.value(m_messages.at(row).id); }
    QString warningAt(int row) const { return m_warnings.value(m_messages.at(row).id); }
    int rowOf(const QString& messageId) const;

    /// Shows (or hides again) the earlier version that `messageId` replaced, just above it, with
    /// SupersededRole set. Hiding also hides earlier versions shown inside it.
    /// `messageId` is taken by value: the rows (and the id a caller read from one) may change.
    void setEarlierVersionShown(QString messageId, bool shown);
    bool isEarlierVersionShown(const QString& messageId) const { return m_shownEarlier.contains(messageId); }

Q_SIGNALS:
    void conversationLoaded(const QString& conversationId);

private:
    void onLiveChange(const MessageChange& change);
    void onRunEnded(const QString& conversationId);
    /// Rows [first, last] just read from the store: an answer a run is writing shows what the run
    /// has (also what is not saved yet), and follows the run from now on.
    void adoptLive(qsizetype first, qsizetype last);
    /// The row's content was read again or replaced.
    void touch(const QString& messageId, bool contentReplaced);
    void onMessageAdded(const QString& conversationId, const QString& messageId);
    void onMessageChanged(const QString& conversationId, const QString& messageId);
    void onMessagesRemoved(const QString& conversationId);
    void onMessagesSuperseded(const QString& conversationId, const QString& byMessageId);
    /// The block of shown earlier-version rows right above `row`.
    int earlierBlockStart(int row) const;

    Store& m_store;
    QPointer<RunRegistry> m_runs;
    QString m_conversationId;
    QList<Message> m_messages;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    QSet<QString> m_replacing;    ///< messages that have an earlier version
    QSet<QString> m_shownEarlier; ///< messages whose earlier version is shown
    QSet<QString> m_live;         ///< answers followed from the run, not from the store
    QHash<QString, QString> m_warnings;
    QHash<QString, quint64> m_revisions;
    QHash<QString, quint64> m_contentEpochs;
    quint64 m_clock = 0; ///< the last revision given out
};

} // namespace harness::core
