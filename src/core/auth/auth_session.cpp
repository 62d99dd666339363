// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/auth_session.h"

#include "core/auth/oidc_provider_client.h"
#include "core/secrets/secret_store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <algorithm>
#include <memory>

namespace harness::core {

namespace {

constexpr int kFirstRetrySeconds = 15;
constexpr int kMaxRetrySeconds = 300;
constexpr qint64 kMaxTimerSeconds = 24 * 3600;
/// Never refresh more often than this, even when the clock is skewed against the provider.
constexpr qint64 kMinRefreshDelaySeconds = 5;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

void wipeString(QString& text)
{
    text.fill(QLatin1Char('\0'));
    text.clear();
}

} // namespace

AuthSession::AuthSession(OidcConfig config, SecretStore* secrets, QNetworkAccessManager* network,
                         QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_secrets(secrets),
      m_provider(new OidcProviderClient(m_config, network, this))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuthSession::refresh);
}

AuthSession::~AuthSession()
{
    wipeString(m_tokens.accessToken);
    wipeString(m_tokens.refreshToken);
    m_tokens.idToken.fill('\0');
}

void AuthSession::setRequestTimeout(int milliseconds)
{
    m_provider->setRequestTimeout(milliseconds);
}

UserInfo AuthSession::user() const
{
    return m_state == State::SignedIn ? UserInfo::fromClaims(m_tokens.claims) : UserInfo{};
}

QString AuthSession::secretKey(const char* name) const
{
    // Scoped to issuer and client: tokens of one provider are never offered to another.
    const QByteArray scope = m_config.issuerString().toUtf8() + '\n' + m_config.clientId.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(scope, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("account/%1/%2").arg(QString::fromLatin1(hash), QLatin1String(name));
}

QStringList AuthSession::secretKeys() const
{
    return {secretKey("refresh-token"), secretKey("id-token")};
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AuthSession::signIn(OidcSignIn::BrowserOpener openBrowser)
{
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
    }
    if (m_state == State::Restoring) { // the explicit sign-in wins over a restore still under way
        ++m_generation;
        m_refreshing = false;
    }
    if (m_state != State::SigningIn)
        m_stateBeforeSignIn = m_state == State::SignedIn ? State::SignedIn : State::SignedOut;
    auto* attempt = new OidcSignIn(m_provider, &m_nonces, this);
    m_signIn = attempt;
    attempt->setTimeout(m_signInTimeoutMs);
    connect(attempt, &OidcSignIn::browserOpened, this, &AuthSession::browserOpened);
    connect(attempt, &OidcSignIn::succeeded, this, [this, attempt](const TokenSet& tokens) {
        attempt->deleteLater();
        onSignInSucceeded(tokens);
    });
    connect(attempt, &OidcSignIn::failed, this, [this, attempt](const AuthError& error) {
        attempt->deleteLater();
        setState(m_stateBeforeSignIn);
        if (m_state == State::SignedIn)
            scheduleRefresh(); // a refresh that fell due during the attempt was skipped
        emit errorOccurred(error);
    });
    setState(State::SigningIn);
    attempt->start(std::move(openBrowser));
}

void AuthSession::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel();
}

void AuthSession::onSignInSucceeded(const TokenSet& tokens)
{
    ++m_generation; // a refresh of an earlier session must not overwrite these tokens
    m_refreshing = false;
    m_retrySeconds = 0;
    m_tokens = tokens;
    m_originalNonce = tokens.claims.nonce;
    const quint64 generation = m_generation;
    completeProfile([this, generation] {
        persist([this, generation] {
            if (generation != m_generation)
                return;
            setState(State::SignedIn);
            scheduleRefresh();
            emit signedIn(user());
        });
    });
}

void AuthSession::completeProfile(std::function<void()> done)
{
    if (!m_tokens.claims.email.isEmpty() || !m_tokens.claims.name.isEmpty() || m_tokens.accessToken.isEmpty())
        return done();
    const quint64 generation = m_generation;
    m_provider->fetchUserInfo(m_tokens.accessToken, m_tokens.claims.subject,
                              [this, generation, done](const QJsonObject& info, const AuthError& error) {
                                  if (generation != m_generation)
                                      return;
                                  if (!error) { // display only: identity and trust come from the ID token
                                      m_tokens.claims.email = info.value(QLatin1String("email")).toString();
                                      m_tokens.claims.name = info.value(QLatin1String("name")).toString();
                                  }
                                  done();
                              });
}

