// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_client.h"

#include "core/mcp/json_rpc_session.h"
#include "core/mcp/legacy_sse_transport.h"
#include "core/mcp/mcp_authorization_gate.h"
#include "core/mcp/mcp_elicitation_handler.h"
#include "core/mcp/mcp_oauth.h"
#include "core/mcp/mcp_server_log.h"
#include "core/mcp/stdio_transport.h"
#include "core/mcp/streamable_http_transport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace harness::core {

namespace {
const QLatin1String kInitialize("initialize");
} // namespace

QStringList McpClient::supportedProtocolVersions()
{
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26")};
}

McpClient::McpClient(const McpServerConfig& config, QObject* parent)
    : QObject(parent), m_config(config), m_session(new JsonRpcSession(this)), m_log(new McpServerLog(this)),
      m_auth(new McpAuthorizationGate(config, m_log, this))
{
    connect(m_session, &JsonRpcSession::requestReceived, this, &McpClient::onRequest);
    connect(m_session, &JsonRpcSession::notificationReceived, this, &McpClient::onNotification);
    connect(m_session, &JsonRpcSession::protocolViolation, this, [this](const QString& what) {
        m_log->append(McpServerLog::Source::Client, QStringLiteral("warning"), what);
    });
    connect(m_auth, &McpAuthorizationGate::refused, m_session, &JsonRpcSession::failRequest);
    connect(m_auth, &McpAuthorizationGate::authorized, this, &McpClient::onAuthorized);
}

void McpClient::setAuthorizationOpener(McpAuthorizationOpener* opener)
{
    if (McpOAuth* oauth = m_auth->oauth())
        oauth->setOpener(opener);
}

McpOAuth* McpClient::oauth() const
{
    return m_auth->oauth();
}

void McpClient::onAuthorized(const QString& accessToken, const QList<QJsonObject>& messages)
{
    m_bearerToken = accessToken;
    if (!m_transport)
        return;
    m_transport->setBearerToken(accessToken);
    for (const QJsonObject& m : messages) {
        m_session->touchRequest(m.value(QLatin1String("id")).toInteger());
        m_transport->send(m);
    }
    if (m_initialized)
        m_transport->startServerStream();
}

McpClient::~McpClient()
{
    m_session->disconnect(this);
    m_session->failAll(tr("The connection to MCP server \"%1\" was closed.").arg(m_config.name),
                       JsonRpcResponse::Outcome::Cancelled);
    for (const QPointer<McpToolCall>& call : std::as_const(m_waitingCalls)) {
        if (call)
            call->finish(McpToolResult::fromFailure(
                McpToolResult::Failure::Unavailable,
                tr("The connection to MCP server \"%1\" was closed.").arg(m_config.name)));
    }
    if (m_transport) {
        m_transport->disconnect(this);
        delete m_transport; // stdio: synchronous terminate/kill of the child
        m_transport = nullptr;
    }
}

qint64 McpClient::processId() const
{
    if (auto* stdio = qobject_cast<StdioTransport*>(m_transport))
        return stdio->processId();
    return 0;
}

void McpClient::setBearerToken(const QString& token)
{
    m_bearerToken = token;
    if (m_transport)
        m_transport->setBearerToken(token);
}

void McpClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void McpClient::createTransport(McpServerConfig::Transport kind)
{
    destroyTransport();
    switch (kind) {
    case McpServerConfig::Transport::Stdio:
        m_transport = new StdioTransport(m_config, this);
        break;
    case McpServerConfig::Transport::Http:
        m_transport = new StreamableHttpTransport(m_config, this);
        break;
    case McpServerConfig::Transport::LegacySse:
        m_transport = new LegacySseTransport(m_config, this);
        break;
    }
    if (oauth() && oauth()->tokens().isValid() && m_bearerToken.isEmpty())
        m_bearerToken = oauth()->tokens().accessToken;
    m_transport->setBearerToken(m_bearerToken);
    m_transport->setAuthorizationHandled(true);
    m_session->setTransport(m_transport);
    McpTransport* t = m_transport;
    connect(t, &McpTransport::opened, this, &McpClient::onTransportOpened);
    connect(t, &McpTransport::messageReceived, m_session, &JsonRpcSession::handleMessage);
    connect(t, &McpTransport::sendFailed, m_session, &JsonRpcSession::failRequest);
    connect(t, &McpTransport::failed, this, [this](const QString& error) {
        if (m_state == State::Stopping)
            return;
        fail(error);
    });
    connect(t, &McpTransport::closed, this, &McpClient::onTransportClosed);
    connect(t, &McpTransport::authorizationRequired, this,
            [this](const QByteArray& challenge, const QJsonObject& message) {
                m_session->pauseTimeout(message.value(QLatin1String("id"))); // signing in may take a while
                m_auth->handleChallenge(challenge, message);
            });
    connect(t, &McpTransport::logLine, this,
            [this](const QString& level, const QString& text, bool fromStderr) {
                m_log->append(fromStderr ? McpServerLog::Source::Stderr : McpServerLog::Source::Client, level,
                              text);
            });
    connect(t, &McpTransport::sessionExpired, this, [this](const QJsonObject& message) {
        m_log->append(McpServerLog::Source::Client, QStringLiteral("info"),
                      tr("The server's session expired; initializing a new one."));
        m_resendOnInit << message;
        if (!m_reinitializing) {
            m_reinitializing = true;
            sendInitialize();
        }
    });
    connect(t, &McpTransport::legacyFallbackSuggested, this, [this](const QJsonObject& message) {
        m_log->append(McpServerLog::Source::Client, QStringLiteral("info"),
                      tr("The server does not accept Streamable HTTP; trying the older HTTP+SSE transport."));
        createTransport(McpServerConfig::Transport::LegacySse);
        m_resendOnOpen << message;
        m_transport->open();
    });
}

void McpClient::destroyTransport()
{
    if (!m_transport)
        return;
    McpTransport* transport = std::exchange(m_transport, nullptr);
    transport->disconnect(this);
    m_session->setTransport(nullptr);
    // Let it shut down gracefully (stdin closed, then SIGTERM, then SIGKILL; or DELETE), then go.
    // If this client is destroyed first, the transport's destructor ends the child synchronously.
    connect(transport, &McpTransport::closed, transport, &QObject::deleteLater);
    transport->close();
}

void McpClient::start()
{
    if (m_state == State::Starting || m_state == State::Ready)
        return;
    if (m_state == State::Stopping) {
        m_restartAfterStop = true;
        return;
    }
    if (const QString invalid = m_config.validationError(); !invalid.isEmpty()) {
        setState(State::Starting);
        QTimer::singleShot(0, this, [this, invalid] { fail(invalid); });
        return;
    }
    m_error.clear();
    m_initialized = false;
    m_reinitializing = false;
    m_resendOnOpen.clear();
    m_resendOnInit.clear();
    m_auth->reset();
    setState(State::Starting);
    createTransport(m_config.transport);
    m_transport->open();
}

void McpClient::onTransportOpened()
{
    if (!m_resendOnOpen.isEmpty()) {
        const QList<QJsonObject> messages = std::exchange(m_resendOnOpen, {});
        for (const QJsonObject& m : messages)
            m_transport->send(m);
        return;
    }
    if (!m_initialized)
        sendInitialize();
}

void McpClient::sendInitialize()
{
    const QJsonObject params{
        {QStringLiteral("protocolVersion"), supportedProtocolVersions().constFirst()},
        {QStringLiteral("capabilities"),
         QJsonObject{{QStringLiteral("roots"), QJsonObject{}},
                     {QStringLiteral("elicitation"), QJsonObject{{QStringLiteral("form"), QJsonObject{}}}}}},
        {QStringLiteral("clientInfo"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("harness-desktop")},
                     {QStringLiteral("title"), QStringLiteral("Harness Desktop")},
                     {QStringLiteral("version"), QStringLiteral(HARNESS_VERSION)}}}};
    m_session->sendRequest(kInitialize, params, m_config.requestTimeoutMs, [this](const JsonRpcResponse& r) {
        if (m_state == State::Stopping)
            return; // stopped while starting: stop() ends the transport
        if (!r.ok()) {
            fail(tr("MCP server \"%1\" did not complete the handshake: %2")
                     .arg(m_config.name, r.errorMessage));
            return;
        }
        onInitialized(r.result.toObject());
    });
}

