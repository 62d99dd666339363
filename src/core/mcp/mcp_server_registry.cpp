// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_server_registry.h"

#include "core/mcp/mcp_server_log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace harness::core {

namespace {
constexpr qint64 kStableRunMs = 60'000; ///< a run this long resets the restart backoff
} // namespace

struct McpServerRegistry::Entry {
    McpServerConfig config;
    McpClient* client = nullptr;
    QString token;
    McpOAuthTokens oauthTokens;
    McpOAuthClient oauthClient;
    bool credentialsSet = false;
    bool credentialsPending = false;
    QTimer restartTimer;
    QElapsedTimer readySince;
    int users = 0;
    int attempts = 0;
    bool wanted = false; ///< started on demand and not stopped since
};

McpServerRegistry::McpServerRegistry(QObject* parent) : QObject(parent)
{}

McpServerRegistry::~McpServerRegistry()
{
    // Clients kill stdio children synchronously in their destructors.
    for (auto& e : m_entries) {
        if (e->client) {
            e->client->disconnect(this);
            delete e->client;
        }
    }
}

McpServerRegistry::Entry* McpServerRegistry::entry(const QString& server) const
{
    for (const auto& e : m_entries) {
        if (e->config.name == server)
            return e.get();
    }
    return nullptr;
}

void McpServerRegistry::setServers(const QList<McpServerConfig>& servers)
{
    std::vector<std::unique_ptr<Entry>> kept;
    for (auto& e : m_entries) {
        const auto it = std::find_if(servers.begin(), servers.end(),
                                     [&](const McpServerConfig& c) { return c.name == e->config.name; });
        if (it != servers.end() && *it == e->config) {
            kept.push_back(std::move(e));
        } else if (e->client) {
            e->client->disconnect(this);
            e->client->stop();
            e->client->deleteLater();
        }
    }
    m_entries = std::move(kept);
    for (const McpServerConfig& c : servers) {
        if (entry(c.name))
            continue;
        auto e = std::make_unique<Entry>();
        e->config = c;
        e->restartTimer.setSingleShot(true);
        const QString name = c.name;
        connect(&e->restartTimer, &QTimer::timeout, this, [this, name] {
            if (Entry* en = entry(name); en && en->wanted && !m_stoppingAll) {
                en->client->log()->append(McpServerLog::Source::Client, QStringLiteral("info"),
                                          tr("Restarting the server (attempt %1).").arg(en->attempts));
                en->client->start();
            }
        });
        m_entries.push_back(std::move(e));
    }
    rebuildNames();
}

QList<McpServerConfig> McpServerRegistry::servers() const
{
    QList<McpServerConfig> out;
    for (const auto& e : m_entries)
        out << e->config;
    return out;
}

QStringList McpServerRegistry::serverNames() const
{
    QStringList out;
    for (const auto& e : m_entries)
        out << e->config.name;
    return out;
}

void McpServerRegistry::setBearerToken(const QString& server, const QString& token)
{
    if (Entry* e = entry(server)) {
        e->token = token;
        if (e->client)
            e->client->setBearerToken(token);
    }
}

void McpServerRegistry::setOAuthCredentials(const QString& server, const McpOAuthTokens& tokens,
                                            const McpOAuthClient& client)
{
    Entry* e = entry(server);
    if (!e)
        return;
    e->oauthTokens = tokens;
    e->oauthClient = client;
    e->credentialsSet = true;
    if (e->client && e->client->oauth()) {
        if (client.isValid())
            e->client->oauth()->setClient(client);
        if (tokens.isValid())
            e->client->oauth()->setTokens(tokens);
    }
}

void McpServerRegistry::setCredentialsPending(const QString& server, bool pending)
{
    Entry* e = entry(server);
    if (!e)
        return;
    if (std::exchange(e->credentialsPending, pending) && !pending)
        emit credentialsLoaded(server);
}

bool McpServerRegistry::hasOAuthCredentials(const QString& server) const
{
    const Entry* e = entry(server);
    return e && e->credentialsSet;
}

void McpServerRegistry::setElicitationHandler(McpElicitationHandler* handler)
{
    m_elicitation = handler;
    for (auto& e : m_entries) {
        if (e->client)
            e->client->setElicitationHandler(handler);
    }
}

void McpServerRegistry::setAuthorizationOpener(McpAuthorizationOpener* opener)
{
    m_opener = opener;
    for (auto& e : m_entries) {
        if (e->client)
            e->client->setAuthorizationOpener(opener);
    }
}

