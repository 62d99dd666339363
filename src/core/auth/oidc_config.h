// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace harness::core {

/// Where and as whom the app signs in. The issuer is the single root of trust: discovery, the JWKS
/// and every token's `iss` are checked against it, never against something a token claims.
struct OidcConfig {
    QUrl issuer;        ///< e.g. https://clerk.example.com (exact string the provider uses)
    QString clientId;   ///< public client (no secret), PKCE S256
    QStringList scopes; ///< must contain "openid"; "offline_access" asks for a refresh token
    QString audience;   ///< optional `audience` authorization parameter (some providers need it)

    /// Build-time defaults (HARNESS_OIDC_ISSUER / HARNESS_OIDC_CLIENT_ID compile definitions).
    static OidcConfig defaults();
    static QStringList defaultScopes();

    /// Empty when usable, otherwise what is wrong (untranslated, for the error detail).
    QString validate() const;
    /// The issuer exactly as configured, as the string tokens must carry in `iss`.
    QString issuerString() const { return issuer.toString(QUrl::FullyEncoded); }
    /// https, or http on a loopback host (development and tests only).
    static bool isAcceptableEndpoint(const QUrl& url);
};

} // namespace harness::core
