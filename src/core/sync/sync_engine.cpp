// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/sync_engine.h"

#include "core/secrets/secret_store.h"
#include "core/store/store.h"
#include "core/sync/convex_http_client.h"
#include "core/sync/convex_sync_socket.h"
#include "core/sync/remote_change_applier.h"
#include "core/sync/remote_message_applier.h"
#include "core/sync/sync_puller.h"
#include "core/sync/sync_subscriptions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace harness::core {

Q_LOGGING_CATEGORY(lcSync, "harness.sync")

SyncEngine::SyncEngine(Store& store, QNetworkAccessManager* network, const QUrl& deploymentUrl,
                       QObject* parent)
    : QObject(parent), m_store(store), m_url(deploymentUrl), m_outbox(std::make_unique<SyncOutbox>(store)),
      m_applier(std::make_unique<RemoteChangeApplier>(store)),
      m_messages(std::make_unique<RemoteMessageApplier>(store)),
      m_http(new ConvexHttpClient(network, deploymentUrl, this)),
      m_socket(new ConvexSyncSocket(ConvexSyncSocket::syncUrlFor(deploymentUrl), this)),
      m_puller(new SyncPuller(store, m_http, *m_applier, *m_messages, this)),
      m_subscriptions(new SyncSubscriptions(m_socket, this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::cycle);
    m_pollTimer.setInterval(30000);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        // (Not while a cycle runs: a pull longer than the interval would never end otherwise.)
        if (!m_busy && (!isLive() || pendingChanges() > 0))
            cycle();
    });
    m_kickTimer.setSingleShot(true);
    m_kickTimer.setInterval(100);
    connect(&m_kickTimer, &QTimer::timeout, this, [this] {
        if (pendingChanges() > 0)
            cycle();
    });
    m_pullTimer.setSingleShot(true);
    m_pullTimer.setInterval(30);
    connect(&m_pullTimer, &QTimer::timeout, this, &SyncEngine::cycle);
    connect(m_socket, &ConvexSyncSocket::liveChanged, this, [this](bool live) {
        if (!live)
            m_subscriptions->forgetDigests(); // they may be old by the time it is back
        Q_EMIT liveChanged(live);
        if (live)
            cycle(); // catch up with what happened while the socket was down
    });
    // Something of the user changed on the web (or this device's own push landed): pull. The pull
    // reads the state over HTTP, which is never older than this device's last push.
    connect(m_subscriptions, &SyncSubscriptions::changed, this, &SyncEngine::pullSoon);
    connect(m_socket, &ConvexSyncSocket::queryFailed, this, [](int id, const QString& message) {
        qCWarning(lcSync) << "live query" << id << "failed:" << message;
    });
    connect(m_socket, &ConvexSyncSocket::authenticationFailed, this, [this](const QString& reason) {
        qCWarning(lcSync) << "live updates refused the token:" << reason;
        Q_EMIT tokenRefreshNeeded();
    });
    connect(m_puller, &SyncPuller::applied, this, &SyncEngine::applied);
    connect(m_puller, &SyncPuller::finished, this, &SyncEngine::finishCycle);
    connect(m_puller, &SyncPuller::failed, this, &SyncEngine::fail);
    connect(m_puller, &SyncPuller::storeFailed, this, &SyncEngine::storeFailed);
    // Local edits: the triggers queued them; push soon.
    for (auto signal : {&Store::conversationsChanged, &Store::harnessesChanged, &Store::settingsChanged,
                        &Store::mcpServersChanged})
        connect(&store, signal, this, &SyncEngine::kick);
    connect(&store, &Store::conversationChanged, this, &SyncEngine::kick);
    connect(&store, &Store::messageAdded, this, &SyncEngine::kick);
    connect(&store, &Store::messageChanged, this, &SyncEngine::kick);
    connect(&store, &Store::messagesRemoved, this, &SyncEngine::kick);
    connect(&store, &Store::messagesSuperseded, this, &SyncEngine::kick);
}

SyncEngine::~SyncEngine()
{
    m_running = false;
    m_puller->abort();
    m_http->abortAll();
}

void SyncEngine::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
}

QString SyncEngine::accountOf(const QString& idToken)
{
    const auto parts = idToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto payload = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(),
                                                                        QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals))
                             .object();
    const QString iss = payload.value(QStringLiteral("iss")).toString();
    const QString sub = payload.value(QStringLiteral("sub")).toString();
    if (iss.isEmpty() || sub.isEmpty())
        return {};
    return iss + QLatin1Char('|') + sub;
}