void McpClient::onInitialized(const QJsonObject& result)
{
    const QString version = result.value(QLatin1String("protocolVersion")).toString();
    if (!supportedProtocolVersions().contains(version)) {
        fail(
            tr("MCP server \"%1\" speaks protocol version \"%2\", which Harness does not support (supported: "
               "%3). Update the server or Harness.")
                .arg(m_config.name, version, supportedProtocolVersions().join(QLatin1String(", "))));
        return;
    }
    m_protocolVersion = version;
    m_serverInfo = result.value(QLatin1String("serverInfo")).toObject();
    m_serverCapabilities = result.value(QLatin1String("capabilities")).toObject();
    m_instructions = result.value(QLatin1String("instructions")).toString();
    m_transport->setProtocolVersion(version);
    m_session->sendNotification(QStringLiteral("notifications/initialized"));
    m_transport->startServerStream();
    m_log->append(McpServerLog::Source::Client, QStringLiteral("info"),
                  tr("Connected to %1 %2 (protocol %3).")
                      .arg(m_serverInfo.value(QLatin1String("name")).toString(),
                           m_serverInfo.value(QLatin1String("version")).toString(), version));
    const bool wasInitialized = std::exchange(m_initialized, true);
    if (m_reinitializing || wasInitialized) {
        m_reinitializing = false;
        const QList<QJsonObject> messages = std::exchange(m_resendOnInit, {});
        for (const QJsonObject& m : messages)
            m_transport->send(m);
        return;
    }
    if (m_serverCapabilities.contains(QLatin1String("tools")))
        loadToolsPage({}, {}, true);
    else {
        setState(State::Ready);
        emit ready();
    }
}

void McpClient::refreshTools()
{
    if (m_state != State::Ready)
        return;
    if (m_toolsLoading) {
        m_toolsDirty = true;
        return;
    }
    loadToolsPage({}, {}, false);
}

void McpClient::loadToolsPage(const QString& cursor, QList<McpTool> accumulated, bool initial)
{
    m_toolsLoading = true;
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert(QStringLiteral("cursor"), cursor);
    m_session->sendRequest(
        QStringLiteral("tools/list"), params, m_config.requestTimeoutMs,
        [this, accumulated, initial](const JsonRpcResponse& r) mutable {
            if (m_state == State::Stopping) {
                m_toolsLoading = false;
                return;
            }
            if (!r.ok()) {
                m_toolsLoading = false;
                const QString error =
                    tr("MCP server \"%1\" could not list its tools: %2").arg(m_config.name, r.errorMessage);
                if (initial)
                    fail(error);
                else
                    m_log->append(McpServerLog::Source::Client, QStringLiteral("error"), error);
                return;
            }
            const QJsonObject result = r.result.toObject();
            for (const QJsonValue& v : result.value(QLatin1String("tools")).toArray())
                accumulated << McpTool::fromJson(v.toObject());
            const QString next = result.value(QLatin1String("nextCursor")).toString();
            if (!next.isEmpty() && next != QLatin1String("null")) {
                loadToolsPage(next, accumulated, initial);
                return;
            }
            m_toolsLoading = false;
            m_tools = accumulated;
            if (initial) {
                setState(State::Ready);
                emit ready();
                const QList<QPointer<McpToolCall>> waiting = std::exchange(m_waitingCalls, {});
                for (const QPointer<McpToolCall>& call : waiting) {
                    if (call && !call->isFinished())
                        sendCall(call);
                }
            }
            emit toolsChanged();
            if (std::exchange(m_toolsDirty, false))
                refreshTools();
        });
}

