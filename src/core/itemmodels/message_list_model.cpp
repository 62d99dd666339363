// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/message_list_model.h"

#include "core/engine/run_registry.h"
#include "core/store/message_repository.h"
#include "core/store/store.h"

#include <QVariantList>

namespace harness::core {

MessageListModel::MessageListModel(Store& store, RunRegistry* runs, QObject* parent)
    : QAbstractListModel(parent), m_store(store), m_runs(runs)
{
    if (runs) {
        connect(runs, &RunRegistry::messageChanged, this, &MessageListModel::onLiveChange);
        connect(runs, &RunRegistry::runEnded, this, &MessageListModel::onRunEnded);
    }
    connect(&m_store, &Store::messageAdded, this, &MessageListModel::onMessageAdded);
    connect(&m_store, &Store::messageChanged, this, &MessageListModel::onMessageChanged);
    connect(&m_store, &Store::messagesRemoved, this, &MessageListModel::onMessagesRemoved);
    connect(&m_store, &Store::messagesSuperseded, this, &MessageListModel::onMessagesSuperseded);
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setConversation(const QString& conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_hasOlder = false;
    m_hasNewer = false;
    m_replacing.clear();
    m_shownEarlier.clear();
    m_live.clear();
    m_warnings.clear();
    m_revisions.clear();
    m_contentEpochs.clear();
    if (!conversationId.isEmpty()) {
        auto page = m_store.messages().page(conversationId, 0, PageSize);
        if (page.ok()) {
            m_messages = page.value;
            m_hasOlder = page.value.size() == PageSize;
        }
        m_replacing = m_store.messages().replacingMessages(conversationId).value;
        adoptLive(0, m_messages.size() - 1);
    }
    endResetModel();
    Q_EMIT conversationLoaded(conversationId);
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const Message& m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case IdRole:
        return m.id;
    case RoleRole:
        return roleName(m.role);
    case StatusRole:
        return statusName(m.status);
    case ModelRole:
        return m.model;
    case ErrorRole:
        return m.error;
    case CreatedAtRole:
        return m.createdAt;
    case SeqRole:
        return m.seq;
    case SupersededRole:
        return !m.supersededBy.isEmpty();
    case HasEarlierVersionRole:
        return m_replacing.contains(m.id);
    case EarlierVersionShownRole:
        return m_shownEarlier.contains(m.id);
    case WarningRole:
        return m_warnings.value(m.id);
    case RevisionRole:
        return m_revisions.value(m.id);
    case ContentEpochRole:
        return m_contentEpochs.value(m.id);
    case PartsRole:
        return m.parts.toJson().toVariantList();
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(RoleRole, "role");
    names.insert(ContentRole, "content");
    names.insert(StatusRole, "status");
    names.insert(ModelRole, "model");
    names.insert(ErrorRole, "error");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(PartsRole, "parts");
    names.insert(SeqRole, "seq");
    names.insert(SupersededRole, "superseded");
    names.insert(HasEarlierVersionRole, "hasEarlierVersion");
    names.insert(EarlierVersionShownRole, "earlierVersionShown");
    names.insert(WarningRole, "warning");
    names.insert(RevisionRole, "revision");
    names.insert(ContentEpochRole, "contentEpoch");
    return names;
}

int MessageListModel::fetchOlder(int limit)
{
    if (!m_hasOlder || m_messages.isEmpty())
        return 0;
    // The oldest row of the current branch (earlier versions shown above it are older still).
    qint64 before = m_messages.constFirst().seq;
    for (const auto& m : std::as_const(m_messages)) {
        if (m.supersededBy.isEmpty()) {
            before = m.seq;
            break;
        }
    }
    auto page = m_store.messages().page(m_conversationId, before, limit);
    if (!page.ok())
        return 0;
    m_hasOlder = page.value.size() == limit;
    if (page.value.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(page.value.size()) - 1);
    m_messages = page.value + m_messages;
    adoptLive(0, page.value.size() - 1);
    endInsertRows();
    return int(page.value.size());
}

int MessageListModel::fetchNewer(int limit)
{
    if (!m_hasNewer || m_messages.isEmpty())
        return 0;
    qint64 after = m_messages.constLast().seq;
    auto page = m_store.messages().pageAfter(m_conversationId, after, limit);
    if (!page.ok())
        return 0;
    m_hasNewer = page.value.size() == limit;
    if (page.value.isEmpty())
        return 0;
    const int first = int(m_messages.size());
    beginInsertRows({}, first, first + int(page.value.size()) - 1);
    m_messages += page.value;
    adoptLive(first, m_messages.size() - 1);
    endInsertRows();
    return int(page.value.size());
}

bool MessageListModel::showAround(const QString& messageId, int each)
{
    auto target = m_store.messages().get(messageId);
    if (!target.ok() || target.value.conversationId != m_conversationId ||
        !target.value.supersededBy.isEmpty())
        return false;
    const qint64 seq = target.value.seq;
    auto before = m_store.messages().page(m_conversationId, seq, each);
    auto after = m_store.messages().pageAfter(m_conversationId, seq, each);
    if (!before.ok() || !after.ok())
        return false;
    beginResetModel();
    m_messages = before.value;
    m_messages.append(target.value);
    m_messages += after.value;
    m_hasOlder = before.value.size() == each;
    m_hasNewer = after.value.size() == each;
    m_shownEarlier.clear();
    adoptLive(0, m_messages.size() - 1);
    endResetModel();
    return true;
}

int MessageListModel::rowOf(const QString& messageId) const
{
    // Newest messages change most often: search from the end.
    for (qsizetype r = m_messages.size() - 1; r >= 0; --r) {
        if (m_messages.at(r).id == messageId)
            return int(r);
    }
    return -1;
}

void MessageListModel::touch(const QString& messageId, bool contentReplaced)
{
    m_revisions.insert(messageId, ++m_clock);
    if (contentReplaced)
        m_contentEpochs.insert(messageId, m_clock);
}

void MessageListModel::adoptLive(qsizetype first, qsizetype last)
{
    if (!m_runs)
        return;
    for (qsizetype r = first; r <= last; ++r) {
        Message& m = m_messages[r];
        if (m.status != MessageStatus::Streaming)
            continue;
        if (const Message* live = m_runs->streamingMessage(m.conversationId, m.id)) {
            const qint64 seq = m.seq;
            m = *live;
            m.seq = seq;
            m_live.insert(m.id);
            touch(m.id, true);
        }
    }
}

void MessageListModel::onLiveChange(const MessageChange& change)
{
    if (change.conversationId != m_conversationId)
        return;
    const int row = rowOf(change.messageId);
    if (row < 0)
        return; // not loaded (outside the window): read from the store when it gets there
    using Kind = MessageChange::Kind;
    m_live.insert(change.messageId);
    change.applyTo(m_messages[row]);
    touch(change.messageId, change.kind == Kind::ContentSet);
    QList<int> roles;
    switch (change.kind) {
    case Kind::TextAppended:
        roles = {ContentRole, Qt::DisplayRole};
        break;
    case Kind::ContentSet:
        roles = {ContentRole, Qt::DisplayRole, ContentEpochRole};
        break;
    case Kind::ReasoningAppended:
    case Kind::PartSet:
        roles = {PartsRole};
        break;
    case Kind::StateSet:
        roles = {StatusRole, ErrorRole, ModelRole};
        break;
    case Kind::SaveFailed:
        m_warnings.insert(change.messageId, change.text);
        roles = {WarningRole};
        break;
    case Kind::Saved:
        m_warnings.remove(change.messageId);
        roles = {WarningRole};
        break;
    }
    roles.append(RevisionRole);
    const auto idx = index(row);
    Q_EMIT dataChanged(idx, idx, roles);
}

void MessageListModel::onRunEnded(const QString& conversationId)
{
    // The run's last write is in the store: from now on the store tells what changes.
    if (conversationId == m_conversationId)
        m_live.clear();
}

void MessageListModel::onMessageAdded(const QString& conversationId, const QString& messageId)
{
    if (conversationId != m_conversationId || rowOf(messageId) >= 0)
        return;
    auto message = m_store.messages().get(messageId);
    if (!message.ok() || !message.value.supersededBy.isEmpty())
        return;
    // The last row's position as stored now (a message synced before it moves it down).
    const qint64 lastSeq =
        m_messages.isEmpty() ? 0 : m_store.messages().get(m_messages.constLast().id).value.seq;
    if (m_messages.isEmpty() || message.value.seq > lastSeq) {
        // A window that ends before the newest message reads the new one when it gets there.
        if (m_hasNewer)
            return;
        const int row = int(m_messages.size());
        beginInsertRows({}, row, row);
        m_messages.append(message.value);
        adoptLive(row, row);
        endInsertRows();
        return;
    }
    // Placed among the rows shown (written earlier on another device and synced now): the store
    // moved the later messages down, so their positions are read again before it is inserted.
    auto positions = m_store.messages().positions(m_conversationId, m_messages.constFirst().seq);
    if (!positions.ok())
        return;
    for (auto& m : m_messages)
        m.seq = positions.value.value(m.id, m.seq);
    qsizetype row = 0;
    while (row < m_messages.size() && m_messages.at(row).seq < message.value.seq)
        ++row;
    if (row == 0 && m_hasOlder)
        return; // before the window: fetchOlder() reads it
    beginInsertRows({}, int(row), int(row));
    m_messages.insert(row, message.value);
    adoptLive(row, row);
    endInsertRows();
}

void MessageListModel::onMessageChanged(const QString& conversationId, const QString& messageId)
{
    if (conversationId != m_conversationId)
        return;
    if (m_live.contains(messageId))
        return; // the batched write of what the model has already
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    auto message = m_store.messages().get(messageId);
    if (!message.ok())
        return;
    m_messages[row] = message.value;
    touch(messageId, true);
    adoptLive(row, row);
    const auto idx = index(row);
    Q_EMIT dataChanged(idx, idx);
}

void MessageListModel::onMessagesRemoved(const QString& conversationId)
{
    if (conversationId == m_conversationId)
        setConversation({});
}

void MessageListModel::onMessagesSuperseded(const QString& conversationId, const QString& byMessageId)
{
    if (conversationId != m_conversationId)
        return;
    auto replaced = m_store.messages().supersededBy(byMessageId);
    if (!replaced.ok())
        return;
    m_replacing.insert(byMessageId);
    QSet<QString> ids;
    for (const auto& m : std::as_const(replaced.value))
        ids.insert(m.id);
    // Rows of the replaced branch leave the view, with any earlier versions shown inside it.
    for (qsizetype r = m_messages.size() - 1; r >= 0; --r) {
        const Message& m = m_messages.at(r);
        if (!ids.contains(m.id) && !(m.supersededBy.size() && ids.contains(m.supersededBy)))
            continue;
        m_shownEarlier.remove(m.id);
        beginRemoveRows({}, int(r), int(r));
        m_messages.removeAt(r);
        endRemoveRows();
    }
}

int MessageListModel::earlierBlockStart(int row) const
{
    int start = row;
    while (start > 0 && !m_messages.at(start - 1).supersededBy.isEmpty())
        --start;
    return start;
}

void MessageListModel::setEarlierVersionShown(QString messageId, bool shown)
{
    const int row = rowOf(messageId);
    if (row < 0 || shown == m_shownEarlier.contains(messageId) || !m_replacing.contains(messageId))
        return;
    if (shown) {
        auto earlier = m_store.messages().supersededBy(messageId);
        if (!earlier.ok() || earlier.value.isEmpty())
            return;
        m_shownEarlier.insert(messageId);
        beginInsertRows({}, row, row + int(earlier.value.size()) - 1);
        for (qsizetype i = 0; i < earlier.value.size(); ++i)
            m_messages.insert(row + i, earlier.value.at(i));
        endInsertRows();
        for (const auto& m : std::as_const(earlier.value)) {
            if (m.role == MessageRole::User && m_store.messages().supersededBy(m.id).value.size() > 0)
                m_replacing.insert(m.id);
        }
    } else {
        // Everything shown above it down to the current branch, nested earlier versions included.
        const int start = earlierBlockStart(row);
        for (int r = start; r < row; ++r)
            m_shownEarlier.remove(m_messages.at(r).id);
        m_shownEarlier.remove(messageId);
        if (start < row) {
            beginRemoveRows({}, start, row - 1);
            m_messages.remove(start, row - start);
            endRemoveRows();
        }
    }
    const auto idx = index(rowOf(messageId));
    Q_EMIT dataChanged(idx, idx, {EarlierVersionShownRole});
}

} // namespace harness::core