void SyncEngine::setPollInterval(int ms)
{
    m_pollTimer.setInterval(ms);
}

void SyncEngine::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
    m_socket->setReconnectDelays(firstMs, std::max(firstMs, std::min(maxMs, 16000)));
}

void SyncEngine::setBatchLimits(int maxOps, int maxBytes, int pageSize)
{
    m_maxOps = m_batchOps = std::clamp(maxOps, 1, 200); // the module takes up to 200 ops a call
    m_maxBytes = std::min(maxBytes, 4 * 1024 * 1024);
    m_pageSize = pageSize;
    m_puller->setPageSize(pageSize);
}

void SyncEngine::setRequestTimeout(int ms)
{
    m_http->setTimeout(ms);
}

void SyncEngine::setConcurrency(int requests)
{
    m_puller->setConcurrency(requests);
}

bool SyncEngine::isLive() const
{
    return m_running && m_socket->isLive();
}

int SyncEngine::pendingChanges()
{
    return m_outbox->pendingCount().value;
}

qint64 SyncEngine::lastSyncAt()
{
    return m_outbox->lastSyncAt().value;
}

QString SyncEngine::statusText() const
{
    switch (m_status) {
    case Status::Off:
        return tr("Sync is off");
    case Status::WaitingForDecision:
        return tr("Sync is waiting: choose what to do with the data on this device");
    case Status::Syncing:
        return tr("Syncing…");
    case Status::Synced:
        return tr("Synced");
    case Status::Offline:
        return tr("Offline: changes are kept and sync when the connection is back");
    case Status::Error:
        return tr("Sync error: %1").arg(m_reason);
    }
    return {};
}

void SyncEngine::setStatus(Status status, const QString& reason)
{
    if (status == m_status && reason == m_reason)
        return;
    m_status = status;
    m_reason = reason;
    Q_EMIT statusChanged(status, reason);
}

void SyncEngine::start(const QString& idToken)
{
    m_token = idToken;
    m_account = accountOf(idToken);
    m_authBlocked = false;
    if (m_account.isEmpty()) {
        setStatus(Status::Error, tr("The sign-in token names no account; sign in again."));
        return;
    }
    auto stored = m_outbox->account();
    if (!stored.ok())
        return storeFailed(stored.error);
    if (stored.value == m_account)
        return begin();
    auto rows = m_outbox->localRowCount();
    if (!rows.ok())
        return storeFailed(rows.error);
    if (rows.value == 0) {
        if (auto e = m_outbox->setAccount(m_account))
            return storeFailed(e);
        m_outbox->clear();
        return begin();
    }
    m_waitingForDecision = true;
    setStatus(Status::WaitingForDecision);
    Q_EMIT localDataDecisionNeeded(rows.value, !stored.value.isEmpty());
}

void SyncEngine::resolveLocalData(LocalDataChoice choice)
{
    if (!m_waitingForDecision)
        return;
    m_waitingForDecision = false;
    StoreError error;
    switch (choice) {
    case LocalDataChoice::Upload:
        error = m_outbox->enqueueAll();
        break;
    case LocalDataChoice::KeepOnThisDevice:
        error = m_outbox->excludeAll();
        break;
    case LocalDataChoice::Remove:
        error = m_applier->removeAllSyncedRows();
        if (!error) {
            AppliedChanges all;
            all.harnesses = all.conversations = all.settings = all.mcpServers = true;
            emitStoreSignals(all);
        }
        break;
    }
    if (!error)
        error = m_outbox->setAccount(m_account);
    if (error)
        return storeFailed(error);
    begin();
}

void SyncEngine::begin()
{
    m_running = true;
    m_failures = 0;
    m_http->setAuthToken(m_token);
    m_socket->setAuthToken(m_token);
    if (m_liveUpdates) {
        m_subscriptions->start();
        m_socket->open();
    }
    m_pollTimer.start();
    setStatus(Status::Syncing);
    cycle();
}

void SyncEngine::setIdToken(const QString& idToken)
{
    m_token = idToken;
    m_http->setAuthToken(idToken);
    m_socket->setAuthToken(idToken);
    if (m_authBlocked) {
        m_authBlocked = false;
        cycle();
    }
}

