// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/onboarding/mcp_server_probe.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace harness::core {
class McpAuthorizationOpener;
}

namespace harness::gui {

/// What to test: the config as answered so far, and the secrets typed for it.
struct ServerTestRequest {
    core::McpServerConfig config;
    QString bearerToken;
    QMap<QString, QString> secretEnv;
    QString problem; ///< non-empty: shown instead of testing
};

/// A "Test" button and a status line: starts the server with the real MCP client, shows the tool
/// count or the error (command not found, timeout, refused token, ...).
class ServerTestWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTestWidget)
public:
    using RequestFn = std::function<ServerTestRequest()>;

    explicit ServerTestWidget(RequestFn request, QWidget* parent = nullptr);
    ~ServerTestWidget() override;

    /// Not owned: for OAuth servers, sends the user to the sign-in page during the test.
    void setAuthorizationOpener(core::McpAuthorizationOpener* opener);
    void setButtonText(const QString& text);
    void setTimeout(int ms);
    void start();
    QString statusText() const;
    core::McpServerProbe& probe() { return m_probe; }

Q_SIGNALS:
    void tested(const harness::core::McpProbeResult& result);

private:
    void show(const core::McpProbeResult& result);

    RequestFn m_request;
    core::McpServerProbe m_probe;
    QPushButton* m_button = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace harness::gui
