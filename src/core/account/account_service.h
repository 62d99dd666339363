// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/account/account_configuration.h"
#include "core/auth/auth_error.h"
#include "core/auth/auth_session.h"
#include "core/auth/oidc_sign_in.h"
#include "core/auth/token_set.h"
#include "core/sync/sync_engine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace harness::core {

class SecretStore;
class Store;

/// The Harness account of the app: the profile the user chose (no account, or a Harness account),
/// the signed-in session (AuthSession) and the sync with the account's Convex deployment
/// (SyncEngine). The GUI talks only to this service; the session and the engine are replaced
/// when the configuration changes.
///
/// The choice and the configuration are device-local settings in the store (`local_settings`):
/// `account.profile` ("local" | "account"), and overrides of the build-time defaults
/// `account.issuer`, `account.clientId`, `account.deploymentUrl`. Tokens live only in the
/// SecretStore (through AuthSession).
class AccountService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)
public:
    enum class ProfileMode {
        Unchosen, ///< first launch: the welcome page asks
        Local,    ///< "Use without an account": everything but sync
        Account,  ///< a Harness account (signed in, or signed out by an expired session)
    };
    Q_ENUM(ProfileMode)

    /// `secrets` must outlive the service; `network` too when given (else the service owns one).
    AccountService(Store& store, SecretStore* secrets, QNetworkAccessManager* network = nullptr,
                   QObject* parent = nullptr);
    ~AccountService() override;

    /// The profile and the configuration stored in `store` (what the service starts with), for
    /// tools that sign in without a service (harness-cli sync).
    static ProfileMode storedProfileMode(Store& store);
    static AccountConfiguration storedConfiguration(Store& store);

    ProfileMode profileMode() const { return m_mode; }
    AccountConfiguration configuration() const { return m_config; }
    /// Saves (only the values that differ from the build defaults) and rebuilds the session and
    /// the sync engine. Refused while signed in or signing in: returns what to do instead.
    QString setConfiguration(const AccountConfiguration& config);

    Store& store() { return m_store; }
    /// App start: restores the session kept in the keychain when the profile is an account.
    void start();
    /// How the browser is opened for sign-in (the GUI passes QDesktopServices::openUrl).
    void setBrowserOpener(OidcSignIn::BrowserOpener opener) { m_opener = std::move(opener); }
    bool hasBrowserOpener() const { return bool(m_opener); }
    /// Starts a sign-in in the browser. Returns a message when it cannot start (configuration);
    /// later failures arrive as errorOccurred().
    QString signIn();
    void cancelSignIn();
    /// Signs out (tokens wiped, sync stopped, local copies kept or removed) and continues as a
    /// local profile.
    void signOut(SyncEngine::SignOutChoice choice);
    /// "Use without an account". When signed in, signs out first with `choice`.
    void useWithoutAccount(SyncEngine::SignOutChoice choice = SyncEngine::SignOutChoice::KeepLocalCopies);

    /// Answers localDataDecisionNeeded().
    void resolveLocalData(SyncEngine::LocalDataChoice choice);
    /// The question still waiting for an answer (rows < 0: none).
    int pendingDecisionRows() const { return m_decisionRows; }
    bool pendingDecisionFromOtherAccount() const { return m_decisionOtherAccount; }
    void syncNow();

    AuthSession::State authState() const;
    bool isSignedIn() const;
    UserInfo user() const;
    SyncEngine::Status syncStatus() const;
    QString syncStatusReason() const;
    /// Local changes not pushed yet (counted when the store changes, at most every 300 ms).
    int pendingChanges() const { return m_pending; }
    /// One line for the status bar: the profile, the sign-in or the sync state.
    QString statusText() const;
    /// The last sign-in or session error (cleared by a successful sign-in).
    AuthError lastError() const { return m_lastError; }

    /// For tests and the advanced parts of the GUI.
    AuthSession* session() const { return m_session; }
    SyncEngine* sync() const { return m_sync; }

Q_SIGNALS:
    void profileModeChanged(harness::core::AccountService::ProfileMode mode);
    void authStateChanged(harness::core::AuthSession::State state);
    /// The sign-in URL went to the browser (show it for copying).
    void browserOpened(const QUrl& url);
    void signedIn(const harness::core::UserInfo& user);
    /// `byUser`: the user signed out; otherwise the session ended (expired, revoked).
    void signedOut(bool byUser);
    void errorOccurred(const harness::core::AuthError& error);
    void syncStatusChanged(harness::core::SyncEngine::Status status, const QString& reason);
    void pendingChangesChanged(int pending);
    void localDataDecisionNeeded(int localRows, bool otherAccount);
    void configurationChanged();
    /// statusText() may have changed.
    void statusChanged();

private:
    void build();
    void setMode(ProfileMode mode);
    void startSync();
    void updatePending();
    QString localSetting(const QString& key) const;
    void setLocalSetting(const QString& key, const QString& value);

    Store& m_store;
    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager* m_network;
    AccountConfiguration m_config;
    ProfileMode m_mode = ProfileMode::Unchosen;
    AuthSession* m_session = nullptr;
    SyncEngine* m_sync = nullptr;
    OidcSignIn::BrowserOpener m_opener;
    AuthError m_lastError;
    bool m_signingOut = false;
    int m_decisionRows = -1;
    bool m_decisionOtherAccount = false;
    int m_pending = 0;
    QTimer m_pendingTimer;
};

} // namespace harness::core
