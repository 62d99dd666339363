// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_client.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace harness::core {
class Engine;
class Store;
} // namespace harness::core

namespace harness::gui {

/// One saved MCP server, live: its status (connected / connecting / failed with the last error,
/// protocol version, tool count), its log (stderr of stdio servers, the server's log messages,
/// the client's own; live and copyable), Reconnect, and its tools with their annotations and a
/// policy per tool (Default / Ask / Always allow / Never) stored as ToolPolicyRule rows for this
/// server and tool: for every harness, or for one harness after setHarness().
class McpServerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServerDialog)
public:
    McpServerDialog(core::Store& store, core::Engine& engine, const QString& serverId,
                    QWidget* parent = nullptr);
    ~McpServerDialog() override;

    /// Tool policies set here apply to this harness only (default: every harness).
    void setHarness(const QString& harnessId);
    QString harnessId() const { return m_harnessId; }

    /// Stops and starts the server again.
    void reconnect();

private:
    void attachClient();
    void updateStatus();
    void rebuildTools();
    void appendLog(const QString& line);
    void reloadLog();
    void setPolicy(const QString& tool, int choice);

    core::Store& m_store;
    core::Engine& m_engine;
    QString m_serverId;
    QString m_serverName;
    QString m_harnessId;
    QPointer<core::McpClient> m_client;
    QLabel* m_title = nullptr;
    QLabel* m_where = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_scope = nullptr;
    QPushButton* m_reconnect = nullptr;
    QTreeWidget* m_tools = nullptr;
    QPlainTextEdit* m_log = nullptr;
};

} // namespace harness::gui
