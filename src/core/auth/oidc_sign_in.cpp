// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/oidc_sign_in.h"

#include "core/auth/nonce_ledger.h"
#include "core/auth/oidc_provider_client.h"
#include "core/auth/pkce.h"

#include <QDateTime>

namespace harness::core {

namespace {

QByteArray queryPart(const QString& key, const QString& value)
{
    return QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
}

// Constant-time comparison, so the state check does not leak how much of a guess was right.
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

OidcSignIn::OidcSignIn(OidcProviderClient* provider, NonceLedger* nonces, QObject* parent)
    : QObject(parent), m_provider(provider), m_nonces(nonces)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(
            {AuthError::Kind::TimedOut, QStringLiteral("no redirect within %1 s").arg(m_timeoutMs / 1000)});
    });
    connect(&m_listener, &LoopbackRedirectListener::redirectReceived, this, &OidcSignIn::onRedirect);
}

OidcSignIn::~OidcSignIn() = default;

void OidcSignIn::start(BrowserOpener opener)
{
    if (m_running)
        return;
    m_running = true;
    m_openBrowser = std::move(opener);
    m_state = pkce::randomToken(32);
    m_nonce = pkce::randomToken(32);
    m_verifier = pkce::makeVerifier();
    m_timeout.start(m_timeoutMs);
    m_provider->discover([this](const AuthError& error) {
        if (!m_running)
            return;
        if (error)
            return finish(error);
        openBrowser();
    });
}

void OidcSignIn::cancel()
{
    finish({AuthError::Kind::Cancelled, QStringLiteral("cancelled")});
}

QUrl OidcSignIn::authorizationUrl() const
{
    const OidcConfig& config = m_provider->config();
    const QString scope = config.scopes.join(QLatin1Char(' '));
    QList<QByteArray> parts{
        queryPart(QStringLiteral("response_type"), QStringLiteral("code")),
        queryPart(QStringLiteral("client_id"), config.clientId),
        queryPart(QStringLiteral("redirect_uri"), m_redirectUri),
        queryPart(QStringLiteral("scope"), scope),
        queryPart(QStringLiteral("state"), QString::fromLatin1(m_state)),
        queryPart(QStringLiteral("nonce"), QString::fromLatin1(m_nonce)),
        queryPart(QStringLiteral("code_challenge"), QString::fromLatin1(pkce::s256Challenge(m_verifier))),
        queryPart(QStringLiteral("code_challenge_method"), QStringLiteral("S256")),
    };
    // A refresh token (offline_access) is only granted after explicit consent (OIDC Core §11).
    if (config.scopes.contains(QLatin1String("offline_access")))
        parts.append(queryPart(QStringLiteral("prompt"), QStringLiteral("consent")));
    if (!config.audience.isEmpty())
        parts.append(queryPart(QStringLiteral("audience"), config.audience));
    QUrl url = m_provider->metadata().authorizationEndpoint;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto& part : parts)
        query += (query.isEmpty() ? "" : "&") + part;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void OidcSignIn::openBrowser()
{
    if (!m_listener.listen())
        return finish({AuthError::Kind::ListenerFailed, QStringLiteral("cannot listen on 127.0.0.1")});
    m_redirectUri = m_listener.redirectUri().toString(QUrl::FullyEncoded);
    const QUrl url = authorizationUrl();
    if (!m_openBrowser || !m_openBrowser(url))
        return finish(
            {AuthError::Kind::BrowserUnavailable, QStringLiteral("the browser could not be opened")});
    if (m_running)
        emit browserOpened(url);
}

void OidcSignIn::onRedirect(const QUrlQuery& query)
{
    if (!m_running)
        return;
    const auto value = [&query](const char* key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    // The state check comes first: an answer of another attempt must not even report its error.
    if (!sameSecret(value("state").toLatin1(), m_state))
        return finish(
            {AuthError::Kind::StateMismatch, QStringLiteral("state of the redirect does not match")});
    const QString error = value("error");
    if (error == QLatin1String("access_denied"))
        return finish({AuthError::Kind::AccessDenied, value("error_description")});
    if (!error.isEmpty())
        return finish({AuthError::Kind::ProviderError,
                       QStringLiteral("authorization error %1: %2").arg(error, value("error_description"))});
    // RFC 9207: when the provider names itself in the redirect, it must be the configured issuer.
    if (query.hasQueryItem(QStringLiteral("iss")) && value("iss") != m_provider->config().issuerString())
        return finish({AuthError::Kind::TokenIssuerMismatch, QStringLiteral("redirect from another issuer")});
    const QString code = value("code");
    if (code.isEmpty())
        return finish({AuthError::Kind::ProviderError, QStringLiteral("the redirect carries no code")});
    exchangeCode(code);
}

void OidcSignIn::exchangeCode(const QString& code)
{
    const OidcConfig& config = m_provider->config();
    const OidcProviderClient::Form form{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), m_redirectUri},
        {QStringLiteral("client_id"), config.clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)},
    };
    m_provider->requestTokens(form, false, [this](const TokenResponse& response, const AuthError& error) {
        if (!m_running)
            return;
        if (error)
            return finish(error);
        if (response.idToken.isEmpty())
            return finish(
                {AuthError::Kind::ProviderError, QStringLiteral("the token response has no id_token")});
        IdTokenVerifier::Expectations expect;
        expect.issuer = m_provider->config().issuerString();
        expect.clientId = m_provider->config().clientId;
        expect.nonce = QString::fromLatin1(m_nonce);
        if (m_nonces)
            expect.usedNonces = m_nonces->used();
        m_provider->verifyIdToken(
            response.idToken, expect, [this, response](const IdTokenVerifier::Result& result) {
                if (!m_running)
                    return;
                if (!result.ok())
                    return finish(result.error);
                TokenSet tokens;
                tokens.accessToken = response.accessToken;
                tokens.refreshToken = response.refreshToken;
                tokens.idToken = response.idToken;
                if (response.expiresIn > 0)
                    tokens.accessTokenExpiresAt = QDateTime::currentSecsSinceEpoch() + response.expiresIn;
                tokens.claims = result.claims;
                finish({}, tokens);
            });
    });
}

void OidcSignIn::finish(const AuthError& error, const TokenSet& tokens)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    m_listener.close();
    // The nonce vouches for one sign-in only, whatever the outcome.
    if (m_nonces && !m_nonce.isEmpty())
        m_nonces->markUsed(QString::fromLatin1(m_nonce));
    m_state.clear();
    m_nonce.clear();
    m_verifier.clear();
    if (error)
        emit failed(error);
    else
        emit succeeded(tokens);
}

} // namespace harness::core
