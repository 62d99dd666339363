// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/engine.h"

#include "core/store/settings_repository.h"
#include "core/store/store.h"

namespace harness::core {

Engine::Engine(Store& store, SecretStore* secrets, QObject* parent)
    : QObject(parent),
      m_secrets(secrets),
      m_providers(std::make_unique<ProviderAccess>(store, secrets)),
      m_runs(std::make_unique<RunRegistry>(store, &m_network, &m_noTools, &m_readOnly)),
      m_chat(std::make_unique<ChatService>(store, *m_runs, *m_providers, &m_network))
{
    const auto settings = store.settings().load().value;
    m_chat->setStallTimeout(std::chrono::seconds(settings.streamStallTimeoutSeconds));
    connect(&store, &Store::settingsChanged, this, [this, &store] {
        m_chat->setStallTimeout(std::chrono::seconds(store.settings().load().value.streamStallTimeoutSeconds));
    });
}

Engine::~Engine()
{
    m_runs->stopAll();
}

void Engine::setToolProvider(ToolProvider* tools)
{
    m_runs->setToolProvider(tools ? tools : &m_noTools);
}

void Engine::setApprovalPolicy(ToolApprovalPolicy* approval)
{
    m_runs->setApprovalPolicy(approval ? approval : &m_readOnly);
}

} // namespace harness::core
