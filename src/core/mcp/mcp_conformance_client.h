// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_authorization_opener.h"
#include "core/mcp/mcp_elicitation_handler.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace harness::core {

class McpClient;

/// The client side of one scenario of the official MCP conformance suite
/// (`conformance client --command "<cmd>" --scenario <name>`; the suite appends its URL):
/// connects over Streamable HTTP, lists the tools, calls each one with arguments derived from its
/// input schema (elicitation requests are accepted with the schema defaults), then closes.
/// Authorization is OAuth without a browser: the client fetches the authorization URL itself and
/// follows the redirect to its loopback receiver; pre-registered credentials come from
/// MCP_CONFORMANCE_CONTEXT (`client_id`, `client_secret`) when the scenario gives them.
/// `harness-cli mcp conformance URL` runs it; headless, no browser.
class McpConformanceClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpConformanceClient)
public:
    McpConformanceClient(const QUrl& url, const QString& scenario, QObject* parent = nullptr);
    ~McpConformanceClient() override;

    void run();
    /// What happened, one line per step (for stderr).
    QStringList report() const { return m_report; }

    /// Arguments that satisfy a simple object schema: required properties get their default,
    /// first enum value, or a neutral value of their type.
    static QJsonObject exampleArguments(const QJsonObject& inputSchema);

signals:
    /// 0 when every step succeeded.
    void finished(int exitCode);

private:
    void callNext();
    void finish(int exitCode);

    QUrl m_url;
    QString m_scenario;
    std::unique_ptr<McpClient> m_client;
    DefaultsElicitationHandler m_elicitation;
    HeadlessAuthorizationOpener m_opener;
    QStringList m_pendingTools;
    QStringList m_report;
    bool m_failed = false;
};

} // namespace harness::core
