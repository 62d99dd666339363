// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/deferred_deletion.h"

#include "core/itemmodels/conversation_list_model.h"
#include "core/store/conversation_repository.h"
#include "core/store/store.h"

namespace harness::core {

DeferredDeletion::DeferredDeletion(Store& store, ConversationListModel& list, QObject* parent)
    : QObject(parent), m_store(store), m_list(list)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultWindow);
    connect(&m_timer, &QTimer::timeout, this, [this] { commit(); });
}

DeferredDeletion::~DeferredDeletion()
{
    if (!m_pendingId.isEmpty())
        commit();
}

StoreError DeferredDeletion::schedule(const QString& conversationId)
{
    if (conversationId == m_pendingId && !m_pendingId.isEmpty())
        return {};
    const auto conversation = m_store.conversations().get(conversationId);
    if (!conversation.ok())
        return conversation.error;
    if (auto error = commit())
        return error;
    m_pendingId = conversationId;
    m_pendingTitle = conversation.value.title;
    m_list.setHidden(conversationId, true);
    m_timer.start();
    Q_EMIT scheduled(m_pendingId, m_pendingTitle);
    return {};
}

bool DeferredDeletion::undo()
{
    if (m_pendingId.isEmpty())
        return false;
    m_timer.stop();
    const QString id = std::exchange(m_pendingId, QString());
    m_pendingTitle.clear();
    m_list.setHidden(id, false);
    Q_EMIT undone(id);
    return true;
}

StoreError DeferredDeletion::commit()
{
    if (m_pendingId.isEmpty())
        return {};
    m_timer.stop();
    const QString id = std::exchange(m_pendingId, QString());
    m_pendingTitle.clear();
    Q_EMIT aboutToDelete(id);
    auto error = m_store.conversations().remove(id);
    if (error && error.kind != StoreError::Kind::NotFound) {
        m_list.setHidden(id, false);
        Q_EMIT failed(id, error.userMessage());
        return error;
    }
    m_list.reload();             // the row is gone from the store...
    m_list.setHidden(id, false); // ...so forgetting the mark shows nothing again
    Q_EMIT deleted(id);
    return {};
}

} // namespace harness::core
