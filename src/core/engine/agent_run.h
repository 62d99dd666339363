// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/provider_access.h"
#include "core/engine/tool_approval.h"
#include "core/llm/chat_request.h"
#include "core/llm/chat_result.h"
#include "core/llm/provider_config.h"
#include "core/model/harness.h"
#include "core/model/message_change.h"
#include "core/tools/tool_provider.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <chrono>

namespace harness::core {

class ChatStream;
class Store;
class StreamingMessageWriter;

struct RunSetup {
    QString conversationId;
    Harness harness;
    /// Where to send the request. When baseUrl is empty, the run asks its ProviderAccess first.
    ProviderConfig provider;
    QString apiKey;
    std::chrono::milliseconds stallTimeout = std::chrono::seconds(60);
    std::chrono::milliseconds flushInterval = std::chrono::milliseconds(250);
};

/// One answer to one conversation: streams from the model, records every delta in the store (in
/// batches), runs the tools the model asks for (approved by the policy, several at once), feeds
/// the results back and loops, up to the harness's iteration limit. Each model turn is its own
/// assistant message. Nothing here needs a window; stop() works at any moment.
class AgentRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentRun)
public:
    enum class State { Idle, Preparing, ListingTools, Streaming, RunningTools, Finished, Failed, Stopped };
    Q_ENUM(State)

    AgentRun(Store& store, QNetworkAccessManager* network, ToolProvider* tools, ToolApprovalPolicy* approval,
             RunSetup setup, QObject* parent = nullptr);
    /// Resolves the provider and key (when RunSetup has none) before the first request.
    void setProviderAccess(ProviderAccess* providers) { m_providers = providers; }
    ~AgentRun() override;

    void start();
    /// Stops the HTTP stream and cancels tool calls; the partial answer is kept as `stopped`.
    void stop();

    State state() const { return m_state; }
    bool isActive() const;
    const QString& conversationId() const { return m_setup.conversationId; }
    /// The assistant message being written (the latest turn's).
    QString currentMessageId() const;
    /// That message as it is now, also what is not saved yet; nullptr before the first turn.
    const Message* currentMessage() const;
    int turns() const { return m_turns; }

Q_SIGNALS:
    /// The answer being written changed: a token, reasoning, a tool call moving on, usage, its
    /// end, or a write to the store that failed (the text is kept in memory and retried).
    void messageChanged(const harness::core::MessageChange& change);
    /// Some servers could not list their tools; the others' tools are still offered.
    void toolsUnavailable(const QStringList& serverErrors);
    void finished(const QString& messageId);
    void failed(const QString& messageId, const QString& message);
    void stopped(const QString& messageId);

private:
    void listTools();
    void beginTurn();
    void onStreamFinished(const ChatResult& result);
    void onStreamFailed(const ChatError& error, const ChatResult& partial);
    void runToolCalls(const QList<ToolCall>& calls);
    void runOneCall(const ToolCall& call);
    void settleCall(const QString& callId, const ToolOutcome& outcome, ToolCallStatus status);
    void finishTurnWithTools();
    void endWith(State state, const QString& errorText);
    const ToolSpec* findTool(const QString& name) const;

    Store& m_store;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<ToolProvider> m_tools;
    QPointer<ToolApprovalPolicy> m_approval;
    QPointer<ProviderAccess> m_providers;
    RunSetup m_setup;
    State m_state = State::Idle;
    QList<ToolSpec> m_toolSpecs;
    QList<ChatMessage> m_history;
    int m_turns = 0;
    ChatStream* m_stream = nullptr;
    StreamingMessageWriter* m_writer = nullptr;
    QList<ToolCall> m_pendingCalls;
    QHash<QString, ToolInvocation*> m_invocations;
    QHash<QString, qint64> m_callStartedAt;
    int m_unsettled = 0;
    qint64 m_reasoningStartedAt = 0; ///< this turn's first reasoning token; 0 = none or done
    void endReasoning();
};

} // namespace harness::core