void SyncEngine::stop()
{
    m_running = false;
    m_waitingForDecision = false;
    m_busy = false;
    m_again = false;
    m_puller->abort();
    m_http->abortAll();
    m_socket->close();
    m_subscriptions->stop();
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_kickTimer.stop();
    m_pullTimer.stop();
    setStatus(Status::Off);
}

void SyncEngine::signOut(SignOutChoice choice)
{
    stop();
    if (choice == SignOutChoice::RemoveLocalCopies) {
        StoreError error = m_applier->removeAllSyncedRows();
        if (!error)
            error = m_outbox->setAccount({});
        if (error)
            return storeFailed(error);
        AppliedChanges all;
        all.harnesses = all.conversations = all.settings = all.mcpServers = true;
        emitStoreSignals(all);
    }
    m_token.clear();
    m_account.clear();
}

void SyncEngine::syncNow()
{
    m_failures = 0;
    cycle();
}

void SyncEngine::kick()
{
    if (m_running && !m_kickTimer.isActive())
        m_kickTimer.start();
}

void SyncEngine::pullSoon()
{
    if (m_running && !m_pullTimer.isActive())
        m_pullTimer.start();
}

void SyncEngine::cycle()
{
    if (!m_running || m_authBlocked)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    m_progress = false;
    m_retryTimer.stop();
    push();
}

void SyncEngine::push()
{
    if (!m_running)
        return;
    auto batch = m_outbox->nextBatch(m_batchOps, m_maxBytes);
    if (!batch.ok())
        return storeFailed(batch.error);
    for (const auto& entry : batch.value.dropped)
        m_outbox->confirm(entry);
    m_progress = m_progress || !batch.value.dropped.isEmpty() || !batch.value.ops.isEmpty();
    if (batch.value.ops.isEmpty()) {
        if (!batch.value.dropped.isEmpty())
            return push();
        if (batch.value.deferred > 0)
            qCWarning(lcSync) << batch.value.deferred << "change(s) wait for rows that cannot be pushed";
        return pull();
    }
    setStatus(Status::Syncing);
    const PushBatch sent = batch.value;
    m_http->mutation(QStringLiteral("desktop/sync:push"), {{QStringLiteral("ops"), sent.ops}},
                     [this, sent](const ConvexResult& result) { onPushed(sent, result); });
}

void SyncEngine::onPushed(const PushBatch& batch, const ConvexResult& result)
{
    if (!m_running)
        return;
    if (!result.ok()) {
        if (result.kind == ConvexResult::Kind::FunctionError) {
            // The batch as a whole was refused (e.g. too big): retry smaller; a single op that
            // the server can never take is dropped so it cannot block everything behind it.
            if (batch.ops.size() > 1) {
                m_batchOps = std::max(1, int(batch.ops.size()) / 2);
                qCWarning(lcSync) << "push refused, retrying with" << m_batchOps << "ops:" << result.code
                                  << result.message;
                return push();
            }
            qCWarning(lcSync) << "dropping a change the server refuses:" << batch.entries.value(0).table
                              << batch.entries.value(0).rowId << result.code << result.message;
            m_outbox->confirm(batch.entries.value(0));
            return push();
        }
        return fail(result);
    }
    m_batchOps = m_maxOps;
    const auto results = result.value.toObject().value(QStringLiteral("results")).toArray();
    if (results.size() != batch.ops.size()) {
        ConvexResult bad;
        bad.kind = ConvexResult::Kind::Protocol;
        bad.message = QStringLiteral("desktop/sync:push answered %1 results for %2 ops")
                          .arg(results.size())
                          .arg(batch.ops.size());
        return fail(bad);
    }
    AppliedChanges changes;
    auto error = m_store.database().write([&]() -> StoreError {
        QSet<int> unfinished;
        if (auto e = m_applier->recordPush(batch, results, changes, &unfinished))
            return e;
        for (qsizetype i = 0; i < batch.entries.size(); ++i) {
            if (unfinished.contains(int(i)))
                continue; // goes again in the next batch
            if (auto e = m_outbox->confirm(batch.entries.at(i)))
                return e;
        }
        return StoreError{};
    });
    if (error)
        return storeFailed(error);
    applied(changes);
    m_failures = 0;
    Q_EMIT pushed(int(batch.ops.size()));
    push();
}

