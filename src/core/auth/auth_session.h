// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/auth/auth_error.h"
#include "core/auth/nonce_ledger.h"
#include "core/auth/oidc_config.h"
#include "core/auth/oidc_sign_in.h"
#include "core/auth/token_set.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace harness::core {

class OidcProviderClient;
class SecretStore;

/// The signed-in Harness account. Holds the tokens in memory, keeps the refresh token and the ID
/// token in the SecretStore (nowhere else), refreshes before expiry, and wipes everything on
/// sign-out. The sync client sends `idToken()` as `Authorization: Bearer` (what Convex expects).
///
/// Typical use: on start `restore()`; the "Sign in" button calls
/// `signIn([](const QUrl& url) { return QDesktopServices::openUrl(url); })`.
class AuthSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthSession)
public:
    enum class State { SignedOut, Restoring, SigningIn, SignedIn };
    Q_ENUM(State)

    /// `secrets` and `network` must outlive this session.
    AuthSession(OidcConfig config, SecretStore* secrets, QNetworkAccessManager* network,
                QObject* parent = nullptr);
    ~AuthSession() override;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    const OidcConfig& config() const { return m_config; }
    UserInfo user() const;
    /// The current ID token (a JWT), empty when signed out. Valid until `expiresAt()`.
    QString idToken() const { return QString::fromLatin1(m_tokens.idToken); }
    /// The current OAuth access token, empty when signed out or not yet refreshed after restore().
    QString accessToken() const { return m_tokens.accessToken; }
    /// When the ID token expires (seconds since the epoch), 0 when signed out.
    qint64 expiresAt() const { return m_tokens.claims.expiresAt; }
    /// The keychain entries this session writes (scoped to issuer and client id).
    QStringList secretKeys() const;

    void setSignInTimeout(int milliseconds) { m_signInTimeoutMs = milliseconds; }
    /// Refresh this many seconds before expiry (default 120; at most half the remaining lifetime).
    void setRefreshMargin(int seconds) { m_refreshMarginSeconds = seconds; }
    void setRequestTimeout(int milliseconds);

    /// Starts a sign-in in the browser; an attempt already running is abandoned silently.
    void signIn(OidcSignIn::BrowserOpener openBrowser);
    /// Ends a running sign-in with a Cancelled error.
    void cancelSignIn();
    /// Loads the session kept in the keychain (app start). Ends with restoreFinished().
    void restore();
    /// Refreshes the tokens now (also done automatically before they expire).
    void refresh();
    /// Forgets the tokens in memory and in the keychain, revokes the refresh token (best effort)
    /// and emits signedOut() once the keychain entries are gone.
    void signOut();

signals:
    void stateChanged(harness::core::AuthSession::State state);
    /// The sign-in URL went to the browser (the GUI may show it for copying).
    void browserOpened(const QUrl& url);
    /// Signed in (after signIn() or restore()). Emitted again when the profile details (email,
    /// name) of the same session become known later, e.g. after an offline start.
    void signedIn(const harness::core::UserInfo& user);
    void tokensRefreshed();
    void signedOut();
    void errorOccurred(const harness::core::AuthError& error);
    void restoreFinished(bool signedIn);

private:
    void setState(State state);
    void onSignInSucceeded(const TokenSet& tokens);
    void onRefreshed(const TokenResponse& response, const IdTokenClaims& claims);
    void onRefreshFailed(const AuthError& error);
    void finishRestore(const QString& refreshToken, const QString& idToken);
    void persist(std::function<void()> done);
    /// Fills in email / name from the userinfo endpoint when the ID token does not carry them.
    void completeProfile(std::function<void()> done);
    void wipe(const AuthError& reason);
    /// wipe(), and the end of a restore() still under way.
    void endSession(const AuthError& reason);
    void scheduleRefresh();
    QString secretKey(const char* name) const;

    OidcConfig m_config;
    QPointer<SecretStore> m_secrets;
    OidcProviderClient* m_provider;
    NonceLedger m_nonces;
    QPointer<OidcSignIn> m_signIn;
    TokenSet m_tokens;
    QString m_originalNonce;
    State m_state = State::SignedOut;
    State m_stateBeforeSignIn = State::SignedOut;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    quint64 m_generation = 0;
    int m_retrySeconds = 0;
    int m_signInTimeoutMs = 5 * 60 * 1000;
    int m_refreshMarginSeconds = 120;
};

} // namespace harness::core