void AuthSession::persist(std::function<void()> done)
{
    if (!m_secrets)
        return done();
    auto failures = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(2);
    auto finished = [this, failures, pending, done](const SecretResult& result) {
        if (!result.ok())
            failures->append(result.error);
        if (--*pending > 0)
            return;
        if (!failures->isEmpty())
            emit errorOccurred({AuthError::Kind::KeychainFailed, failures->join(QLatin1String("; "))});
        done();
    };
    const QString refreshKey = secretKey("refresh-token");
    if (m_tokens.refreshToken.isEmpty())
        m_secrets->remove(refreshKey, this, finished);
    else
        m_secrets->write(refreshKey, m_tokens.refreshToken, this, finished);
    m_secrets->write(secretKey("id-token"), QString::fromLatin1(m_tokens.idToken), this, finished);
}

void AuthSession::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (m_state != State::SignedIn)
        return;
    qint64 expiry = m_tokens.claims.expiresAt;
    if (m_tokens.accessTokenExpiresAt > 0 && !m_tokens.accessToken.isEmpty())
        expiry = std::min(expiry, m_tokens.accessTokenExpiresAt);
    const qint64 remaining = expiry - now();
    qint64 delay =
        remaining > 2 * m_refreshMarginSeconds ? remaining - m_refreshMarginSeconds : remaining / 2;
    if (m_tokens.refreshToken.isEmpty())
        delay = remaining; // nothing to refresh with: end the session when the token expires
    m_refreshTimer.start(
        static_cast<int>(std::clamp<qint64>(delay, kMinRefreshDelaySeconds, kMaxTimerSeconds) * 1000));
}

void AuthSession::refresh()
{
    if (m_refreshing || (m_state != State::SignedIn && m_state != State::Restoring))
        return;
    if (m_tokens.refreshToken.isEmpty()) {
        if (m_tokens.claims.expiresAt <= now())
            wipe({AuthError::Kind::SessionExpired,
                  QStringLiteral("the ID token expired and no refresh token")});
        else
            scheduleRefresh();
        return;
    }
    m_refreshing = true;
    m_refreshTimer.stop();
    const quint64 generation = m_generation;
    const OidcProviderClient::Form form{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), m_tokens.refreshToken},
        {QStringLiteral("client_id"), m_config.clientId},
    };
    m_provider->requestTokens(
        form, true, [this, generation](const TokenResponse& response, const AuthError& error) {
            if (generation != m_generation)
                return;
            if (error)
                return onRefreshFailed(error);
            if (response.idToken.isEmpty())
                return onRefreshed(response, m_tokens.claims);
            IdTokenVerifier::Expectations expect;
            expect.issuer = m_config.issuerString();
            expect.clientId = m_config.clientId;
            expect.subject = m_tokens.claims.subject;
            expect.nonce = m_originalNonce; // OIDC Core 12.2: if present, the original nonce
            expect.nonceRequired = false;
            m_provider->verifyIdToken(response.idToken, expect,
                                      [this, generation, response](const IdTokenVerifier::Result& result) {
                                          if (generation != m_generation)
                                              return;
                                          if (!result.ok())
                                              return onRefreshFailed(result.error);
                                          onRefreshed(response, result.claims);
                                      });
        });
}

void AuthSession::onRefreshed(const TokenResponse& response, const IdTokenClaims& claims)
{
    const UserInfo before = user();
    m_refreshing = false;
    m_retrySeconds = 0;
    const bool restoring = m_state == State::Restoring;
    m_tokens.accessToken = response.accessToken;
    m_tokens.accessTokenExpiresAt = response.expiresIn > 0 ? now() + response.expiresIn : 0;
    if (!response.refreshToken.isEmpty())
        m_tokens.refreshToken = response.refreshToken; // rotated
    if (!response.idToken.isEmpty()) {
        m_tokens.idToken = response.idToken;
        m_tokens.claims = claims;
    }
    if (m_tokens.idToken.isEmpty())
        return endSession({AuthError::Kind::ProviderError, QStringLiteral("the refresh gave no ID token")});
    const quint64 generation = m_generation;
    completeProfile([this, generation, restoring, before] {
        persist([this, generation, restoring, before] {
            if (generation != m_generation)
                return;
            if (restoring) {
                setState(State::SignedIn);
                emit signedIn(user());
                emit restoreFinished(true);
            } else if (user() != before) {
                emit signedIn(user()); // profile details arrived (e.g. after an offline start)
            }
            scheduleRefresh();
            emit tokensRefreshed();
        });
    });
}