void McpServerRegistry::setRestartPolicy(int initialDelayMs, int maxDelayMs, int maxAttempts)
{
    m_restartInitialMs = initialDelayMs;
    m_restartMaxMs = maxDelayMs;
    m_restartMaxAttempts = maxAttempts;
}

void McpServerRegistry::createClient(Entry& e)
{
    e.client = new McpClient(e.config, this);
    e.client->setBearerToken(e.token);
    e.client->setElicitationHandler(m_elicitation);
    e.client->setAuthorizationOpener(m_opener);
    const QString name = e.config.name;
    if (McpOAuth* oauth = e.client->oauth()) {
        if (e.oauthClient.isValid())
            oauth->setClient(e.oauthClient);
        if (e.oauthTokens.isValid())
            oauth->setTokens(e.oauthTokens);
        connect(oauth, &McpOAuth::tokensChanged, this, [this, name](const McpOAuthTokens& tokens) {
            if (Entry* en = entry(name)) {
                en->oauthTokens = tokens;
                emit oauthCredentialsChanged(name, tokens, en->oauthClient);
            }
        });
        connect(oauth, &McpOAuth::clientRegistered, this, [this, name](const McpOAuthClient& client) {
            if (Entry* en = entry(name)) {
                en->oauthClient = client;
                emit oauthCredentialsChanged(name, en->oauthTokens, client);
            }
        });
    }
    connect(e.client, &McpClient::stateChanged, this, [this, name](McpClient::State state) {
        if (Entry* en = entry(name); en && state == McpClient::State::Ready)
            en->readySince.start();
        emit serverStateChanged(name, state);
        if (state == McpClient::State::Idle || state == McpClient::State::Failed)
            checkAllStopped();
    });
    connect(e.client, &McpClient::failed, this,
            [this, name](const QString& error) { onClientFailed(name, error); });
    connect(e.client, &McpClient::toolsChanged, this, &McpServerRegistry::rebuildNames);
}

McpClient* McpServerRegistry::client(const QString& server)
{
    Entry* e = entry(server);
    if (!e)
        return nullptr;
    if (!e->client)
        createClient(*e);
    return e->client;
}

McpClient* McpServerRegistry::ensureStarted(const QString& server)
{
    McpClient* c = client(server);
    if (!c)
        return nullptr;
    Entry* e = entry(server);
    m_stoppingAll = false;
    e->wanted = true;
    const auto state = c->state();
    if (state == McpClient::State::Stopping) {
        c->start(); // starts again once stopped
    } else if ((state == McpClient::State::Idle || state == McpClient::State::Failed) &&
               !e->restartTimer.isActive()) {
        if (state == McpClient::State::Failed)
            e->attempts = 0; // a new use after giving up: try again from the start
        c->start();
    }
    return c;
}

void McpServerRegistry::onClientFailed(const QString& server, const QString& error)
{
    Entry* e = entry(server);
    if (!e)
        return;
    emit serverFailed(server, error);
    if (!e->wanted || m_stoppingAll)
        return;
    if (e->readySince.isValid() && e->readySince.elapsed() >= kStableRunMs)
        e->attempts = 0;
    e->readySince.invalidate();
    if (e->attempts >= m_restartMaxAttempts) {
        e->client->log()->append(
            McpServerLog::Source::Client, QStringLiteral("error"),
            tr("The server failed %n time(s) in a row; it will be started again when it is next used.",
               nullptr, e->attempts));
        return;
    }
    const qint64 delay = qMin<qint64>(qint64(m_restartInitialMs) << qMin(e->attempts, 20), m_restartMaxMs);
    ++e->attempts;
    e->restartTimer.start(int(delay));
}

void McpServerRegistry::acquire(const QString& server)
{
    if (Entry* e = entry(server)) {
        ++e->users;
        ensureStarted(server);
    }
}

void McpServerRegistry::release(const QString& server)
{
    Entry* e = entry(server);
    if (!e || e->users == 0)
        return;
    if (--e->users == 0) {
        e->wanted = false;
        e->restartTimer.stop();
        if (e->client)
            e->client->stop();
    }
}

int McpServerRegistry::userCount(const QString& server) const
{
    const Entry* e = entry(server);
    return e ? e->users : 0;
}

void McpServerRegistry::rebuildNames()
{
    QList<McpToolRef> refs;
    for (const auto& e : m_entries) {
        if (!e->client)
            continue;
        for (const McpTool& t : e->client->tools())
            refs << McpToolRef{e->config.name, t.name};
    }
    m_names.rebuild(refs);
    emit toolsChanged();
}

