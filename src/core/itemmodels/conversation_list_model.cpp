// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/conversation_list_model.h"

#include "core/store/conversation_repository.h"
#include "core/store/store.h"

#include <algorithm>

namespace harness::core {

ConversationListModel::ConversationListModel(Store& store, QObject* parent)
    : QAbstractListModel(parent), m_store(store), m_clock([] { return QDateTime::currentDateTime(); })
{
    // Store changes arrive in bursts (a message appended touches the conversation twice): fold
    // them into one reload on the next turn of the event loop.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ConversationListModel::reload);
    connect(&m_store, &Store::conversationsChanged, this, &ConversationListModel::scheduleReload);
    connect(&m_store, &Store::conversationChanged, this, &ConversationListModel::scheduleReload);
    m_midnightTimer.setSingleShot(true);
    connect(&m_midnightTimer, &QTimer::timeout, this, [this] {
        reload();
        scheduleMidnightRegroup();
    });
    fetchMore({});
    scheduleMidnightRegroup();
}

ConversationListModel::~ConversationListModel() = default;

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (row.header) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
        case TitleRole:
            return dayGroupTitle(row.group);
        case GroupRole:
            return int(row.group);
        case IsHeaderRole:
            return true;
        default:
            return {};
        }
    }
    const Conversation& c = m_conversations.at(row.index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case TitleRole:
        return c.title.isEmpty() ? tr("New conversation") : c.title;
    case Qt::ToolTipRole:
        return c.title;
    case IdRole:
        return c.id;
    case LastMessageAtRole:
        return c.lastMessageAt;
    case PinnedRole:
        return c.pinned;
    case GroupRole:
        return int(row.group);
    case IsHeaderRole:
        return false;
    case LastHarnessIdRole:
        return c.lastHarnessId;
    case ActivityRole:
        return int(m_activity.value(c.id, Activity::None));
    default:
        return {};
    }
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).header)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(TitleRole, "title");
    names.insert(LastMessageAtRole, "lastMessageAt");
    names.insert(PinnedRole, "pinned");
    names.insert(GroupRole, "group");
    names.insert(IsHeaderRole, "isHeader");
    names.insert(LastHarnessIdRole, "lastHarnessId");
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void ConversationListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    auto page = m_store.conversations().list(int(m_conversations.size()), PageSize);
    if (!page.ok()) {
        m_hasMore = false;
        return;
    }
    m_hasMore = page.value.size() == PageSize;
    if (page.value.isEmpty())
        return;
    // Appending may add a header, but never changes rows already shown.
    const QDateTime now = m_clock();
    const int first = int(m_rows.size());
    QList<Row> added;
    DayGroup last = m_rows.isEmpty() ? DayGroup::Older : m_rows.constLast().group;
    bool haveGroup = !m_rows.isEmpty();
    for (qsizetype i = 0; i < page.value.size(); ++i) {
        const DayGroup group = groupOf(page.value.at(i), now);
        if (!haveGroup || group != last) {
            added.append(Row{true, group, -1});
            last = group;
            haveGroup = true;
        }
        added.append(Row{false, group, int(m_conversations.size() + i)});
    }
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_conversations.append(page.value);
    m_rows.append(added);
    endInsertRows();
}

int ConversationListModel::rowOf(const QString& conversationId) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        if (!row.header && m_conversations.at(row.index).id == conversationId)
            return int(r);
    }
    return -1;
}

QString ConversationListModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).header)
        return {};
    return m_conversations.at(m_rows.at(row).index).id;
}

void ConversationListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    reload();
}

void ConversationListModel::reload()
{
    m_reloadTimer.stop();
    const int wanted = std::max<int>(PageSize, int(m_conversations.size()));
    auto page = m_store.conversations().list(0, wanted);
    if (!page.ok())
        return;
    beginResetModel();
    m_conversations = page.value;
    m_hasMore = page.value.size() == wanted;
    rebuildRows();
    endResetModel();
}

void ConversationListModel::setActivity(const QString& conversationId, Activity activity)
{
    if (activity == Activity::None)
        m_activity.remove(conversationId);
    else
        m_activity.insert(conversationId, activity);
    if (activity == Activity::JustFinished) {
        QTimer::singleShot(4000, this, [this, conversationId] {
            if (m_activity.value(conversationId) == Activity::JustFinished)
                setActivity(conversationId, Activity::None);
        });
    }
    const int row = rowOf(conversationId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ActivityRole});
}

void ConversationListModel::rebuildRows()
{
    m_rows.clear();
    const QDateTime now = m_clock();
    bool haveGroup = false;
    DayGroup last = DayGroup::Older;
    for (qsizetype i = 0; i < m_conversations.size(); ++i) {
        const DayGroup group = groupOf(m_conversations.at(i), now);
        if (!haveGroup || group != last) {
            m_rows.append(Row{true, group, -1});
            last = group;
            haveGroup = true;
        }
        m_rows.append(Row{false, group, int(i)});
    }
}

void ConversationListModel::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void ConversationListModel::scheduleMidnightRegroup()
{
    // Regroup when the local day changes, so "Today" becomes "Yesterday" while the app is open.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0, 1));
    m_midnightTimer.start(int(std::clamp<qint64>(now.msecsTo(midnight), 1000, 24LL * 3600 * 1000)));
}

DayGroup ConversationListModel::groupOf(const Conversation& conversation, const QDateTime& now) const
{
    return conversation.pinned ? DayGroup::Pinned : dayGroupFor(conversation.lastMessageAt, now);
}

} // namespace harness::core
