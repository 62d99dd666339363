// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/itemmodels/day_group.h"
#include "core/model/conversation.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <functional>

namespace harness::core {

class RunRegistry;
class Store;

/// The sidebar: conversations pinned first, then newest first, with a header row opening each
/// group (Pinned / Today / Yesterday / Previous 7 Days / Older). Loads page by page through
/// canFetchMore()/fetchMore(), so a store with thousands of conversations opens at once. With a
/// run registry it shows which conversations are answering (streaming, then just finished).
class ConversationListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        LastMessageAtRole,
        PinnedRole,
        GroupRole,    ///< int(DayGroup)
        IsHeaderRole, ///< true for a group's header row
        LastHarnessIdRole,
        ActivityRole, ///< int(Activity): streaming now, or just finished
        UnreadRole,   ///< an answer finished here while the user looked elsewhere
    };
    enum class Activity { None, Streaming, JustFinished };
    Q_ENUM(Role)

    static constexpr int PageSize = 200;

    explicit ConversationListModel(Store& store, RunRegistry* runs = nullptr, QObject* parent = nullptr);
    ~ConversationListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Renames the conversation (Qt::EditRole or TitleRole) in the store.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Row of the conversation, or -1 when it is not loaded.
    int rowOf(const QString& conversationId) const;
    QString idAt(int row) const;
    int conversationCount() const { return int(m_conversations.size()); }

    /// For tests: the clock used for grouping (defaults to the current time).
    void setClock(std::function<QDateTime()> clock);
    /// Re-reads the loaded rows from the store (keeps at least as many rows loaded).
    void reload();
    /// Marks a conversation as streaming, just finished (shown for a few seconds), or idle.
    void setActivity(const QString& conversationId, Activity activity);
    /// Hides a conversation from the list (pending deletion) or shows it again, in its place.
    void setHidden(const QString& conversationId, bool hidden);
    bool isHidden(const QString& conversationId) const { return m_hidden.contains(conversationId); }
    /// The loaded conversation (title, pinned, ...); empty when it is not loaded.
    Conversation conversation(const QString& conversationId) const;

private:
    struct Row {
        bool header = false;
        DayGroup group = DayGroup::Older;
        int index = -1; ///< into m_conversations for conversation rows
    };
    void rebuildRows();
    void appendRows(QList<Row>& rows, qsizetype from, const QDateTime& now) const;
    void updateUnread(const QString& conversationId);
    void scheduleReload();
    void scheduleMidnightRegroup();
    DayGroup groupOf(const Conversation& conversation, const QDateTime& now) const;

    Store& m_store;
    QList<Conversation> m_conversations;
    QList<Row> m_rows;
    bool m_hasMore = true;
    std::function<QDateTime()> m_clock;
    QTimer m_reloadTimer;
    QTimer m_midnightTimer;
    QHash<QString, Activity> m_activity;
    QSet<QString> m_unread;
    QSet<QString> m_hidden;
};

} // namespace harness::core
