// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/conversation_list_model.h"

#include "core/engine/run_registry.h"
#include "core/store/conversation_repository.h"
#include "core/store/store.h"
#include "core/store/unread_repository.h"

#include <algorithm>

namespace harness::core {

ConversationListModel::ConversationListModel(Store& store, RunRegistry* runs, QObject* parent)
    : QAbstractListModel(parent), m_store(store), m_clock([] { return QDateTime::currentDateTime(); })
{
    if (runs) { // which conversations are answering right now
        connect(runs, &RunRegistry::runStarted, this,
                [this](const QString& id) { setActivity(id, Activity::Streaming); });
        connect(runs, &RunRegistry::runFinished, this,
                [this](const QString& id) { setActivity(id, Activity::JustFinished); });
        connect(runs, &RunRegistry::runFailed, this,
                [this](const QString& id) { setActivity(id, Activity::None); });
        connect(runs, &RunRegistry::runStopped, this,
                [this](const QString& id) { setActivity(id, Activity::None); });
    }
    // Store changes arrive in bursts (a message appended touches the conversation twice): fold
    // them into one reload on the next turn of the event loop.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ConversationListModel::reload);
    connect(&m_store, &Store::conversationsChanged, this, &ConversationListModel::scheduleReload);
    connect(&m_store, &Store::conversationChanged, this, &ConversationListModel::scheduleReload);
    connect(&m_store, &Store::unreadChanged, this, &ConversationListModel::updateUnread);
    if (auto unread = m_store.unread().all(); unread.ok())
        m_unread = unread.value;
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
    case Qt::AccessibleTextRole: {
        const QString title = c.title.isEmpty() ? tr("New conversation") : c.title;
        if (m_activity.value(c.id) == Activity::Streaming)
            //: Screen reader text of a sidebar row whose answer is streaming; %1 is the title.
            return tr("%1, answering").arg(title);
        //: Screen reader text of a sidebar row with an answer not seen yet; %1 is the title.
        return m_unread.contains(c.id) ? tr("%1, unread").arg(title) : title;
    }
    case Qt::DisplayRole:
    case TitleRole:
        return c.title.isEmpty() ? tr("New conversation") : c.title;
    case Qt::EditRole:
        return c.title;
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
    case UnreadRole:
        return m_unread.contains(c.id);
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
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ConversationListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || m_rows.at(index.row()).header ||
        (role != Qt::EditRole && role != TitleRole))
        return false;
    const QString title = value.toString().trimmed();
    Conversation& c = m_conversations[m_rows.at(index.row()).index];
    if (title.isEmpty() || title == c.title)
        return false;
    if (m_store.conversations().rename(c.id, title))
        return false;
    c.title = title;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, TitleRole, Qt::ToolTipRole});
    return true;
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
    names.insert(ActivityRole, "activity");
    names.insert(UnreadRole, "unread");
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
    const qsizetype from = m_conversations.size();
    const int first = int(m_rows.size());
    m_conversations.append(page.value);
    QList<Row> added;
    if (!m_rows.isEmpty()) // continue the last group: a header only when the group changes
        added.append(m_rows.constLast());
    appendRows(added, from, m_clock());
    if (!m_rows.isEmpty())
        added.removeFirst();
    if (added.isEmpty())
        return;
    beginInsertRows({}, first, first + int(added.size()) - 1);
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

void ConversationListModel::setHidden(const QString& conversationId, bool hidden)
{
    if (hidden == m_hidden.contains(conversationId))
        return;
    if (hidden)
        m_hidden.insert(conversationId);
    else
        m_hidden.remove(conversationId);
    const bool loaded = std::any_of(m_conversations.cbegin(), m_conversations.cend(),
                                    [&](const Conversation& c) { return c.id == conversationId; });
    if (!loaded)
        return;
    beginResetModel();
    rebuildRows();
    endResetModel();
}

Conversation ConversationListModel::conversation(const QString& conversationId) const
{
    for (const Conversation& c : m_conversations) {
        if (c.id == conversationId)
            return c;
    }
    return {};
}

void ConversationListModel::updateUnread(const QString& conversationId)
{
    auto unread = m_store.unread().isUnread(conversationId);
    if (!unread.ok() || unread.value == m_unread.contains(conversationId))
        return;
    if (unread.value)
        m_unread.insert(conversationId);
    else
        m_unread.remove(conversationId);
    const int row = rowOf(conversationId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {UnreadRole});
}

void ConversationListModel::rebuildRows()
{
    m_rows.clear();
    appendRows(m_rows, 0, m_clock());
}

/// Rows for m_conversations[from..], after `rows` (whose last row, if any, sets the open group).
void ConversationListModel::appendRows(QList<Row>& rows, qsizetype from, const QDateTime& now) const
{
    bool haveGroup = !rows.isEmpty();
    DayGroup last = haveGroup ? rows.constLast().group : DayGroup::Older;
    for (qsizetype i = from; i < m_conversations.size(); ++i) {
        const Conversation& c = m_conversations.at(i);
        if (m_hidden.contains(c.id))
            continue;
        const DayGroup group = groupOf(c, now);
        if (!haveGroup || group != last) {
            rows.append(Row{true, group, -1});
            last = group;
            haveGroup = true;
        }
        rows.append(Row{false, group, int(i)});
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