McpToolListing* McpServerRegistry::listTools(const QStringList& servers)
{
    auto* listing = new McpToolListing(this);
    listing->m_waitingFor = servers;
    listing->m_waitingFor.removeDuplicates();
    const QStringList names = listing->m_waitingFor;
    for (const QString& name : names) {
        if (Entry* e = entry(name); e && e->credentialsPending) {
            // Its tokens are still being read from the keychain: start it once they are there.
            connect(this, &McpServerRegistry::credentialsLoaded, listing,
                    [this, listing, name](const QString& s) {
                        if (s != name || !listing->m_waitingFor.contains(name))
                            return;
                        listOne(listing, name);
                        if (listing->m_waitingFor.isEmpty() && !listing->m_finished) {
                            listing->m_finished = true;
                            QTimer::singleShot(0, listing, &McpToolListing::finished);
                        }
                    });
            continue;
        }
        listOne(listing, name);
    }
    if (listing->m_waitingFor.isEmpty() && !listing->m_finished) {
        listing->m_finished = true;
        QTimer::singleShot(0, listing, &McpToolListing::finished);
    }
    return listing;
}

void McpServerRegistry::listOne(McpToolListing* listing, const QString& name)
{
    McpClient* c = ensureStarted(name);
    if (!c) {
        listing->m_errors.insert(name,
                                 tr("The MCP server \"%1\" is not configured. Add it in the settings or "
                                    "remove it from the harness.")
                                     .arg(name));
        listing->m_waitingFor.removeAll(name);
        return;
    }
    if (c->state() == McpClient::State::Starting || c->state() == McpClient::State::Stopping) {
        auto settle = [this, listing, name] {
            settleListing(listing, name);
        };
        connect(c, &McpClient::ready, listing, settle, Qt::SingleShotConnection);
        connect(c, &McpClient::failed, listing, settle, Qt::SingleShotConnection);
        return;
    }
    settleListing(listing, name);
}

void McpServerRegistry::settleListing(McpToolListing* listing, const QString& server)
{
    if (!listing->m_waitingFor.removeOne(server))
        return;
    McpClient* c = client(server);
    if (c && c->isReady()) {
        rebuildNames();
        for (const McpTool& t : c->tools())
            listing->m_tools << McpExposedTool{m_names.exposedName(server, t.name), server, t};
    } else {
        const QString error = c && !c->errorString().isEmpty()
                                  ? c->errorString()
                                  : tr("MCP server \"%1\" is not running. It is restarted automatically; try "
                                       "again in a moment.")
                                        .arg(server);
        listing->m_errors.insert(server, error);
    }
    if (listing->m_waitingFor.isEmpty() && !listing->m_finished) {
        listing->m_finished = true;
        // Names may have changed while other servers were still starting: refresh them.
        for (McpExposedTool& t : listing->m_tools)
            t.exposedName = m_names.exposedName(t.server, t.tool.name);
        QTimer::singleShot(0, listing, &McpToolListing::finished);
    }
}

McpToolCall* McpServerRegistry::callTool(const QString& exposedName, const QJsonObject& arguments)
{
    const std::optional<McpToolRef> ref = m_names.resolve(exposedName);
    if (!ref) {
        auto* call = new McpToolCall(QString(), exposedName, arguments, this);
        const QString error = tr("There is no tool named \"%1\". Its MCP server may have been removed or "
                                 "may not be running.")
                                  .arg(exposedName);
        QTimer::singleShot(0, call, [call, error] {
            call->finish(McpToolResult::fromFailure(McpToolResult::Failure::Unavailable, error));
        });
        return call;
    }
    McpClient* c = ensureStarted(ref->server);
    return c->callTool(ref->tool, arguments);
}

void McpServerRegistry::stopAll()
{
    m_stoppingAll = true;
    for (auto& e : m_entries) {
        e->wanted = false;
        e->restartTimer.stop();
        if (e->client)
            e->client->stop();
    }
    checkAllStopped();
}

void McpServerRegistry::checkAllStopped()
{
    if (!m_stoppingAll)
        return;
    for (const auto& e : m_entries) {
        if (e->client && e->client->state() != McpClient::State::Idle &&
            e->client->state() != McpClient::State::Failed)
            return;
    }
    m_stoppingAll = false;
    QTimer::singleShot(0, this, &McpServerRegistry::allStopped);
}

} // namespace harness::core
