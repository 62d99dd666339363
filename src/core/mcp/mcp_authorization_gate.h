// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/mcp_server_config.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace harness::core {

class McpOAuth;
class McpServerLog;

/// Sits between an HTTP transport's 401/403 challenges and OAuth: holds the refused messages,
/// signs in once for all of them, hands them back to be sent again with the new token, and
/// gives up on a request that is still refused after two sign-ins (no endless loops).
class McpAuthorizationGate final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpAuthorizationGate)
public:
    McpAuthorizationGate(const McpServerConfig& config, McpServerLog* log, QObject* parent = nullptr);

    /// The OAuth state, or nullptr when the server is not configured for OAuth.
    McpOAuth* oauth() const { return m_oauth; }
    void reset();
    /// A message was refused with \a challenge (its WWW-Authenticate header).
    void handleChallenge(const QByteArray& challenge, const QJsonObject& message);

signals:
    /// Signed in: send \a messages again with \a accessToken.
    void authorized(const QString& accessToken, const QList<QJsonObject>& messages);
    /// The request \a id cannot be authorized; fail it with \a error (translated).
    void refused(const QJsonValue& id, const QString& error);

private:
    McpServerConfig m_config;
    McpServerLog* m_log;
    McpOAuth* m_oauth = nullptr;
    QList<QJsonObject> m_waiting;
    QHash<QString, int> m_attempts; ///< per request id: sign-ins it triggered
};

} // namespace harness::core
