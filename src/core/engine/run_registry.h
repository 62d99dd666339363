// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/agent_run.h"
#include "core/engine/network_lanes.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>

namespace harness::core {

/// One active run per conversation, any number of conversations at once. Starting a run in a
/// conversation stops its old run first, and the old run can never again reach the new run's
/// state or these signals: it is disconnected before it is stopped. Every signal names its
/// conversation. Runs stream on NetworkLanes, so no conversation waits for another's connection.
/// What it tells: the runs' lifecycle, and one event, messageChanged(), for everything that
/// happens to the answers being written (models apply it to their copy of the message).
class RunRegistry final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunRegistry)
public:
    RunRegistry(Store& store, QNetworkAccessManager* network, ToolProvider* tools,
                ToolApprovalPolicy* approval, QObject* parent = nullptr);
    ~RunRegistry() override;

    /// Starts an answer in setup.conversationId, replacing a run already there.
    AgentRun* start(RunSetup setup);
    void stop(const QString& conversationId);
    void stopAll();
    bool isRunning(const QString& conversationId) const;
    QStringList runningConversations() const;
    AgentRun* run(const QString& conversationId) const;
    /// The message `messageId` as a run is writing it now (also what is not saved yet); nullptr
    /// when no run writes it.
    const Message* streamingMessage(const QString& conversationId, const QString& messageId) const;
    /// The network managers runs stream on (see NetworkLanes).
    const NetworkLanes& lanes() const { return m_lanes; }

    void setToolProvider(ToolProvider* tools) { m_tools = tools; }
    void setApprovalPolicy(ToolApprovalPolicy* approval) { m_approval = approval; }
    /// Where runs without a provider in their setup find one.
    void setProviderAccess(ProviderAccess* providers) { m_providers = providers; }

Q_SIGNALS:
    void runStarted(const QString& conversationId);
    /// Some servers could not list their tools when the run began; the others' are offered.
    void toolsUnavailable(const QString& conversationId, const QStringList& serverErrors);
    /// An answer being written changed (see MessageChange; `change.conversationId` names it).
    void messageChanged(const harness::core::MessageChange& change);
    void runFinished(const QString& conversationId, const QString& messageId);
    void runFailed(const QString& conversationId, const QString& messageId, const QString& message);
    void runStopped(const QString& conversationId, const QString& messageId);
    /// After any of the three above: the conversation has no run any more.
    void runEnded(const QString& conversationId);

private:
    void retire(AgentRun* run);

    Store& m_store;
    NetworkLanes m_lanes;
    QPointer<ToolProvider> m_tools;
    QPointer<ToolApprovalPolicy> m_approval;
    QPointer<ProviderAccess> m_providers;
    QHash<QString, AgentRun*> m_runs;
};

} // namespace harness::core
