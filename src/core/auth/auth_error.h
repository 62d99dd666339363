// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace harness::core {

/// Why a sign-in, a token refresh or a token check failed. `message()` is for the user (translated);
/// `detail` is technical context for logs and bug reports and never contains a token.
struct AuthError {
    Q_DECLARE_TR_FUNCTIONS(AuthError)
public:
    enum class Kind {
        None,
        Cancelled,               ///< the user (or the app) cancelled the sign-in
        TimedOut,                ///< the browser never came back to the loopback listener
        AccessDenied,            ///< the user declined in the browser (error=access_denied)
        StateMismatch,           ///< the redirect carried a `state` of another attempt (CSRF guard)
        ProviderUnreachable,     ///< network error talking to the identity provider
        ProviderError,           ///< the provider answered, but with an error or an unusable answer
        InvalidConfiguration,    ///< issuer URL or client id unusable
        DiscoveryIssuerMismatch, ///< the discovery document names another issuer
        BrowserUnavailable,      ///< the system browser could not be opened
        ListenerFailed,          ///< no loopback port could be opened for the redirect
        TokenMalformed,
        UnsupportedAlgorithm, ///< `none`, HS*, or an algorithm not on the allow-list
        UnknownSigningKey,    ///< no key of the provider's JWKS matches the token (after a refetch)
        BadSignature,
        TokenIssuerMismatch,
        TokenAudienceMismatch,
        TokenExpired,
        TokenNotYetValid, ///< iat/nbf in the future
        NonceMismatch,
        NonceReplayed,  ///< the token carries a nonce that was already used once
        SessionExpired, ///< the refresh token was rejected: the user must sign in again
        KeychainFailed, ///< tokens could not be stored or removed in the keychain
    };

    Kind kind = Kind::None;
    QString detail;

    AuthError() = default;
    AuthError(Kind k, QString d = {}) : kind(k), detail(std::move(d)) {}

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    /// One or two sentences for the user: what failed and what to do.
    QString message() const;
    /// A stable, untranslated name of the kind ("state-mismatch"), for logs and tests.
    static QString kindName(Kind kind);
    /// True for errors that a later retry may cure (network, provider hiccups).
    bool isTransient() const { return kind == Kind::ProviderUnreachable; }
};

} // namespace harness::core

Q_DECLARE_METATYPE(harness::core::AuthError)
