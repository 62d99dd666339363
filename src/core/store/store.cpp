// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/store.h"

#include "core/store/conversation_repository.h"
#include "core/store/draft_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/local_settings_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/message_repository.h"
#include "core/store/provider_repository.h"
#include "core/store/search_repository.h"
#include "core/store/settings_repository.h"
#include "core/store/tool_policy_repository.h"
#include "core/store/unread_repository.h"

namespace harness::core {

Store::Store(const QString& path, QObject* parent)
    : QObject(parent), m_database(std::make_unique<Database>(path)),
      m_conversations(std::make_unique<ConversationRepository>(*this)),
      m_messages(std::make_unique<MessageRepository>(*this)),
      m_harnesses(std::make_unique<HarnessRepository>(*this)),
      m_settings(std::make_unique<SettingsRepository>(*this)),
      m_search(std::make_unique<SearchRepository>(*this)),
      m_providers(std::make_unique<ProviderRepository>(*this)),
      m_mcpServers(std::make_unique<McpServerRepository>(*this)),
      m_toolPolicies(std::make_unique<ToolPolicyRepository>(*this)),
      m_unread(std::make_unique<UnreadRepository>(*this)), m_drafts(std::make_unique<DraftRepository>(*this)),
      m_localSettings(std::make_unique<LocalSettingsRepository>(*this))
{}

Store::~Store() = default;

StoreError Store::open(int targetVersion)
{
    return m_database->open(targetVersion);
}

} // namespace harness::core
