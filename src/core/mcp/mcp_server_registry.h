// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_client.h"
#include "core/mcp/mcp_oauth.h"
#include "core/mcp/mcp_tool.h"
#include "core/mcp/mcp_tool_name_map.h"
#include "core/model/mcp_server_config.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace harness::core {

class McpAuthorizationOpener;
class McpElicitationHandler;

/// A tool as the model sees it: the exposed name plus where it really lives.
struct McpExposedTool {
    QString exposedName; ///< `<server>__<tool>`, sanitised and unique
    QString server;
    McpTool tool;
};

/// The answer to McpServerRegistry::listTools(): the tools of every server that could be
/// reached, and for each server that could not, why. One broken server never hides the others.
class McpToolListing final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpToolListing)
public:
    using QObject::QObject;
    bool isFinished() const { return m_finished; }
    QList<McpExposedTool> tools() const { return m_tools; }
    /// Server name -> translated error, for servers whose tools are missing.
    QHash<QString, QString> errors() const { return m_errors; }

signals:
    void finished();

private:
    friend class McpServerRegistry;
    QList<McpExposedTool> m_tools;
    QHash<QString, QString> m_errors;
    QStringList m_waitingFor;
    bool m_finished = false;
};

/// All configured MCP servers of the application. A server is started on first use and shared by
/// every conversation that uses it; it is restarted with exponential backoff after a crash and
/// stopped cleanly by stopAll() (the destructor kills whatever is left: no orphans).
class McpServerRegistry final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServerRegistry)
public:
    explicit McpServerRegistry(QObject* parent = nullptr);
    ~McpServerRegistry() override;

    /// Replaces the configuration. Servers that were removed or changed are stopped.
    void setServers(const QList<McpServerConfig>& servers);
    QList<McpServerConfig> servers() const;
    QStringList serverNames() const;

    /// Supplies a bearer token at runtime (from the keychain); it is never stored here.
    void setBearerToken(const QString& server, const QString& token);
    /// OAuth state of an AuthKind::OAuth server, read from the keychain: given to its client
    /// before it connects (and now, if it exists), so a restart needs no new sign-in.
    void setOAuthCredentials(const QString& server, const McpOAuthTokens& tokens,
                             const McpOAuthClient& client);
    /// The server's secrets are being read from the keychain: listTools() does not start it
    /// until this is set back to false (credentialsLoaded() follows).
    void setCredentialsPending(const QString& server, bool pending);
    /// Whether setOAuthCredentials() was called since the server was (re)configured.
    bool hasOAuthCredentials(const QString& server) const;
    /// Not owned; used by every client. nullptr declines elicitation requests.
    void setElicitationHandler(McpElicitationHandler* handler);
    /// Not owned; opens sign-in pages for servers with AuthKind::OAuth.
    void setAuthorizationOpener(McpAuthorizationOpener* opener);
    /// Restart backoff: first delay, maximum delay, attempts before giving up until the next use.
    void setRestartPolicy(int initialDelayMs, int maxDelayMs, int maxAttempts);

    /// The client of \a server (created, not started), or nullptr when not configured.
    McpClient* client(const QString& server);
    /// Starts \a server unless it is running, starting or waiting for a restart.
    McpClient* ensureStarted(const QString& server);

    /// Reference counting for conversations sharing a server: release() of the last user stops it.
    void acquire(const QString& server);
    void release(const QString& server);
    int userCount(const QString& server) const;

    /// Starts the servers as needed and lists their tools. The listing is a child of the
    /// registry; delete it after finished().
    McpToolListing* listTools(const QStringList& servers);
    /// Calls a tool by its exposed name. Always returns a call; it finishes with an error for
    /// unknown names or unavailable servers.
    McpToolCall* callTool(const QString& exposedName, const QJsonObject& arguments);
    std::optional<McpToolRef> resolve(const QString& exposedName) const
    {
        return m_names.resolve(exposedName);
    }
    QString exposedName(const QString& server, const QString& tool) const
    {
        return m_names.exposedName(server, tool);
    }

    /// Stops every server cleanly; allStopped() follows.
    void stopAll();

signals:
    void serverStateChanged(const QString& server, harness::core::McpClient::State state);
    void serverFailed(const QString& server, const QString& error);
    /// Some server's tool list changed (exposed names may have changed too).
    void toolsChanged();
    void allStopped();
    /// New OAuth tokens (sign-in, refresh, step-up) or a new client registration of \a server:
    /// save them in the keychain. Both carry the full current state.
    void oauthCredentialsChanged(const QString& server, const harness::core::McpOAuthTokens& tokens,
                                 const harness::core::McpOAuthClient& client);
    /// setCredentialsPending(server, false) ended a wait.
    void credentialsLoaded(const QString& server);

private:
    struct Entry;
    Entry* entry(const QString& server) const;
    void createClient(Entry& e);
    void onClientFailed(const QString& server, const QString& error);
    void rebuildNames();
    void settleListing(McpToolListing* listing, const QString& server);
    void listOne(McpToolListing* listing, const QString& server);
    void checkAllStopped();

    std::vector<std::unique_ptr<Entry>> m_entries;
    McpToolNameMap m_names;
    McpElicitationHandler* m_elicitation = nullptr;
    McpAuthorizationOpener* m_opener = nullptr;
    int m_restartInitialMs = 1000;
    int m_restartMaxMs = 30'000;
    int m_restartMaxAttempts = 5;
    bool m_stoppingAll = false;
};

} // namespace harness::core