void McpClient::fail(const QString& error)
{
    if (m_state == State::Failed && m_transport == nullptr)
        return;
    m_log->append(McpServerLog::Source::Client, QStringLiteral("error"), error);
    QString detail = error;
    if (const QString last = m_log->lastStderrLine(); !last.isEmpty())
        detail += QLatin1Char('\n') + tr("Last server output: %1").arg(last);
    m_error = detail;
    m_session->failAll(detail);
    const QList<QPointer<McpToolCall>> waiting = std::exchange(m_waitingCalls, {});
    for (const QPointer<McpToolCall>& call : waiting) {
        if (call)
            call->finish(McpToolResult::fromFailure(McpToolResult::Failure::Unavailable, detail));
    }
    m_toolsLoading = false;
    destroyTransport();
    setState(State::Failed);
    emit failed(detail);
}

void McpClient::stop()
{
    if (m_state == State::Idle || m_state == State::Stopping)
        return;
    if (m_state == State::Failed || !m_transport) {
        destroyTransport();
        setState(State::Idle);
        QTimer::singleShot(0, this, &McpClient::stopped);
        return;
    }
    setState(State::Stopping);
    const QString reason = tr("MCP server \"%1\" is stopping.").arg(m_config.name);
    const QList<QPointer<McpToolCall>> waiting = std::exchange(m_waitingCalls, {});
    for (const QPointer<McpToolCall>& call : waiting) {
        if (call)
            call->finish(McpToolResult::fromFailure(McpToolResult::Failure::Cancelled, reason));
    }
    m_session->failAll(reason, JsonRpcResponse::Outcome::Cancelled);
    if (m_transport)
        m_transport->close();
}

void McpClient::onTransportClosed()
{
    if (m_state != State::Stopping)
        return; // unexpected ends are reported through failed()
    m_log->append(McpServerLog::Source::Client, QStringLiteral("info"), tr("Server stopped."));
    m_transport->disconnect(this);
    m_session->setTransport(nullptr);
    m_transport->deleteLater();
    m_transport = nullptr;
    setState(State::Idle);
    emit stopped();
    if (std::exchange(m_restartAfterStop, false))
        start();
}

McpToolCall* McpClient::callTool(const QString& tool, const QJsonObject& arguments)
{
    auto* call = new McpToolCall(m_config.name, tool, arguments, this);
    switch (m_state) {
    case State::Ready:
        sendCall(call);
        break;
    case State::Stopping:
        if (!m_restartAfterStop) {
            QTimer::singleShot(0, call, [this, call] {
                call->finish(McpToolResult::fromFailure(
                    McpToolResult::Failure::Unavailable,
                    tr("MCP server \"%1\" is stopping. Start it and try again.").arg(m_config.name)));
            });
            break;
        }
        [[fallthrough]];
    case State::Starting:
        m_waitingCalls << call;
        call->setCancelHandler([this, call](const QString&) { m_waitingCalls.removeAll(call); });
        break;
    default: {
        const QString error =
            m_error.isEmpty()
                ? tr("MCP server \"%1\" is not running. Start it and try again.").arg(m_config.name)
                : m_error;
        QTimer::singleShot(0, call, [call, error] {
            call->finish(McpToolResult::fromFailure(McpToolResult::Failure::Unavailable, error));
        });
    }
    }
    return call;
}

void McpClient::sendCall(McpToolCall* call)
{
    const QString token = QStringLiteral("harness-%1").arg(m_nextToken++);
    const QJsonObject params{
        {QStringLiteral("name"), call->toolName()},
        {QStringLiteral("arguments"), call->arguments()},
        {QStringLiteral("_meta"), QJsonObject{{QStringLiteral("progressToken"), token}}}};
    QPointer<McpToolCall> guard(call);
    m_callsByToken.insert(token, guard);
    const QString server = m_config.name;
    const QString tool = call->toolName();
    const qint64 id = m_session->sendRequest(
        QStringLiteral("tools/call"), params, m_config.toolTimeoutMs,
        [this, guard, token, server, tool](const JsonRpcResponse& r) {
            m_callsByToken.remove(token);
            m_requestByToken.remove(token);
            if (!guard)
                return;
            using F = McpToolResult::Failure;
            switch (r.outcome) {
            case JsonRpcResponse::Outcome::Result:
                guard->finish(McpToolResult::fromJson(r.result.toObject()));
                break;
            case JsonRpcResponse::Outcome::Error:
                guard->finish(McpToolResult::fromFailure(
                    F::ServerError, tr("MCP server \"%1\" rejected the call to \"%2\": %3 (code %4)")
                                        .arg(server, tool, r.errorMessage)
                                        .arg(r.errorCode)));
                break;
            case JsonRpcResponse::Outcome::Timeout:
                guard->finish(McpToolResult::fromFailure(
                    F::Timeout, tr("The tool \"%1\" on MCP server \"%2\" timed out: %3 Increase the server's "
                                   "timeout if the tool needs longer.")
                                    .arg(tool, server, r.errorMessage)));
                break;
            case JsonRpcResponse::Outcome::Cancelled:
                guard->finish(McpToolResult::fromFailure(F::Cancelled, r.errorMessage));
                break;
            case JsonRpcResponse::Outcome::TransportError:
                guard->finish(McpToolResult::fromFailure(
                    F::Unavailable, tr("The tool \"%1\" could not run: %2").arg(tool, r.errorMessage)));
                break;
            }
        });
    m_requestByToken.insert(token, id);
    call->setCancelHandler([this, id](const QString& reason) { m_session->cancelRequest(id, reason); });
}

