// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QString>
#include <memory>
#include <vector>

namespace harness::core {

/// Network managers for streaming answers, so that many conversations stream at once.
///
/// Qt's HTTP/1.1 client opens at most six connections per host for one QNetworkAccessManager and
/// queues further requests until one finishes (Qt 6.4 has no setting for it). A streaming answer
/// holds its connection for its whole length, so a seventh conversation answered by the same
/// plain-HTTP server (Ollama, LM Studio, a LiteLLM proxy) would not start until another answer
/// ended. Each conversation's run therefore takes a lane: the shared manager while it carries
/// fewer than RunsPerLane runs, then further managers created on demand (each with its own
/// connections) and kept for reuse. RunsPerLane is below six so that the shared manager keeps a
/// connection free for short requests (titles, model lists).
class NetworkLanes final {
public:
    static constexpr int RunsPerLane = 5;

    explicit NetworkLanes(QNetworkAccessManager* shared);
    ~NetworkLanes();
    NetworkLanes(const NetworkLanes&) = delete;
    NetworkLanes& operator=(const NetworkLanes&) = delete;

    /// The manager for the run of `conversationId` (which must not hold a lane yet).
    QNetworkAccessManager* acquire(const QString& conversationId);
    /// The run of `conversationId` ended: its lane carries one run less.
    void release(const QString& conversationId);

    /// Managers in use or kept, the shared one included (for tests and benchmarks).
    int laneCount() const { return 1 + int(m_extra.size()); }
    int runsOn(const QNetworkAccessManager* lane) const;

private:
    QPointer<QNetworkAccessManager> m_shared;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_extra;
    QHash<QString, QNetworkAccessManager*> m_laneOf; // conversation id -> its run's lane
};

} // namespace harness::core
