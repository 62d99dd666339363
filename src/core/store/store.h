// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/database.h"
#include "core/store/store_error.h"

#include <QObject>
#include <memory>

namespace harness::core {

class ConversationRepository;
class MessageRepository;
class HarnessRepository;
class SettingsRepository;
class SearchRepository;
class ProviderRepository;
class McpServerRepository;
class ToolPolicyRepository;
class UnreadRepository;
class DraftRepository;
class LocalSettingsRepository;

template <typename T> struct StoreResult {
    T value{};
    StoreError error;
    bool ok() const { return error.ok(); }
};

/// The local store: the single source of truth of the app. Owns the SQLite connection and one
/// repository per table; announces every change so models and views can follow.
class Store final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)
public:
    explicit Store(const QString& path, QObject* parent = nullptr);
    ~Store() override;

    StoreError open(int targetVersion = 0);
    Database& database() { return *m_database; }
    const QString& path() const { return m_database->path(); }

    ConversationRepository& conversations() { return *m_conversations; }
    MessageRepository& messages() { return *m_messages; }
    HarnessRepository& harnesses() { return *m_harnesses; }
    SettingsRepository& settings() { return *m_settings; }
    SearchRepository& search() { return *m_search; }
    ProviderRepository& providers() { return *m_providers; }
    McpServerRepository& mcpServers() { return *m_mcpServers; }
    /// Tool approval rules per harness / server / tool (device-local).
    ToolPolicyRepository& toolPolicies() { return *m_toolPolicies; }
    /// Device-local unread marks (answers finished while the user looked elsewhere).
    UnreadRepository& unread() { return *m_unread; }
    DraftRepository& drafts() { return *m_drafts; }
    /// Device-local key/value preferences (never synced).
    LocalSettingsRepository& localSettings() { return *m_localSettings; }

Q_SIGNALS:
    /// Conversations were added, removed or reordered.
    void conversationsChanged();
    /// One conversation's fields changed (title, pinned, last message time, ...).
    void conversationChanged(const QString& conversationId);
    void messageAdded(const QString& conversationId, const QString& messageId);
    void messageChanged(const QString& conversationId, const QString& messageId);
    void messagesRemoved(const QString& conversationId);
    /// Messages of a conversation were replaced by `byMessageId` (edit and resend): they left
    /// the conversation as shown and stay as its earlier version.
    void messagesSuperseded(const QString& conversationId, const QString& byMessageId);
    void harnessesChanged();
    void settingsChanged();
    void providersChanged();
    void mcpServersChanged();
    void toolPoliciesChanged();
    /// A conversation was marked unread, or its mark was cleared.
    void unreadChanged(const QString& conversationId);
    void localSettingsChanged();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationRepository> m_conversations;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<HarnessRepository> m_harnesses;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<SearchRepository> m_search;
    std::unique_ptr<ProviderRepository> m_providers;
    std::unique_ptr<McpServerRepository> m_mcpServers;
    std::unique_ptr<ToolPolicyRepository> m_toolPolicies;
    std::unique_ptr<UnreadRepository> m_unread;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<LocalSettingsRepository> m_localSettings;
};

} // namespace harness::core
