// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/mcp_server_config.h"
#include "core/store/store.h"

#include <QList>

namespace harness::core {

/// A configured MCP server as stored: its config (no secrets: bearer and OAuth tokens live in the
/// keychain under secretKey()) plus the row's identity.
struct StoredMcpServer {
    QString id;
    McpServerConfig config;
    bool enabled = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QString secretKey() const { return QStringLiteral("mcp/%1/bearer").arg(id); }
    /// Secret environment variables of a stdio server: a JSON object (name -> value) in the keychain.
    QString envSecretKey() const { return QStringLiteral("mcp/%1/env").arg(id); }
};

class McpServerRepository final {
    Q_DISABLE_COPY_MOVE(McpServerRepository)
public:
    explicit McpServerRepository(Store& store) : m_store(store) {}

    /// Inserts; names are unique (Invalid when taken or when the config is not usable).
    StoreError create(StoredMcpServer& server);
    StoreResult<StoredMcpServer> get(const QString& id);
    StoreResult<StoredMcpServer> findByName(const QString& name);
    StoreResult<QList<StoredMcpServer>> list();
    StoreError update(StoredMcpServer& server);
    StoreError remove(const QString& id);

private:
    Store& m_store;
};

} // namespace harness::core
