// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/chat_service.h"
#include "core/engine/provider_access.h"
#include "core/engine/run_registry.h"
#include "core/engine/tool_provider.h"

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

    /// Where tools come from (default: none). Not owned.
    void setToolProvider(ToolProvider* tools);
    /// Who approves tool calls (default: read-only tools only). Not owned.
    void setApprovalPolicy(ToolApprovalPolicy* approval);

private:
    QNetworkAccessManager m_network;
    SecretStore* m_secrets = nullptr;
    NoToolProvider m_noTools;
    ReadOnlyPolicy m_readOnly;
    std::unique_ptr<ProviderAccess> m_providers;
    std::unique_ptr<RunRegistry> m_runs;
    std::unique_ptr<ChatService> m_chat;
};

} // namespace harness::core
