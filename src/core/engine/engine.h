// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/chat_service.h"
#include "core/engine/mcp_credential_keeper.h"
#include "core/engine/provider_access.h"
#include "core/engine/run_registry.h"
#include "core/engine/stored_approval_policy.h"
#include "core/mcp/mcp_server_registry.h"
#include "core/mcp/mcp_tool_provider.h"
#include "core/tools/tool_provider.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

namespace harness::core {

class SecretStore;
class Store;

/// The chat engine of one profile, wired together: network, providers and keys, tools, the run
/// registry and the chat service. Lives as long as the app; independent of any window.
class Engine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)
public:
    Engine(Store& store, SecretStore* secrets, QObject* parent = nullptr);
    ~Engine() override;

    QNetworkAccessManager& network() { return m_network; }
    ProviderAccess& providers() { return *m_providers; }
    RunRegistry& runs() { return *m_runs; }
    ChatService& chat() { return *m_chat; }
    SecretStore* secrets() const { return m_secrets; }

    /// The MCP servers saved in the store, started on first use by a harness that lists them.
    McpServerRegistry& mcp() { return m_mcp; }
    /// Where tools come from (default: the MCP servers of each harness). Not owned.
    void setToolProvider(ToolProvider* tools);
    /// Re-reads the saved MCP servers (and their bearer / OAuth tokens from the keychain).
    void reloadMcpServers();
    /// Keeps MCP sign-ins in the keychain (problem() says when it cannot).
    McpCredentialKeeper& mcpCredentials() { return m_mcpCredentials; }
    /// Who is asked when a tool call needs approval (the GUI's inline prompt, the CLI's
    /// terminal question). Not owned; nullptr: nobody, such calls are denied. The stored
    /// per-harness/server/tool policy (approval()) always decides first.
    void setApprovalPolicy(ToolApprovalPolicy* asker);
    StoredApprovalPolicy& approval() { return m_approval; }

private:
    QNetworkAccessManager m_network;
    SecretStore* m_secrets = nullptr;
    Store& m_store;
    McpServerRegistry m_mcp;
    int m_mcpGeneration = 0; ///< reloads; a keychain answer for an older one is dropped
    McpToolProvider m_mcpTools{&m_mcp};
    McpCredentialKeeper m_mcpCredentials{m_mcp, m_secrets};
    StoredApprovalPolicy m_approval;
    std::unique_ptr<ProviderAccess> m_providers;
    std::unique_ptr<RunRegistry> m_runs;
    std::unique_ptr<ChatService> m_chat;
};

} // namespace harness::core
