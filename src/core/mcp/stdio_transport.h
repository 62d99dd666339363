// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/json_line_buffer.h"
#include "core/mcp/mcp_transport.h"
#include "core/model/mcp_server_config.h"

#include <QProcess>
#include <QTimer>

namespace harness::core {

/// MCP over a child process: newline-delimited JSON on stdin/stdout, stderr into the log.
/// The program is started directly (no shell). Shutdown closes stdin, waits, terminates, kills;
/// on Linux the child also gets SIGTERM if this process dies, so it never outlives us.
class StdioTransport final : public McpTransport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdioTransport)
public:
    explicit StdioTransport(const McpServerConfig& config, QObject* parent = nullptr);
    ~StdioTransport() override;

    void open() override;
    void send(const QJsonObject& message) override;
    void close() override;
    bool isOpen() const override;

    qint64 processId() const;
    /// Milliseconds close() waits after closing stdin, and again after SIGTERM.
    void setShutdownGraceMs(int ms) { m_graceMs = ms; }

    /// Resolves \a command against the PATH of \a env (or relative to \a workingDir).
    static QString resolveProgram(const QString& command, const QStringList& pathDirs,
                                  const QString& workingDir);

private:
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void shutdownStep();

    McpServerConfig m_config;
    QProcess m_process;
    JsonLineBuffer m_stdout;
    QByteArray m_stderrPending;
    QTimer m_shutdownTimer;
    int m_shutdownStage = 0;
    int m_graceMs = 2000;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace harness::core
