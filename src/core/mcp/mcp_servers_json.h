// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/mcp_server_config.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace harness::core {

/// One `mcpServers` entry that could not be imported, and why (translated, for the user).
struct McpImportProblem {
    QString entryName;
    QString reason;
};

struct McpImportResult {
    QList<McpServerConfig> servers;
    QList<McpImportProblem> problems;
    /// `Authorization: Bearer ...` headers found in entries, by server name. They are removed from
    /// the configs (which get AuthKind::Bearer) so the caller can move them into the keychain.
    QHash<QString, QString> bearerTokens;
    /// Non-empty when the whole document is unusable (not JSON, no `mcpServers` object).
    QString documentError;
};

/// Reads and writes the `{"mcpServers": {...}}` format used by Claude Desktop, Cursor and others.
namespace McpServersJson {
McpImportResult parse(const QByteArray& json);
/// Serialises configs; bearer tokens are never written (secrets stay in the keychain).
QByteArray serialize(const QList<McpServerConfig>& servers);
QJsonObject toEntry(const McpServerConfig& server);
} // namespace McpServersJson

} // namespace harness::core
