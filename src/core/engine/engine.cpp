// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/engine.h"

#include "core/secrets/secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/settings_repository.h"
#include "core/store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace harness::core {

Engine::Engine(Store& store, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_store(store), m_approval(store),
      m_providers(std::make_unique<ProviderAccess>(store, secrets)),
      m_runs(std::make_unique<RunRegistry>(store, &m_network, &m_mcpTools, &m_approval)),
      m_chat(std::make_unique<ChatService>(store, *m_runs, *m_providers, &m_network))
{
    const auto settings = store.settings().load().value;
    m_chat->setStallTimeout(std::chrono::seconds(settings.streamStallTimeoutSeconds));
    connect(&store, &Store::settingsChanged, this, [this, &store] {
        m_chat->setStallTimeout(
            std::chrono::seconds(store.settings().load().value.streamStallTimeoutSeconds));
    });
    // A harness lists its servers by row id; the registry knows them by name.
    m_mcpTools.setServerResolver([this](const Harness& harness) {
        QStringList names;
        for (const auto& id : harness.mcpServerIds) {
            if (auto server = m_store.mcpServers().get(id); server.ok() && server.value.enabled)
                names.append(server.value.config.name);
        }
        return names;
    });
    connect(&store, &Store::mcpServersChanged, this, &Engine::reloadMcpServers);
    reloadMcpServers();
}

void Engine::reloadMcpServers()
{
    auto servers = m_store.mcpServers().list();
    if (!servers.ok())
        return;
    QList<McpServerConfig> configs;
    const int generation = ++m_mcpGeneration;
    for (const auto& server : std::as_const(servers.value)) {
        if (!server.enabled)
            continue;
        configs.append(server.config);
        // Secret environment variables (API keys of local servers) come from the keychain too.
        if (server.config.isStdio() && m_secrets) {
            const QString name = server.config.name;
            m_secrets->read(
                server.envSecretKey(), this, [this, generation, name](const SecretResult& result) {
                    const QJsonObject env = QJsonDocument::fromJson(result.value.toUtf8()).object();
                    if (!result.ok() || generation != m_mcpGeneration || env.isEmpty())
                        return;
                    auto current = m_mcp.servers();
                    for (auto& config : current) {
                        if (config.name != name)
                            continue;
                        for (auto it = env.begin(); it != env.end(); ++it)
                            config.env.insert(it.key(), it.value().toString());
                    }
                    m_mcp.setServers(current);
                });
        }
    }
    m_mcp.setServers(configs);
    m_mcpCredentials.sync(servers.value); // tokens from the keychain, before the servers connect
}

Engine::~Engine()
{
    m_runs->stopAll();
    m_mcp.stopAll(); // the registry's destructor kills whatever is left: no orphan processes
}

void Engine::setToolProvider(ToolProvider* tools)
{
    m_runs->setToolProvider(tools ? tools : &m_mcpTools);
}

void Engine::setApprovalPolicy(ToolApprovalPolicy* asker)
{
    m_approval.setAsker(asker);
}

} // namespace harness::core
