// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_oauth.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace harness::core {

class McpServerRegistry;
class SecretStore;
struct StoredMcpServer;

/// Keeps the secrets of saved MCP servers in the keychain and hands them to the registry: bearer
/// tokens ("mcp/<id>/bearer"), and OAuth tokens with the dynamically registered client
/// ("mcp/<id>/oauth"), read before the server connects (so a restart needs no new sign-in),
/// written again whenever they change (sign-in, refresh, step-up, registration), and removed with
/// the server. Nothing of it ever reaches the SQLite store.
class McpCredentialKeeper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpCredentialKeeper)
public:
    McpCredentialKeeper(McpServerRegistry& registry, SecretStore* secrets, QObject* parent = nullptr);
    ~McpCredentialKeeper() override;

    static QString oauthKey(const QString& serverId);
    static QString bearerKey(const QString& serverId);
    /// Secret environment values of a stdio server (API keys the wizard asked for).
    static QString envKey(const QString& serverId);
    static QString encode(const McpOAuthTokens& tokens, const McpOAuthClient& client);
    static bool decode(const QString& text, McpOAuthTokens* tokens, McpOAuthClient* client);

    /// The saved servers now configured in the registry (call after McpServerRegistry::setServers):
    /// loads the secrets of servers whose credentials the registry does not have yet, and removes
    /// the keychain entries of servers that were deleted since the last call.
    void sync(const QList<StoredMcpServer>& servers);
    /// True while keychain writes are still running (the CLI waits for them before exiting).
    bool isBusy() const { return m_pendingWrites > 0; }

signals:
    /// A keychain read or write failed; \a error says why (translated).
    void problem(const QString& serverName, const QString& error);
    /// Every keychain write has finished.
    void idle();

private:
    void save(const QString& serverName, const McpOAuthTokens& tokens, const McpOAuthClient& client);
    void writeFinished();
    void report(const QString& serverName, const QString& error);

    McpServerRegistry& m_registry;
    SecretStore* m_secrets = nullptr;
    QHash<QString, QString> m_idByName; ///< server name -> row id, of the saved servers
    QSet<QString> m_knownIds;
    bool m_synced = false;
    int m_pendingWrites = 0;
};

} // namespace harness::core
