// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/agent_run.h"

#include "core/engine/history_builder.h"
#include "core/engine/part_conversions.h"
#include "core/engine/provider_access.h"
#include "core/engine/streaming_message_writer.h"
#include "core/llm/chat_stream.h"
#include "core/llm/web_model_map.h"
#include "core/model/ids.h"
#include "core/store/message_repository.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace harness::core {

AgentRun::AgentRun(Store& store, QNetworkAccessManager* network, ToolProvider* tools,
                   ToolApprovalPolicy* approval, RunSetup setup, QObject* parent)
    : QObject(parent), m_store(store), m_network(network), m_tools(tools), m_approval(approval),
      m_setup(std::move(setup))
{}

AgentRun::~AgentRun()
{
    if (isActive())
        stop();
}

bool AgentRun::isActive() const
{
    return m_state == State::Idle || m_state == State::Preparing || m_state == State::ListingTools ||
           m_state == State::Streaming || m_state == State::RunningTools;
}

QString AgentRun::currentMessageId() const
{
    return m_writer ? m_writer->message().id : QString();
}

const Message* AgentRun::currentMessage() const
{
    return m_writer ? &m_writer->message() : nullptr;
}

void AgentRun::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Preparing;
    auto history = HistoryBuilder::build(m_store, m_setup.conversationId, m_setup.harness);
    if (!history.ok()) {
        endWith(State::Failed, history.error.userMessage());
        return;
    }
    m_history = history.value;
    if (m_setup.provider.baseUrl.isEmpty()) {
        if (!m_providers) {
            endWith(State::Failed, tr("No model provider is set up."));
            return;
        }
        m_providers->resolve(m_setup.harness, this, [this](const ResolvedProvider& resolved) {
            if (m_state != State::Preparing)
                return;
            if (!resolved.ok()) {
                endWith(State::Failed, resolved.error);
                return;
            }
            m_setup.provider = resolved.config;
            m_setup.apiKey = resolved.apiKey;
            listTools();
        });
        return;
    }
    listTools();
}

void AgentRun::listTools()
{
    m_state = State::ListingTools;
    if (!m_tools) {
        beginTurn();
        return;
    }
    m_tools->listTools(m_setup.harness, this,
                       [this](const QList<ToolSpec>& tools, const QStringList& errors) {
                           if (m_state != State::ListingTools)
                               return;
                           m_toolSpecs = tools;
                           if (!errors.isEmpty())
                               Q_EMIT toolsUnavailable(errors);
                           beginTurn();
                       });
}

void AgentRun::beginTurn()
{
    ++m_turns;
    // A Harness web short name ("claude-sonnet-4.6") runs as the OpenRouter id it stands for, as
    // on the web; other providers get the name as written.
    const WebModelMap::Resolved model = m_setup.provider.isOpenRouter()
                                            ? WebModelMap::resolve(m_setup.harness.model)
                                            : WebModelMap::Resolved{m_setup.harness.model, {}, false};
    Message message;
    message.conversationId = m_setup.conversationId;
    message.role = MessageRole::Assistant;
    message.status = MessageStatus::Streaming;
    message.model = model.model;
    if (auto error = m_store.messages().append(message)) {
        endWith(State::Failed, error.userMessage());
        return;
    }
    delete m_writer;
    m_writer = new StreamingMessageWriter(m_store, message, this);
    m_writer->setInterval(m_setup.flushInterval);
    connect(m_writer, &StreamingMessageWriter::changed, this, &AgentRun::messageChanged);

    ChatRequest request;
    request.model = model.model;
    request.extraBody = model.extraBody;
    request.messages = m_history;
    for (const auto& tool : std::as_const(m_toolSpecs))
        request.tools.append(ToolDefinition{tool.name, tool.description, tool.inputSchema});

    m_state = State::Streaming;
    m_stream = new ChatStream(m_network, m_setup.provider, m_setup.apiKey, request, this);
    auto options = m_stream->options();
    options.stallTimeout = m_setup.stallTimeout;
    m_stream->setOptions(options);
    m_reasoningStartedAt = 0;
    connect(m_stream, &ChatStream::textReceived, this, [this](const QString& delta) {
        endReasoning();
        m_writer->appendText(delta);
    });
    connect(m_stream, &ChatStream::reasoningReceived, this, [this](const QString& delta) {
        if (m_reasoningStartedAt == 0 && !m_writer->message().parts.reasoning())
            m_reasoningStartedAt = nowMs();
        m_writer->appendReasoning(delta);
    });
    connect(m_stream, &ChatStream::usageReceived, this,
            [this](const ChatUsage& usage) { m_writer->setUsage(PartConversions::usage(usage)); });
    connect(m_stream, &ChatStream::finished, this, &AgentRun::onStreamFinished);
    connect(m_stream, &ChatStream::failed, this, &AgentRun::onStreamFailed);
    m_stream->start();
}