void McpClient::ping(QObject* context, std::function<void(const QString&)> done)
{
    if (m_state != State::Ready) {
        const QString error = tr("MCP server \"%1\" is not running.").arg(m_config.name);
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    QPointer<QObject> guard(context);
    m_session->sendRequest(QStringLiteral("ping"), {}, m_config.requestTimeoutMs,
                           [guard, done](const JsonRpcResponse& r) {
                               if (guard)
                                   done(r.ok() ? QString() : r.errorMessage);
                           });
}

void McpClient::onRequest(const QJsonValue& id, const QString& method, const QJsonObject& params)
{
    if (method == QLatin1String("ping")) {
        m_session->respond(id, QJsonObject{});
    } else if (method == QLatin1String("roots/list")) {
        m_session->respond(id, QJsonObject{{QStringLiteral("roots"), QJsonArray{}}});
    } else if (method == QLatin1String("elicitation/create")) {
        onElicitation(id, params);
    } else {
        m_session->respondError(id, JsonRpcSession::MethodNotFound,
                                QStringLiteral("Method not supported by this client: %1").arg(method));
    }
}

void McpClient::onElicitation(const QJsonValue& id, const QJsonObject& params)
{
    const QString mode = params.value(QLatin1String("mode")).toString(QStringLiteral("form"));
    if (mode != QLatin1String("form")) {
        m_session->respondError(id, JsonRpcSession::InvalidParams,
                                QStringLiteral("Elicitation mode \"%1\" is not supported").arg(mode));
        return;
    }
    const McpElicitationRequest request = McpElicitationRequest::fromParams(m_config.name, params);
    QPointer<JsonRpcSession> session(m_session);
    auto respond = [session, id, schema = request.requestedSchema](const McpElicitationResponse& response) {
        if (session)
            session->respond(id, response.toResult(schema));
    };
    DecliningElicitationHandler declining;
    (m_elicitation ? m_elicitation : &declining)->elicit(request, respond);
}

void McpClient::onNotification(const QString& method, const QJsonObject& params)
{
    if (method == QLatin1String("notifications/tools/list_changed")) {
        refreshTools();
    } else if (method == QLatin1String("notifications/progress")) {
        const QJsonValue tokenValue = params.value(QLatin1String("progressToken"));
        const QString token =
            tokenValue.isString() ? tokenValue.toString() : tokenValue.toVariant().toString();
        if (const QPointer<McpToolCall> call = m_callsByToken.value(token)) {
            m_session->touchRequest(m_requestByToken.value(token));
            call->reportProgress(params.value(QLatin1String("progress")).toDouble(),
                                 params.value(QLatin1String("total")).toDouble(),
                                 params.value(QLatin1String("message")).toString());
        }
    } else if (method == QLatin1String("notifications/message")) {
        m_log->appendServerMessage(params);
    } else if (method == QLatin1String("notifications/cancelled")) {
        m_log->append(
            McpServerLog::Source::Server, QStringLiteral("info"),
            tr("The server cancelled its request: %1").arg(params.value(QLatin1String("reason")).toString()));
    }
}

} // namespace harness::core
