// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_tool.h"
#include "core/mcp/mcp_tool_call.h"
#include "core/model/mcp_server_config.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace harness::core {

class JsonRpcSession;
class McpAuthorizationGate;
class McpAuthorizationOpener;
class McpElicitationHandler;
class McpOAuth;
class McpServerLog;
class McpTransport;

/// A connection to one MCP server: lifecycle (initialize, version negotiation, initialized),
/// tools/list with pagination and list_changed refresh, tools/call with progress and cancellation,
/// ping, server-to-client requests (ping, roots/list, elicitation/create) and logging.
class McpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpClient)
public:
    enum class State { Idle, Starting, Ready, Stopping, Failed };
    Q_ENUM(State)

    /// Protocol versions we speak, newest first; the first is what we ask for.
    static QStringList supportedProtocolVersions();

    explicit McpClient(const McpServerConfig& config, QObject* parent = nullptr);
    /// Stops the server synchronously if still running (stdio children are killed if needed).
    ~McpClient() override;

    const McpServerConfig& config() const { return m_config; }
    QString name() const { return m_config.name; }

    void setBearerToken(const QString& token);
    /// Not owned; nullptr (the default) declines every elicitation request.
    void setElicitationHandler(McpElicitationHandler* handler) { m_elicitation = handler; }

    /// OAuth state of an HTTP server whose config says AuthKind::OAuth (nullptr otherwise): preload
    /// tokens / client credentials from the keychain, and store them on its tokensChanged().
    McpOAuth* oauth() const;
    /// Not owned: opens the sign-in page (the GUI: system browser; headless: fetches it).
    void setAuthorizationOpener(McpAuthorizationOpener* opener);

    /// Starts the server and initializes; ready() or failed() follows. While stopping, the server
    /// is started again once it has stopped.
    void start();
    /// Ends the session cleanly (stdin closed / DELETE sent); stopped() follows.
    void stop();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    /// The last failure, translated.
    QString errorString() const { return m_error; }
    QString protocolVersion() const { return m_protocolVersion; }
    QJsonObject serverInfo() const { return m_serverInfo; }
    QJsonObject serverCapabilities() const { return m_serverCapabilities; }
    QString instructions() const { return m_instructions; }
    /// Pid of the stdio server process, 0 otherwise.
    qint64 processId() const;
    McpServerLog* log() const { return m_log; }

    QList<McpTool> tools() const { return m_tools; }
    /// Reloads tools/list (all pages); toolsChanged() follows.
    void refreshTools();

    /// Calls a tool. The call is a child of this client; delete it after finished(). When the
    /// client is still starting, the call is sent once it is ready.
    McpToolCall* callTool(const QString& tool, const QJsonObject& arguments);
    /// Sends ping; \a done gets an empty string on success or the error (run only while \a context lives).
    void ping(QObject* context, std::function<void(const QString& error)> done);

signals:
    void stateChanged(harness::core::McpClient::State state);
    void ready();
    void toolsChanged();
    void failed(const QString& error);
    void stopped();

private:
    void setState(State state);
    void createTransport(McpServerConfig::Transport kind);
    void destroyTransport();
    void sendInitialize();
    void onInitialized(const QJsonObject& result);
    void loadToolsPage(const QString& cursor, QList<McpTool> accumulated, bool initial);
    void fail(const QString& error);
    void sendCall(McpToolCall* call);
    void onRequest(const QJsonValue& id, const QString& method, const QJsonObject& params);
    void onNotification(const QString& method, const QJsonObject& params);
    void onElicitation(const QJsonValue& id, const QJsonObject& params);
    void onTransportOpened();
    void onTransportClosed();
    void onAuthorized(const QString& accessToken, const QList<QJsonObject>& messages);

    McpServerConfig m_config;
    JsonRpcSession* m_session = nullptr;
    McpServerLog* m_log = nullptr;
    McpAuthorizationGate* m_auth = nullptr;
    McpTransport* m_transport = nullptr;
    McpElicitationHandler* m_elicitation = nullptr;
    State m_state = State::Idle;
    QString m_error;
    QString m_bearerToken;
    QString m_protocolVersion;
    QJsonObject m_serverInfo;
    QJsonObject m_serverCapabilities;
    QString m_instructions;
    QList<McpTool> m_tools;
    bool m_initialized = false;
    bool m_reinitializing = false;
    bool m_toolsLoading = false;
    bool m_toolsDirty = false;
    bool m_restartAfterStop = false;
    QList<QJsonObject> m_resendOnOpen; ///< messages to deliver once the transport (re)opens
    QList<QJsonObject> m_resendOnInit; ///< messages to deliver once the session is re-initialized
    QList<QPointer<McpToolCall>> m_waitingCalls;
    QHash<QString, QPointer<McpToolCall>> m_callsByToken;
    QHash<QString, qint64> m_requestByToken;
    qint64 m_nextToken = 1;
};

} // namespace harness::core
