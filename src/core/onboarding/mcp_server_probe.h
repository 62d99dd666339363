// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_client.h"
#include "core/mcp/mcp_oauth.h"
#include "core/mcp/mcp_tool.h"
#include "core/model/mcp_server_config.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace harness::core {

class McpAuthorizationOpener;

/// What testing a server found.
struct McpProbeResult {
    enum class Outcome {
        Connected,       ///< handshake done, tools listed
        CommandNotFound, ///< the stdio command is not installed / not on PATH
        Timeout,         ///< no answer in time
        Failed,          ///< anything else: refused, crashed, HTTP error, bad protocol (see error)
        Cancelled,
    };
    Outcome outcome = Outcome::Failed;
    QString serverName; ///< from serverInfo, e.g. "example-servers/everything 2.0"
    QString protocolVersion;
    QList<McpTool> tools;
    QString error; ///< translated, with what to do
    /// An OAuth server the user signed in to during the test: keep these for the saved server.
    McpOAuthTokens oauthTokens;
    McpOAuthClient oauthClient;
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Connected; }
};

/// Tests one configured server the way the app will use it: starts it with the real McpClient
/// (the same transports, handshake and OAuth), lists its tools, stops it, and reports plainly.
class McpServerProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServerProbe)
public:
    static constexpr int DefaultTimeoutMs = 90'000; ///< npx may first download the package

    explicit McpServerProbe(QObject* parent = nullptr);
    ~McpServerProbe() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    /// Not owned; lets an OAuth server send the user to its sign-in page during the test.
    void setAuthorizationOpener(McpAuthorizationOpener* opener) { m_opener = opener; }

    /// Starts a test; one already running is cancelled. finished() follows exactly once.
    void start(const McpServerConfig& config, const QString& bearerToken = {},
               const QMap<QString, QString>& secretEnv = {});
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

    /// Where a command would be found; empty when it is not installed.
    static QString resolveCommand(const QString& command, const QMap<QString, QString>& env = {});

Q_SIGNALS:
    void finished(const harness::core::McpProbeResult& result);
    /// An OAuth server signed the user in during the test; store these for later runs.
    void signedIn(const QString& accessToken);

private:
    void finish(McpProbeResult result);

    QPointer<McpClient> m_client;
    McpAuthorizationOpener* m_opener = nullptr;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace harness::core

Q_DECLARE_METATYPE(harness::core::McpProbeResult)
