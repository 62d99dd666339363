// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/run_registry.h"

#include "core/engine/provider_access.h"

namespace harness::core {

RunRegistry::RunRegistry(Store& store, QNetworkAccessManager* network, ToolProvider* tools,
                         ToolApprovalPolicy* approval, QObject* parent)
    : QObject(parent), m_store(store), m_lanes(network), m_tools(tools), m_approval(approval)
{}

RunRegistry::~RunRegistry()
{
    stopAll();
}

AgentRun* RunRegistry::start(RunSetup setup)
{
    const QString conversationId = setup.conversationId;
    if (auto* old = m_runs.take(conversationId)) {
        old->disconnect(this); // nothing the old run does from now on reaches us
        old->stop();
        old->deleteLater();
    }
    auto* run =
        new AgentRun(m_store, m_lanes.acquire(conversationId), m_tools, m_approval, std::move(setup), this);
    run->setProviderAccess(m_providers);
    m_runs.insert(conversationId, run);
    // Forward only while `run` is still the conversation's run.
    const auto current = [this, run, conversationId] {
        return m_runs.value(conversationId) == run;
    };
    connect(run, &AgentRun::messageChanged, this, [=, this](const MessageChange& change) {
        if (current())
            Q_EMIT messageChanged(change);
    });
    connect(run, &AgentRun::toolsUnavailable, this, [=, this](const QStringList& errors) {
        if (current())
            Q_EMIT toolsUnavailable(conversationId, errors);
    });
    connect(run, &AgentRun::finished, this, [=, this](const QString& messageId) {
        if (!current())
            return;
        retire(run);
        Q_EMIT runFinished(conversationId, messageId);
        Q_EMIT runEnded(conversationId);
    });
    connect(run, &AgentRun::failed, this, [=, this](const QString& messageId, const QString& message) {
        if (!current())
            return;
        retire(run);
        Q_EMIT runFailed(conversationId, messageId, message);
        Q_EMIT runEnded(conversationId);
    });
    connect(run, &AgentRun::stopped, this, [=, this](const QString& messageId) {
        if (!current())
            return;
        retire(run);
        Q_EMIT runStopped(conversationId, messageId);
        Q_EMIT runEnded(conversationId);
    });
    Q_EMIT runStarted(conversationId);
    run->start();
    return run;
}

void RunRegistry::retire(AgentRun* run)
{
    m_runs.remove(run->conversationId());
    m_lanes.release(run->conversationId());
    run->deleteLater();
}

void RunRegistry::stop(const QString& conversationId)
{
    if (auto* run = m_runs.value(conversationId))
        run->stop(); // emits stopped -> retire
}

void RunRegistry::stopAll()
{
    const auto runs = m_runs.values();
    for (auto* run : runs)
        run->stop();
}

bool RunRegistry::isRunning(const QString& conversationId) const
{
    return m_runs.contains(conversationId);
}

QStringList RunRegistry::runningConversations() const
{
    return m_runs.keys();
}

AgentRun* RunRegistry::run(const QString& conversationId) const
{
    return m_runs.value(conversationId);
}

const Message* RunRegistry::streamingMessage(const QString& conversationId, const QString& messageId) const
{
    const AgentRun* run = m_runs.value(conversationId);
    const Message* message = run ? run->currentMessage() : nullptr;
    return message && message->id == messageId ? message : nullptr;
}

} // namespace harness::core
