// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/sync_subscriptions.h"

#include "core/sync/convex_sync_socket.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace harness::core {

namespace {
constexpr int conversationsPerGroup = 100; // desktop/sync:digests takes up to 100
}

SyncSubscriptions::SyncSubscriptions(ConvexSyncSocket* socket, QObject* parent)
    : QObject(parent), m_socket(socket)
{
    connect(m_socket, &ConvexSyncSocket::queryUpdated, this, &SyncSubscriptions::onQueryUpdated);
}

void SyncSubscriptions::start()
{
    if (m_stateQuery < 0)
        m_stateQuery = m_socket->subscribe(QStringLiteral("desktop/sync:state"), {});
}

void SyncSubscriptions::stop()
{
    if (m_stateQuery >= 0)
        m_socket->unsubscribe(m_stateQuery);
    m_stateQuery = -1;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        m_socket->unsubscribe(it.key());
    m_groups.clear();
    m_digests.clear();
}

void SyncSubscriptions::subscribeGroup(const QStringList& conversationIds)
{
    QJsonArray ids;
    for (const auto& id : conversationIds)
        ids.append(id);
    const int query = m_socket->subscribe(QStringLiteral("desktop/sync:digests"),
                                          {{QStringLiteral("conversationIds"), ids}});
    m_groups.insert(query, conversationIds);
}

void SyncSubscriptions::follow(const QStringList& conversationIds)
{
    if (m_stateQuery < 0)
        return;
    const QSet<QString> wanted(conversationIds.cbegin(), conversationIds.cend());
    QSet<QString> covered;
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        bool stale = false;
        for (const auto& id : it.value())
            stale = stale || !wanted.contains(id);
        if (!stale) {
            for (const auto& id : it.value())
                covered.insert(id);
            ++it;
            continue;
        }
        // A conversation of the group is gone: the group goes, its others are regrouped below.
        for (const auto& id : it.value())
            m_digests.remove(id);
        m_socket->unsubscribe(it.key());
        it = m_groups.erase(it);
    }
    QStringList group;
    for (const auto& id : conversationIds) {
        if (covered.contains(id))
            continue;
        group.append(id);
        if (group.size() == conversationsPerGroup) {
            subscribeGroup(group);
            group.clear();
        }
    }
    if (!group.isEmpty())
        subscribeGroup(group);
}

void SyncSubscriptions::onQueryUpdated(int queryId, const QJsonValue& value)
{
    if (queryId == m_stateQuery) {
        Q_EMIT changed();
        return;
    }
    const auto group = m_groups.find(queryId);
    if (group == m_groups.end())
        return;
    const auto answer = value.toObject();
    bool moved = false;
    for (const auto& row : answer.value(QStringLiteral("digests")).toArray()) {
        const auto digest = row.toObject();
        const QString id = digest.value(QStringLiteral("conversationId")).toString();
        const QString h = digest.value(QStringLiteral("h")).toString();
        if (m_digests.value(id) != h) {
            m_digests.insert(id, h);
            moved = true;
        }
    }
    if (answer.value(QStringLiteral("partial")).toBool() && group.value().size() > 1) {
        // Too much for one query: two smaller ones.
        const QStringList members = group.value();
        m_socket->unsubscribe(queryId);
        m_groups.erase(group);
        const qsizetype half = members.size() / 2;
        subscribeGroup(members.mid(0, half));
        subscribeGroup(members.mid(half));
    }
    if (moved)
        Q_EMIT changed();
}

} // namespace harness::core
