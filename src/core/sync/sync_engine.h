// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/sync/applied_changes.h"
#include "core/sync/sync_outbox.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace harness::core {

class Store;
class ConvexHttpClient;
class ConvexSyncSocket;
class RemoteChangeApplier;
class RemoteMessageApplier;
class SecretStore;
class SyncPuller;
class SyncSubscriptions;
struct ConvexResult;

/// Keeps the local store and the user's Harness web deployment the same, through the desktop
/// module of the web backend (convex/desktop/PROTOCOL.md).
///
/// Local changes reach the outbox through SQLite triggers and are pushed in batches as
/// `desktop/sync:push` ops in the web's shapes (client ids = local row ids, so a retry never
/// duplicates); an entry leaves the outbox only once the server answered for it. Then a pull
/// (SyncPuller) compares the web's state and message digests with the hashes the store keeps and
/// reads only what changed. Live subscriptions over Convex's WebSocket protocol (the state, and
/// the digests of the conversations in groups) say when there is something new; while the socket
/// is down the engine pulls periodically. Start it with the ID token of the signed-in user and
/// hand it every refreshed token; when the server refuses a token the engine asks for a fresh
/// one (tokenRefreshNeeded) and waits.
class SyncEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    enum class Status {
        Off,                ///< not started, stopped or signed out
        WaitingForDecision, ///< first sign-in with local data: see localDataDecisionNeeded
        Syncing,
        Synced,
        Offline, ///< the deployment cannot be reached; changes wait in the outbox
        Error,   ///< see statusReason()
    };
    Q_ENUM(Status)

    /// What to do with data that is on this device but belongs to no (or another) account.
    enum class LocalDataChoice {
        Upload,           ///< add it to the signed-in account
        KeepOnThisDevice, ///< keep it here, never upload it
        Remove,           ///< delete it here, start with the account's data
    };
    Q_ENUM(LocalDataChoice)
    enum class SignOutChoice { KeepLocalCopies, RemoveLocalCopies };
    Q_ENUM(SignOutChoice)

    SyncEngine(Store& store, QNetworkAccessManager* network, const QUrl& deploymentUrl,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Where bearer tokens of the web's MCP entries go (never SQLite); without one they are not kept.
    void setSecretStore(SecretStore* secrets);

    /// Starts syncing for the user of `idToken` (AuthSession::idToken()). When the store holds
    /// data of no account or of another account, emits localDataDecisionNeeded() first and waits
    /// for resolveLocalData().
    void start(const QString& idToken);
    /// A refreshed token (AuthSession::tokensRefreshed); resumes after an authentication error.
    void setIdToken(const QString& idToken);
    void resolveLocalData(LocalDataChoice choice);
    /// Stops all network activity; local changes keep collecting in the outbox.
    void stop();
    /// Stops and keeps or deletes the local copies of the account's data.
    void signOut(SignOutChoice choice);
    /// Pushes and pulls now (e.g. a "Sync now" action).
    void syncNow();

    Status status() const { return m_status; }
    QString statusReason() const { return m_reason; }
    /// One line for the status bar.
    QString statusText() const;
    bool isLive() const;
    bool isRunning() const { return m_running; }
    int pendingChanges();
    /// When a sync last ended with nothing left to push or pull (ms since the epoch), 0 = never.
    qint64 lastSyncAt();
    const QUrl& deploymentUrl() const { return m_url; }

    /// "<issuer>|<subject>" of an ID token (Convex's tokenIdentifier); empty when unreadable.
    static QString accountOf(const QString& idToken);

    // Tuning (tests, benches).
    void setPollInterval(int ms);
    void setRetryDelays(int firstMs, int maxMs);
    void setBatchLimits(int maxOps, int maxBytes, int pageSize);
    void setConcurrency(int requests);
    /// How long one HTTP call may take (default 60 s).
    void setRequestTimeout(int ms);
    void setLiveUpdates(bool enabled) { m_liveUpdates = enabled; }

Q_SIGNALS:
    void statusChanged(harness::core::SyncEngine::Status status, const QString& reason);
    /// `localRows` rows are on this device that the signed-in account does not have yet;
    /// `otherAccount` when they came from another account. Answer with resolveLocalData().
    void localDataDecisionNeeded(int localRows, bool otherAccount);
    /// A pull changed `rows` local rows (the store's own change signals were emitted too).
    void remoteChangesApplied(int rows);
    void liveChanged(bool live);
    /// The server confirmed a batch of `ops` local changes.
    void pushed(int ops);
    /// A full cycle ended with nothing left to push and nothing new to pull.
    void synced();
    /// The server refused the token (expired or revoked): hand a fresh one to setIdToken().
    void tokenRefreshNeeded();
    /// Messages typed here were kept on this device only because their conversation was deleted
    /// on the web (each carries a note).
    void messagesKeptLocally(int count);

private:
    void begin();
    void cycle();
    void push();
    void onPushed(const PushBatch& batch, const ConvexResult& result);
    void pull();
    void finishCycle();
    void fail(const ConvexResult& result);
    void storeFailed(const StoreError& error);
    void scheduleRetry();
    void setStatus(Status status, const QString& reason = {});
    void applied(const AppliedChanges& changes);
    void emitStoreSignals(const AppliedChanges& changes);
    void kick();
    void pullSoon();

    Store& m_store;
    QUrl m_url;
    std::unique_ptr<SyncOutbox> m_outbox;
    std::unique_ptr<RemoteChangeApplier> m_applier;
    std::unique_ptr<RemoteMessageApplier> m_messages;
    ConvexHttpClient* m_http;
    ConvexSyncSocket* m_socket;
    SyncPuller* m_puller;
    SyncSubscriptions* m_subscriptions;
    QPointer<SecretStore> m_secrets;
    QString m_token;
    QString m_account;
    Status m_status = Status::Off;
    QString m_reason;
    bool m_running = false;
    bool m_waitingForDecision = false;
    bool m_busy = false;
    bool m_again = false;
    bool m_progress = false; ///< this cycle pushed or dropped something
    bool m_authBlocked = false;
    bool m_liveUpdates = true;
    int m_failures = 0;
    int m_maxOps = 100;
    int m_batchOps = 100;
    int m_maxBytes = 2 * 1024 * 1024;
    int m_pageSize = 200;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 30000;
    QTimer m_retryTimer;
    QTimer m_pollTimer;
    QTimer m_kickTimer;
    QTimer m_pullTimer;
};

} // namespace harness::core
