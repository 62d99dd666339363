// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/network_lanes.h"

#include <QNetworkProxy>

namespace harness::core {

NetworkLanes::NetworkLanes(QNetworkAccessManager* shared) : m_shared(shared)
{}

NetworkLanes::~NetworkLanes() = default;

int NetworkLanes::runsOn(const QNetworkAccessManager* lane) const
{
    int runs = 0;
    for (const auto* used : m_laneOf) {
        if (used == lane)
            ++runs;
    }
    return runs;
}

QNetworkAccessManager* NetworkLanes::acquire(const QString& conversationId)
{
    release(conversationId);
    if (!m_shared)
        return nullptr; // the run reports that it has no network
    QNetworkAccessManager* lane = nullptr;
    if (runsOn(m_shared) < RunsPerLane) {
        lane = m_shared;
    } else {
        for (const auto& extra : m_extra) {
            if (runsOn(extra.get()) < RunsPerLane) {
                lane = extra.get();
                break;
            }
        }
    }
    if (!lane) {
        m_extra.push_back(std::make_unique<QNetworkAccessManager>());
        lane = m_extra.back().get();
        // The same behaviour as the shared manager, whose settings the application chose.
        lane->setProxy(m_shared->proxy());
        lane->setRedirectPolicy(m_shared->redirectPolicy());
        lane->setTransferTimeout(m_shared->transferTimeout());
        lane->setStrictTransportSecurityEnabled(m_shared->isStrictTransportSecurityEnabled());
    }
    m_laneOf.insert(conversationId, lane);
    return lane;
}

void NetworkLanes::release(const QString& conversationId)
{
    m_laneOf.remove(conversationId);
}

} // namespace harness::core