void AuthSession::onRefreshFailed(const AuthError& error)
{
    m_refreshing = false;
    const bool transient =
        error.kind == AuthError::Kind::ProviderUnreachable || error.kind == AuthError::Kind::ProviderError;
    if (!transient) // the session cannot be trusted or continued: sign in again
        return endSession(error);
    emit errorOccurred(error);
    if (m_state == State::Restoring) { // no ID token to show who is signed in; try again later
        setState(State::SignedOut);
        emit restoreFinished(false);
        return;
    }
    m_retrySeconds =
        m_retrySeconds == 0 ? kFirstRetrySeconds : std::min(2 * m_retrySeconds, kMaxRetrySeconds);
    m_refreshTimer.start(m_retrySeconds * 1000);
}

void AuthSession::restore()
{
    if (m_state != State::SignedOut || !m_secrets)
        return;
    setState(State::Restoring);
    const quint64 generation = m_generation;
    m_secrets->read(secretKey("refresh-token"), this, [this, generation](const SecretResult& refreshResult) {
        if (!m_secrets || generation != m_generation)
            return;
        m_secrets->read(secretKey("id-token"), this,
                        [this, generation, refreshResult](const SecretResult& idResult) {
                            if (generation != m_generation)
                                return;
                            for (const auto* result : {&refreshResult, &idResult}) {
                                if (!result->ok() && result->status != SecretResult::Status::NotFound) {
                                    setState(State::SignedOut);
                                    emit errorOccurred({AuthError::Kind::KeychainFailed, result->error});
                                    emit restoreFinished(false);
                                    return;
                                }
                            }
                            finishRestore(refreshResult.value, idResult.value);
                        });
    });
}

void AuthSession::finishRestore(const QString& refreshToken, const QString& idToken)
{
    m_tokens = {};
    m_tokens.refreshToken = refreshToken;
    if (!idToken.isEmpty()) {
        // This token was verified before it was stored; the keychain is trusted storage. Still, it
        // must belong to the configured issuer and client.
        QString error;
        const Jwt jwt = Jwt::parse(idToken.toLatin1(), &error);
        const IdTokenClaims claims = IdTokenClaims::fromPayload(jwt.payload());
        if (jwt.isValid() && claims.issuer == m_config.issuerString() &&
            claims.audiences.contains(m_config.clientId) && !claims.subject.isEmpty()) {
            m_tokens.idToken = idToken.toLatin1();
            m_tokens.claims = claims;
            m_originalNonce = claims.nonce;
        }
    }
    if (m_tokens.idToken.isEmpty() && m_tokens.refreshToken.isEmpty()) {
        setState(State::SignedOut);
        emit restoreFinished(false);
        return;
    }
    if (m_tokens.idToken.isEmpty()) {
        refresh(); // who is signed in becomes known with the refreshed ID token
        return;
    }
    if (m_tokens.refreshToken.isEmpty() && m_tokens.claims.expiresAt <= now())
        return endSession({}); // expired and nothing to renew it with: clean the keychain
    setState(State::SignedIn);
    emit signedIn(user());
    emit restoreFinished(true);
    if (!m_tokens.refreshToken.isEmpty())
        refresh(); // fresh access token, and proof the session is still valid at the provider
    else
        scheduleRefresh();
}

void AuthSession::signOut()
{
    wipe({});
}

void AuthSession::endSession(const AuthError& reason)
{
    const bool restoring = m_state == State::Restoring;
    wipe(reason);
    if (restoring)
        emit restoreFinished(false);
}

void AuthSession::wipe(const AuthError& reason)
{
    ++m_generation;
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
    }
    m_refreshTimer.stop();
    m_refreshing = false;
    m_retrySeconds = 0;
    const QString refreshToken = m_tokens.refreshToken;
    wipeString(m_tokens.accessToken);
    wipeString(m_tokens.refreshToken);
    m_tokens.idToken.fill('\0');
    m_tokens = {};
    m_originalNonce.clear();
    setState(State::SignedOut);
    if (reason)
        emit errorOccurred(reason);

    if (!refreshToken.isEmpty() && reason.kind != AuthError::Kind::SessionExpired) {
        m_provider->discover([provider = m_provider, refreshToken](const AuthError& error) {
            if (!error)
                provider->revoke(refreshToken, QStringLiteral("refresh_token"));
        });
    }
    if (!m_secrets) {
        emit signedOut();
        return;
    }
    auto failures = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(2);
    for (const QString& key : secretKeys()) {
        m_secrets->remove(key, this, [this, failures, pending](const SecretResult& result) {
            if (!result.ok())
                failures->append(result.error);
            if (--*pending > 0)
                return;
            if (!failures->isEmpty())
                emit errorOccurred({AuthError::Kind::KeychainFailed, failures->join(QLatin1String("; "))});
            emit signedOut();
        });
    }
}

} // namespace harness::core
