// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_tool_result.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace harness::core {

/// One tools/call in flight, like a QNetworkReply: connect to finished() (always emitted exactly
/// once, also on timeout, cancel or server loss), read result(), then deleteLater() it.
class McpToolCall final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpToolCall)
public:
    McpToolCall(const QString& server, const QString& tool, const QJsonObject& arguments,
                QObject* parent = nullptr);
    ~McpToolCall() override;

    QString serverName() const { return m_server; }
    QString toolName() const { return m_tool; }
    QJsonObject arguments() const { return m_arguments; }
    bool isFinished() const { return m_finished; }
    McpToolResult result() const { return m_result; }
    double progress() const { return m_progress; }
    double total() const { return m_total; }

    /// Asks the server to stop (`notifications/cancelled`); finished() follows with a Cancelled result.
    void cancel(const QString& reason = {});

    // For the producer (client / registry):
    void setCancelHandler(std::function<void(const QString&)> handler)
    {
        m_cancelHandler = std::move(handler);
    }
    void reportProgress(double progress, double total, const QString& message);
    void finish(const McpToolResult& result);

signals:
    /// \a total is 0 when unknown.
    void progressed(double progress, double total, const QString& message);
    void finished();

private:
    QString m_server;
    QString m_tool;
    QJsonObject m_arguments;
    McpToolResult m_result;
    std::function<void(const QString&)> m_cancelHandler;
    double m_progress = 0;
    double m_total = 0;
    bool m_finished = false;
};

} // namespace harness::core