void SyncEngine::pull()
{
    if (!m_running)
        return;
    m_puller->pull(m_subscriptions->digests());
}

void SyncEngine::applied(const AppliedChanges& changes)
{
    if (changes.isEmpty())
        return;
    if (m_secrets) {
        for (const auto& token : changes.tokens) {
            m_secrets->write(QStringLiteral("mcp/%1/bearer").arg(token.serverId), token.token, this,
                             [id = token.serverId](const SecretResult& result) {
                                 if (!result.ok())
                                     qCWarning(lcSync) << "cannot keep the token of MCP server" << id
                                                       << "in the keychain:" << result.error;
                             });
        }
    } else if (!changes.tokens.isEmpty()) {
        qCWarning(lcSync) << changes.tokens.size() << "MCP token(s) from the web not kept: no keychain";
    }
    emitStoreSignals(changes);
    if (changes.keptLocalMessages > 0)
        Q_EMIT messagesKeptLocally(changes.keptLocalMessages);
    if (changes.rows > 0)
        Q_EMIT remoteChangesApplied(changes.rows);
}

void SyncEngine::finishCycle()
{
    m_busy = false;
    if (m_liveUpdates)
        m_subscriptions->follow(m_puller->conversationIds());
    // Again while something is left that can move (not changes that wait for rows that never come).
    if (m_again || (pendingChanges() > 0 && m_progress))
        return cycle();
    m_failures = 0;
    m_outbox->setLastSyncAt(QDateTime::currentMSecsSinceEpoch());
    setStatus(Status::Synced);
    Q_EMIT synced();
}

void SyncEngine::fail(const ConvexResult& result)
{
    m_busy = false;
    m_puller->abort();
    switch (result.kind) {
    case ConvexResult::Kind::Network:
        qCInfo(lcSync) << "deployment unreachable:" << result.message;
        setStatus(Status::Offline, result.message);
        break;
    case ConvexResult::Kind::Unauthenticated:
        // Waits for setIdToken() with a fresh token; asks for one. Nothing is lost meanwhile:
        // local changes stay in the outbox.
        m_authBlocked = true;
        setStatus(Status::Error, tr("Your sign-in has expired. Sign in again to keep syncing."));
        Q_EMIT tokenRefreshNeeded();
        return;
    default:
        qCWarning(lcSync) << "sync failed:" << result.code << result.message;
        setStatus(Status::Error, result.code.isEmpty() ? result.message : result.code);
        break;
    }
    scheduleRetry();
}

void SyncEngine::storeFailed(const StoreError& error)
{
    m_busy = false;
    m_puller->abort();
    qCWarning(lcSync) << "local store failed during sync:" << error.detail;
    setStatus(Status::Error, error.userMessage());
    if (m_running)
        scheduleRetry();
}

void SyncEngine::scheduleRetry()
{
    const int step = std::min(m_failures++, 8);
    const qint64 delay = std::min<qint64>(qint64(m_firstRetryMs) << step, m_maxRetryMs);
    const int jitter = int(QRandomGenerator::global()->bounded(qMax<qint64>(1, delay / 4)));
    m_retryTimer.start(int(delay) + jitter);
}

void SyncEngine::emitStoreSignals(const AppliedChanges& changes)
{
    if (changes.harnesses || changes.mcpServers)
        Q_EMIT m_store.harnessesChanged();
    if (changes.mcpServers)
        Q_EMIT m_store.mcpServersChanged();
    if (changes.settings)
        Q_EMIT m_store.settingsChanged();
    if (changes.conversations || !changes.changedConversations.isEmpty())
        Q_EMIT m_store.conversationsChanged();
    for (const auto& id : changes.changedConversations)
        Q_EMIT m_store.conversationChanged(id);
    for (const auto& id : changes.removedMessagesIn)
        Q_EMIT m_store.messagesRemoved(id);
    // After the whole page, so the replacing message is there for views to find its branch.
    for (const auto& [conversationId, messageId] : changes.appendedMessages)
        Q_EMIT m_store.messageAdded(conversationId, messageId);
    for (const auto& [conversationId, messageId] : changes.changedMessages)
        Q_EMIT m_store.messageChanged(conversationId, messageId);
    for (const auto& [conversationId, byMessageId] : changes.supersededBranches)
        Q_EMIT m_store.messagesSuperseded(conversationId, byMessageId);
}

} // namespace harness::core
