// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/sync/sync_mcp_servers.h"

#include <QList>
#include <QSet>
#include <QString>
#include <utility>

namespace harness::core {

/// What applying web documents changed locally, so the store's change signals can be emitted
/// (SyncEngine::emitStoreSignals) and tokens written to the keychain.
struct AppliedChanges {
    int rows = 0;
    bool harnesses = false;
    bool conversations = false;
    bool settings = false;
    bool mcpServers = false;
    QSet<QString> changedConversations; ///< fields or messages changed
    QSet<QString> removedMessagesIn;    ///< conversations that lost messages
    /// (conversation, replacing message) of branches that became earlier versions elsewhere.
    QSet<std::pair<QString, QString>> supersededBranches;
    /// (conversation, message) of new messages, for Store::messageAdded.
    QList<std::pair<QString, QString>> appendedMessages;
    /// (conversation, message) of messages the web changed (a rewind into it, late usage).
    QList<std::pair<QString, QString>> changedMessages;
    /// Bearer tokens of web MCP entries, for the secret store (never SQLite).
    QList<SyncMcpServers::Token> tokens;
    /// Messages kept on this device although their conversation was deleted on the web.
    int keptLocalMessages = 0;

    bool isEmpty() const { return rows == 0 && tokens.isEmpty(); }
    void add(const AppliedChanges& other)
    {
        rows += other.rows;
        harnesses = harnesses || other.harnesses;
        conversations = conversations || other.conversations;
        settings = settings || other.settings;
        mcpServers = mcpServers || other.mcpServers;
        changedConversations.unite(other.changedConversations);
        removedMessagesIn.unite(other.removedMessagesIn);
        supersededBranches.unite(other.supersededBranches);
        appendedMessages.append(other.appendedMessages);
        changedMessages.append(other.changedMessages);
        tokens.append(other.tokens);
        keptLocalMessages += other.keptLocalMessages;
    }
};

} // namespace harness::core
