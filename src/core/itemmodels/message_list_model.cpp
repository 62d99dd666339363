// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/message_list_model.h"

#include "core/store/message_repository.h"
#include "core/store/store.h"

#include <QVariantList>

namespace harness::core {

MessageListModel::MessageListModel(Store& store, QObject* parent) : QAbstractListModel(parent), m_store(store)
{
    connect(&m_store, &Store::messageAdded, this, &MessageListModel::onMessageAdded);
    connect(&m_store, &Store::messageChanged, this, &MessageListModel::onMessageChanged);
    connect(&m_store, &Store::messagesRemoved, this, &MessageListModel::onMessagesRemoved);
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setConversation(const QString& conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_hasOlder = false;
    if (!conversationId.isEmpty()) {
        auto page = m_store.messages().page(conversationId, 0, PageSize);
        if (page.ok()) {
            m_messages = page.value;
            m_hasOlder = page.value.size() == PageSize;
        }
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
    case PartsRole: {
        QVariantList parts;
        for (const auto& part : m.parts)
            parts.append(part.toJson().toVariantMap());
        return parts;
    }
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
    return names;
}

int MessageListModel::fetchOlder()
{
    if (!m_hasOlder || m_messages.isEmpty())
        return 0;
    auto page = m_store.messages().page(m_conversationId, m_messages.constFirst().seq, PageSize);
    if (!page.ok())
        return 0;
    m_hasOlder = page.value.size() == PageSize;
    if (page.value.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(page.value.size()) - 1);
    m_messages = page.value + m_messages;
    endInsertRows();
    return int(page.value.size());
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

void MessageListModel::appendDelta(const QString& messageId, const QString& delta)
{
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    m_messages[row].content += delta;
    const auto idx = index(row);
    Q_EMIT dataChanged(idx, idx, {ContentRole, Qt::DisplayRole});
}

void MessageListModel::onMessageAdded(const QString& conversationId, const QString& messageId)
{
    if (conversationId != m_conversationId || rowOf(messageId) >= 0)
        return;
    auto message = m_store.messages().get(messageId);
    if (!message.ok())
        return;
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(message.value);
    endInsertRows();
}

void MessageListModel::onMessageChanged(const QString& conversationId, const QString& messageId)
{
    if (conversationId != m_conversationId)
        return;
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    auto message = m_store.messages().get(messageId);
    if (!message.ok())
        return;
    m_messages[row] = message.value;
    const auto idx = index(row);
    Q_EMIT dataChanged(idx, idx);
}

void MessageListModel::onMessagesRemoved(const QString& conversationId)
{
    if (conversationId == m_conversationId)
        setConversation({});
}

} // namespace harness::core
