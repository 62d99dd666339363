// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/mcp_credential_keeper.h"

#include "core/mcp/mcp_server_log.h"
#include "core/mcp/mcp_server_registry.h"
#include "core/secrets/secret_store.h"
#include "core/store/mcp_server_repository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace harness::core {

McpCredentialKeeper::McpCredentialKeeper(McpServerRegistry& registry, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_registry(registry), m_secrets(secrets)
{
    connect(&m_registry, &McpServerRegistry::oauthCredentialsChanged, this, &McpCredentialKeeper::save);
}

McpCredentialKeeper::~McpCredentialKeeper() = default;

QString McpCredentialKeeper::oauthKey(const QString& serverId)
{
    return QStringLiteral("mcp/%1/oauth").arg(serverId);
}

QString McpCredentialKeeper::bearerKey(const QString& serverId)
{
    return QStringLiteral("mcp/%1/bearer").arg(serverId);
}

QString McpCredentialKeeper::envKey(const QString& serverId)
{
    return QStringLiteral("mcp/%1/env").arg(serverId);
}

QString McpCredentialKeeper::encode(const McpOAuthTokens& tokens, const McpOAuthClient& client)
{
    QJsonObject t;
    if (tokens.isValid()) {
        t.insert(QStringLiteral("access_token"), tokens.accessToken);
        if (!tokens.refreshToken.isEmpty())
            t.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
        if (tokens.expiresAt.isValid())
            t.insert(QStringLiteral("expires_at"), tokens.expiresAt.toUTC().toString(Qt::ISODate));
        if (!tokens.scope.isEmpty())
            t.insert(QStringLiteral("scope"), tokens.scope);
    }
    QJsonObject c;
    if (client.isValid()) {
        c.insert(QStringLiteral("client_id"), client.clientId);
        if (!client.clientSecret.isEmpty())
            c.insert(QStringLiteral("client_secret"), client.clientSecret);
        if (!client.tokenEndpointAuthMethod.isEmpty())
            c.insert(QStringLiteral("token_endpoint_auth_method"), client.tokenEndpointAuthMethod);
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("tokens"), t}, {QStringLiteral("client"), c}})
            .toJson(QJsonDocument::Compact));
}

bool McpCredentialKeeper::decode(const QString& text, McpOAuthTokens* tokens, McpOAuthClient* client)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject())
        return false;
    const QJsonObject t = doc.object().value(QLatin1String("tokens")).toObject();
    tokens->accessToken = t.value(QLatin1String("access_token")).toString();
    tokens->refreshToken = t.value(QLatin1String("refresh_token")).toString();
    tokens->expiresAt = QDateTime::fromString(t.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    tokens->scope = t.value(QLatin1String("scope")).toString();
    const QJsonObject c = doc.object().value(QLatin1String("client")).toObject();
    client->clientId = c.value(QLatin1String("client_id")).toString();
    client->clientSecret = c.value(QLatin1String("client_secret")).toString();
    client->tokenEndpointAuthMethod = c.value(QLatin1String("token_endpoint_auth_method")).toString();
    return true;
}

void McpCredentialKeeper::sync(const QList<StoredMcpServer>& servers)
{
    QSet<QString> ids;
    m_idByName.clear();
    for (const StoredMcpServer& server : servers) {
        ids.insert(server.id);
        m_idByName.insert(server.config.name, server.id);
    }
    if (m_secrets && m_synced) {
        // Deleted servers take their secrets with them.
        for (const QString& gone : m_knownIds - ids) {
            for (const QString& key : {oauthKey(gone), bearerKey(gone), envKey(gone)})
                m_secrets->remove(key, this, [this, key](const SecretResult& result) {
                    if (!result.ok())
                        report(QString(), tr("Could not remove %1 from %2: %3")
                                              .arg(key, m_secrets->description(), result.error));
                });
        }
    }
    m_knownIds = ids;
    m_synced = true;

    for (const StoredMcpServer& server : servers) {
        if (!server.enabled || !server.config.isHttp())
            continue;
        const QString name = server.config.name;
        const bool bearer = server.config.auth == McpServerConfig::AuthKind::Bearer;
        const bool oauth =
            server.config.auth == McpServerConfig::AuthKind::OAuth && !m_registry.hasOAuthCredentials(name);
        if (!m_secrets || (!bearer && !oauth))
            continue;
        // The server waits (listTools() does not start it) until its secret is read.
        m_registry.setCredentialsPending(name, true);
        const QString key = bearer ? bearerKey(server.id) : oauthKey(server.id);
        m_secrets->read(key, this, [this, name, bearer](const SecretResult& result) {
            if (!result.ok() && result.status != SecretResult::Status::NotFound)
                report(name, result.error);
            if (bearer) {
                if (result.ok())
                    m_registry.setBearerToken(name, result.value);
            } else {
                McpOAuthTokens tokens;
                McpOAuthClient client;
                if (result.ok() && !decode(result.value, &tokens, &client))
                    report(
                        name,
                        tr("The saved sign-in of MCP server \"%1\" is unreadable; sign in again.").arg(name));
                m_registry.setOAuthCredentials(name, tokens, client);
            }
            m_registry.setCredentialsPending(name, false);
        });
    }
}

void McpCredentialKeeper::save(const QString& serverName, const McpOAuthTokens& tokens,
                               const McpOAuthClient& client)
{
    const QString id = m_idByName.value(serverName);
    if (!m_secrets || id.isEmpty())
        return; // not a saved server (a --config file): nothing outlives the process
    ++m_pendingWrites;
    m_secrets->write(
        oauthKey(id), encode(tokens, client), this, [this, serverName](const SecretResult& result) {
            if (!result.ok())
                report(serverName,
                       tr("The sign-in of MCP server \"%1\" could not be saved in %2 (%3); you will be asked "
                          "to sign in again next time.")
                           .arg(serverName, m_secrets->description(), result.error));
            writeFinished();
        });
}

void McpCredentialKeeper::report(const QString& serverName, const QString& error)
{
    // In the server's log too, where the user looks when a server misbehaves.
    if (McpClient* client = serverName.isEmpty() ? nullptr : m_registry.client(serverName))
        client->log()->append(McpServerLog::Source::Client, QStringLiteral("error"), error);
    emit problem(serverName, error);
}

void McpCredentialKeeper::writeFinished()
{
    if (--m_pendingWrites == 0)
        emit idle();
}

} // namespace harness::core