void AgentRun::endReasoning()
{
    if (m_reasoningStartedAt == 0 || !m_writer)
        return;
    m_writer->setReasoningDuration(nowMs() - m_reasoningStartedAt);
    m_reasoningStartedAt = 0;
}

void AgentRun::onStreamFinished(const ChatResult& result)
{
    if (m_state != State::Streaming)
        return;
    endReasoning();
    m_stream->deleteLater();
    m_stream = nullptr;
    if (m_writer->message().content != result.text && !result.text.isEmpty())
        m_writer->setContent(result.text);
    if (!result.model.isEmpty() && result.model != m_writer->message().model)
        m_writer->setModel(result.model);
    if (result.usage)
        m_writer->setUsage(PartConversions::usage(*result.usage));
    if (result.toolCalls.isEmpty()) {
        endWith(State::Finished, result.finishReason == QLatin1String("length")
                                     ? tr("The answer was cut off at the model's output limit.")
                                     : QString());
        return;
    }
    for (const auto& call : result.toolCalls)
        m_writer->setToolCall(PartConversions::toolCall(call, findTool(call.name)));
    m_writer->flush();
    m_history.append(ChatMessage::assistant(m_writer->message().content, result.toolCalls));
    runToolCalls(result.toolCalls);
}

void AgentRun::onStreamFailed(const ChatError& error, const ChatResult& partial)
{
    if (m_state != State::Streaming)
        return;
    endReasoning();
    m_stream->deleteLater();
    m_stream = nullptr;
    if (partial.text.size() > m_writer->message().content.size())
        m_writer->setContent(partial.text);
    if (error.kind == ChatError::Kind::Stopped) {
        endWith(State::Stopped, {});
        return;
    }
    endWith(State::Failed, error.userMessage());
}

const ToolSpec* AgentRun::findTool(const QString& name) const
{
    for (const auto& tool : m_toolSpecs) {
        if (tool.name == name)
            return &tool;
    }
    return nullptr;
}

void AgentRun::runToolCalls(const QList<ToolCall>& calls)
{
    m_state = State::RunningTools;
    m_pendingCalls = calls;
    m_unsettled = int(calls.size());
    for (const auto& call : calls) {
        if (m_state != State::RunningTools)
            return; // stopped while starting them
        runOneCall(call);
    }
}

