// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_authorization_gate.h"

#include "core/mcp/mcp_oauth.h"
#include "core/mcp/mcp_server_log.h"

namespace harness::core {

McpAuthorizationGate::McpAuthorizationGate(const McpServerConfig& config, McpServerLog* log, QObject* parent)
    : QObject(parent), m_config(config), m_log(log)
{
    if (!config.isHttp() || config.auth != McpServerConfig::AuthKind::OAuth)
        return;
    m_oauth = new McpOAuth(config.url, this);
    connect(m_oauth, &McpOAuth::authorized, this, [this](const QString& token) {
        m_log->append(McpServerLog::Source::Client, QStringLiteral("info"), tr("Signed in."));
        emit authorized(token, std::exchange(m_waiting, {}));
    });
    connect(m_oauth, &McpOAuth::failed, this, [this](const QString& error) {
        m_log->append(McpServerLog::Source::Client, QStringLiteral("error"), error);
        const QList<QJsonObject> waiting = std::exchange(m_waiting, {});
        for (const QJsonObject& m : waiting)
            emit refused(m.value(QLatin1String("id")), error);
    });
}

void McpAuthorizationGate::reset()
{
    m_waiting.clear();
    m_attempts.clear();
}

void McpAuthorizationGate::handleChallenge(const QByteArray& challenge, const QJsonObject& message)
{
    const QJsonValue id = message.value(QLatin1String("id"));
    if (!m_oauth) {
        const QString error =
            m_config.auth == McpServerConfig::AuthKind::Bearer
                ? tr("MCP server \"%1\" refused the access token (%2). Check the token, or enter a new one.")
                      .arg(m_config.name,
                           QString::fromUtf8(challenge.isEmpty() ? QByteArray("HTTP 401") : challenge))
                : tr("MCP server \"%1\" requires sign-in. Set its authentication to OAuth, or enter "
                     "an access token, in the server settings.")
                      .arg(m_config.name);
        m_log->append(McpServerLog::Source::Client, QStringLiteral("error"), error);
        emit refused(id, error);
        return;
    }
    const QString key =
        id.isUndefined() ? message.value(QLatin1String("method")).toString() : id.toVariant().toString();
    // A request that is refused again after two sign-ins will not succeed with a third.
    if (++m_attempts[key] > 2) {
        const QString error = tr("MCP server \"%1\" still refuses access after signing in again; the account "
                                 "may lack the needed permission (%2).")
                                  .arg(m_config.name, QString::fromUtf8(challenge));
        m_log->append(McpServerLog::Source::Client, QStringLiteral("error"), error);
        emit refused(id, error);
        return;
    }
    m_log->append(McpServerLog::Source::Client, QStringLiteral("info"),
                  tr("The server asks for authorization; signing in."));
    m_waiting << message;
    m_oauth->authorize(challenge); // no-op while a sign-in is already running: it covers this one too
}

} // namespace harness::core
