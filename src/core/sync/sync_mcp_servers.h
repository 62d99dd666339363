// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <utility>

namespace harness::core {

class Database;

/// A harness's MCP servers between the local link table (harness_mcp_servers -> mcp_servers) and
/// the web's embedded `mcpServers: [{name, url, authType, authToken?, commandIds?}]`.
///
/// Only URL servers (Streamable HTTP, SSE) travel; stdio servers stay on the device. A web
/// entry's bearer `authToken` goes to the keychain (`mcp/<server id>/bearer`), never to SQLite,
/// and the desktop never sends tokens: the web merges entries by URL and keeps its tokens and
/// command ids. Entries the desktop cannot run (auth types it does not know) are kept in the
/// harness's remote base and sent back unchanged, so a desktop edit never drops them.
namespace SyncMcpServers {

/// A bearer token that came with a web entry, for the secret store.
struct Token {
    QString serverId;
    QString token;
};

/// The `mcpServers` value for a push: the harness's URL servers in order, then the entries of
/// `base` (the last pulled value) the desktop cannot represent.
StoreResult<QJsonArray> toWeb(Database& db, const QString& harnessId, const QJsonArray& base);
/// Links the harness to the servers of `entries` (found by URL, else created), in their order,
/// after removing its other URL-server links; its stdio servers stay linked after them.
StoreError apply(Database& db, const QString& harnessId, const QJsonArray& entries, QList<Token>& tokens);
/// `entries` as {name, url, authType} only: no token, no command ids (what may be stored as the
/// remote base, and what the web compares a push's base with).
QJsonArray withoutTokens(const QJsonArray& entries);
/// Whether the desktop can run an entry (auth type none, bearer or oauth, and a URL).
bool representable(const QJsonObject& entry);

} // namespace SyncMcpServers

} // namespace harness::core