void AgentRun::runOneCall(const ToolCall& call)
{
    const QString messageId = m_writer->message().id;
    m_callStartedAt.insert(call.id, nowMs());
    const ToolSpec* tool = findTool(call.name);
    if (!tool) {
        QStringList names;
        for (const auto& spec : std::as_const(m_toolSpecs))
            names.append(spec.name);
        ToolOutcome outcome;
        outcome.isError = true;
        outcome.textForModel =
            tr("Error: there is no tool named \"%1\". Available tools: %2.")
                .arg(call.name, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
        settleCall(call.id, outcome, ToolCallStatus::Error);
        return;
    }
    if (!call.argumentsAreValid()) {
        // Never guess: tell the model (and the user) exactly what was wrong.
        ToolOutcome outcome;
        outcome.isError = true;
        outcome.textForModel =
            tr("Error: the arguments for tool \"%1\" were not valid JSON, so the tool was not "
               "called. Received: %2. Send a single JSON object that matches the tool's "
               "input schema.")
                .arg(call.name, call.arguments.left(500));
        settleCall(call.id, outcome, ToolCallStatus::Error);
        return;
    }
    const ToolSpec spec = *tool;
    const QJsonObject arguments = call.argumentsObject();
    const auto launch = [this, spec, arguments, callId = call.id] {
        // The call's duration is how long the tool ran, not how long it waited for the user; the
        // card counts it live from here.
        const qint64 started = nowMs();
        m_callStartedAt.insert(callId, started);
        m_writer->updateToolCall(callId, [started](ToolCallPart& part) {
            part.status = ToolCallStatus::Running;
            part.timings.startedAt = started;
        });
        auto* invocation = m_tools ? m_tools->callTool(m_setup.harness, spec, arguments, this) : nullptr;
        if (!invocation) {
            ToolOutcome outcome;
            outcome.isError = true;
            outcome.textForModel = tr("Error: the tool could not be started.");
            settleCall(callId, outcome, ToolCallStatus::Error);
            return;
        }
        m_invocations.insert(callId, invocation);
        connect(invocation, &ToolInvocation::progressed, this,
                [this, callId](double progress, double total, const QString& text) {
                    m_writer->updateToolCall(callId, [&](ToolCallPart& part) {
                        part.progress = ToolCallProgress{progress, total, text};
                    });
                });
        connect(invocation, &ToolInvocation::finished, this, [this, callId](const ToolOutcome& outcome) {
            if (auto* done = m_invocations.take(callId))
                done->deleteLater();
            settleCall(callId, outcome, outcome.isError ? ToolCallStatus::Error : ToolCallStatus::Done);
        });
    };
    if (!m_approval) {
        launch();
        return;
    }
    m_writer->updateToolCall(call.id, [](ToolCallPart& part) {
        part.status = ToolCallStatus::AwaitingApproval;
        part.timings.waitingSince = nowMs(); // the card shows how long it waits
    });
    ToolApprovalRequest request{
        m_setup.conversationId, messageId, call.id, m_setup.harness, spec, arguments, {}};
    m_approval->decide(
        request, this, [this, launch, callId = call.id, spec](const ToolApprovalDecision& decision) {
            if (m_state != State::RunningTools)
                return;
            if (decision.allowed) {
                launch();
                return;
            }
            ToolOutcome outcome;
            outcome.isError = true;
            outcome.textForModel = decision.reason.isEmpty()
                                       ? tr("The user did not allow the tool \"%1\" to run.").arg(spec.title)
                                       : decision.reason;
            settleCall(callId, outcome, ToolCallStatus::Denied);
        });
}

void AgentRun::settleCall(const QString& callId, const ToolOutcome& outcome, ToolCallStatus status)
{
    if (m_state != State::RunningTools)
        return;
    const qint64 started = m_callStartedAt.value(callId, nowMs());
    m_writer->updateToolCall(callId, [&](ToolCallPart& call) {
        call.status = status;
        call.timings.startedAt = started;
        call.timings.finishedAt = nowMs();
        if (outcome.isError)
            call.error = outcome.textForModel;
    });
    m_writer->setToolResult(PartConversions::toolResult(callId, outcome));
    if (--m_unsettled == 0)
        finishTurnWithTools();
}

void AgentRun::finishTurnWithTools()
{
    const MessageParts& parts = m_writer->message().parts;
    // Results in the order the model asked for them, as the API expects.
    for (const auto& call : std::as_const(m_pendingCalls)) {
        const auto* result = parts.toolResult(call.id);
        m_history.append(ChatMessage::toolResult(call.id, result ? result->content : QString()));
    }
    m_pendingCalls.clear();
    m_writer->setState(MessageStatus::Complete);
    m_writer->flush();
    const int limit =
        m_setup.harness.maxIterations > 0 ? m_setup.harness.maxIterations : Harness::DefaultMaxIterations;
    if (m_turns >= limit) {
        endWith(State::Failed, QCoreApplication::translate(
                                   "harness::core::AgentRun",
                                   "Stopped after %n round(s) of tool calls: the harness allows at most "
                                   "that many per answer. Raise the limit in the harness settings, or ask "
                                   "the model to continue.",
                                   nullptr, limit));
        return;
    }
    beginTurn();
}

void AgentRun::stop()
{
    if (!isActive())
        return;
    if (m_state == State::Streaming && m_stream) {
        m_stream->abort(); // reports failed(Stopped) -> endWith(Stopped)
        if (m_state == State::Streaming)
            endWith(State::Stopped, {});
        return;
    }
    if (m_state == State::RunningTools) {
        const auto invocations = m_invocations;
        m_invocations.clear();
        for (auto it = invocations.cbegin(); it != invocations.cend(); ++it) {
            it.value()->disconnect(this);
            it.value()->cancel();
            it.value()->deleteLater();
        }
        for (const auto& call : std::as_const(m_pendingCalls)) {
            if (!m_writer->message().parts.toolResult(call.id)) {
                m_writer->updateToolCall(call.id,
                                         [](ToolCallPart& part) { part.status = ToolCallStatus::Cancelled; });
                ToolOutcome outcome;
                outcome.isError = true;
                outcome.textForModel = tr("The user stopped the answer before this tool call finished.");
                m_writer->setToolResult(PartConversions::toolResult(call.id, outcome));
            }
        }
    }
    endWith(State::Stopped, {});
}

void AgentRun::endWith(State state, const QString& errorText)
{
    m_state = state;
    QString messageId;
    if (m_writer) {
        messageId = m_writer->message().id;
        switch (state) {
        case State::Finished: // a note may remain (the answer was cut off)
            m_writer->setState(MessageStatus::Complete, errorText);
            break;
        case State::Stopped:
            m_writer->setState(MessageStatus::Stopped, m_writer->message().error);
            break;
        default:
            m_writer->setState(MessageStatus::Error, errorText);
            break;
        }
        m_writer->flush();
    }
    switch (state) {
    case State::Finished:
        Q_EMIT finished(messageId);
        break;
    case State::Stopped:
        Q_EMIT stopped(messageId);
        break;
    default:
        Q_EMIT failed(messageId, errorText);
        break;
    }
}

} // namespace harness::core
