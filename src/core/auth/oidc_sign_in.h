// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/auth/auth_error.h"
#include "core/auth/loopback_redirect_listener.h"
#include "core/auth/token_set.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace harness::core {

class NonceLedger;
class OidcProviderClient;

/// One sign-in attempt, OAuth 2.0 authorization code flow with PKCE S256 for a native app
/// (RFC 8252): discovery -> loopback listener -> system browser -> redirect -> state check ->
/// code exchange -> ID token verification. Ends with exactly one of succeeded() / failed().
class OidcSignIn final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OidcSignIn)
public:
    /// Opens `url` in the user's browser; false when that failed. The GUI passes
    /// QDesktopServices::openUrl.
    using BrowserOpener = std::function<bool(const QUrl&)>;

    OidcSignIn(OidcProviderClient* provider, NonceLedger* nonces, QObject* parent = nullptr);
    ~OidcSignIn() override;

    /// How long to wait for the browser to come back (default 5 minutes).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void start(BrowserOpener opener);
    /// Ends the attempt with a Cancelled error (no-op once finished).
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    /// The browser was asked to open `url`; the GUI can offer it for copying in case no browser
    /// window appeared.
    void browserOpened(const QUrl& url);
    void succeeded(const harness::core::TokenSet& tokens);
    void failed(const harness::core::AuthError& error);

private:
    void openBrowser();
    void onRedirect(const QUrlQuery& query);
    void exchangeCode(const QString& code);
    void finish(const AuthError& error, const TokenSet& tokens = {});
    QUrl authorizationUrl() const;

    QPointer<OidcProviderClient> m_provider;
    NonceLedger* m_nonces;
    BrowserOpener m_openBrowser;
    LoopbackRedirectListener m_listener;
    QTimer m_timeout;
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_running = false;
    QString m_redirectUri;
    QByteArray m_state;
    QByteArray m_nonce;
    QByteArray m_verifier;
};

} // namespace harness::core
