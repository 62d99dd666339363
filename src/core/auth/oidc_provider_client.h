// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/auth/auth_error.h"
#include "core/auth/id_token_verifier.h"
#include "core/auth/jwk_set.h"
#include "core/auth/oidc_config.h"
#include "core/auth/provider_metadata.h"
#include "core/auth/token_set.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace harness::core {

/// Talks to the CONFIGURED OpenID provider: discovery (cached), its JWKS (cached, refetched once
/// when a token names an unknown key), the token endpoint and revocation. Callbacks run on the
/// event loop and never after this object is destroyed.
class OidcProviderClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OidcProviderClient)
public:
    using Done = std::function<void(const AuthError&)>;
    using TokensDone = std::function<void(const TokenResponse&, const AuthError&)>;
    using VerifyDone = std::function<void(const IdTokenVerifier::Result&)>;
    using UserInfoDone = std::function<void(const QJsonObject&, const AuthError&)>;
    /// Form fields in plain (decoded) text; encoded as application/x-www-form-urlencoded.
    using Form = QList<std::pair<QString, QString>>;

    OidcProviderClient(OidcConfig config, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~OidcProviderClient() override;

    const OidcConfig& config() const { return m_config; }
    bool hasMetadata() const { return !m_metadata.issuer.isEmpty(); }
    const ProviderMetadata& metadata() const { return m_metadata; }
    /// Per-request transfer timeout (default 30 s).
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// Fetches <issuer>/.well-known/openid-configuration unless already known.
    void discover(Done done);
    /// Verifies an ID token against the issuer's JWKS (fetched if needed; refetched once when the
    /// token names a key id not in the cached set, e.g. after a key rotation).
    void verifyIdToken(const QByteArray& token, IdTokenVerifier::Expectations expect, VerifyDone done);
    /// POSTs a form (grant_type=...) to the token endpoint. `refresh` maps invalid_grant to
    /// SessionExpired.
    void requestTokens(const Form& form, bool refresh, TokensDone done);
    /// GETs the userinfo endpoint with the access token (OIDC Core §5.3). Fails with ProviderError
    /// when the provider has none or answers for another `sub` than `subject`.
    void fetchUserInfo(const QString& accessToken, const QString& subject, UserInfoDone done);
    /// Best effort: tells the provider to forget a token (RFC 7009). No answer is awaited.
    void revoke(const QString& token, const QString& typeHint);

private:
    using ReplyDone = std::function<void(QNetworkReply*)>;
    QNetworkReply* send(QNetworkReply* reply, ReplyDone done);
    void fetchJwks(Done done);
    static AuthError networkError(QNetworkReply* reply, const QString& what);

    OidcConfig m_config;
    QNetworkAccessManager* m_network;
    ProviderMetadata m_metadata;
    JwkSet m_jwks;
    qint64 m_jwksFetchedAt = 0; ///< seconds since the epoch; 0 = never
    int m_timeoutMs = 30'000;
};

} // namespace harness::core
