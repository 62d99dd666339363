// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/oidc_provider_client.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace harness::core {

namespace {

constexpr qint64 kMaxDocumentSize = 1024 * 1024;
/// Keys the provider withdrew stop being trusted after at most this long.
constexpr qint64 kJwksMaxAgeSeconds = 3600;

QNetworkRequest makeRequest(const QUrl& url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/json");
    return request;
}

QByteArray formEncode(const OidcProviderClient::Form& form)
{
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

int httpStatus(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

OidcProviderClient::OidcProviderClient(OidcConfig config, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_network(network)
{}

OidcProviderClient::~OidcProviderClient() = default;

AuthError OidcProviderClient::networkError(QNetworkReply* reply, const QString& what)
{
    const int status = httpStatus(reply);
    if (status == 0) // no HTTP answer at all: refused, DNS, TLS, timeout
        return {AuthError::Kind::ProviderUnreachable,
                QStringLiteral("%1: %2").arg(what, reply->errorString())};
    return {AuthError::Kind::ProviderError, QStringLiteral("%1: HTTP %2").arg(what).arg(status)};
}

QNetworkReply* OidcProviderClient::send(QNetworkReply* reply, ReplyDone done)
{
    reply->setParent(this); // destroyed (and aborted) with this client
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxDocumentSize)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply);
    });
    return reply;
}

void OidcProviderClient::discover(Done done)
{
    if (hasMetadata()) {
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    if (const QString invalid = m_config.validate(); !invalid.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done, invalid] {
                done({AuthError::Kind::InvalidConfiguration, invalid});
            },
            Qt::QueuedConnection);
        return;
    }
    const QUrl url = ProviderMetadata::discoveryUrl(m_config.issuer);
    send(m_network->get(makeRequest(url, m_timeoutMs)), [this, done](QNetworkReply* reply) {
        if (reply->error() != QNetworkReply::NoError || httpStatus(reply) != 200)
            return done(networkError(reply, QStringLiteral("discovery")));
        QString error;
        bool issuerMismatch = false;
        auto meta =
            ProviderMetadata::fromJson(reply->readAll(), m_config.issuerString(), &error, &issuerMismatch);
        if (!error.isEmpty())
            return done(
                {issuerMismatch ? AuthError::Kind::DiscoveryIssuerMismatch : AuthError::Kind::ProviderError,
                 error});
        m_metadata = std::move(meta);
        done({});
    });
}

void OidcProviderClient::fetchJwks(Done done)
{
    if (!hasMetadata()) {
        discover([this, done](const AuthError& error) {
            if (error)
                return done(error);
            fetchJwks(done);
        });
        return;
    }
    send(m_network->get(makeRequest(m_metadata.jwksUri, m_timeoutMs)), [this, done](QNetworkReply* reply) {
        if (reply->error() != QNetworkReply::NoError || httpStatus(reply) != 200)
            return done(networkError(reply, QStringLiteral("JWKS")));
        QString error;
        auto keys = JwkSet::fromJson(reply->readAll(), &error);
        if (!error.isEmpty())
            return done({AuthError::Kind::ProviderError, error});
        m_jwks = std::move(keys);
        m_jwksFetchedAt = QDateTime::currentSecsSinceEpoch();
        done({});
    });
}

void OidcProviderClient::verifyIdToken(const QByteArray& token, IdTokenVerifier::Expectations expect,
                                       VerifyDone done)
{
    auto check = [this, token, expect, done](bool mayRefetch) {
        auto result = IdTokenVerifier::verify(token, m_jwks, expect);
        if (result.error.kind != AuthError::Kind::UnknownSigningKey || !mayRefetch)
            return done(result);
        fetchJwks([this, token, expect, done](const AuthError& error) {
            if (error)
                return done({error, {}});
            done(IdTokenVerifier::verify(token, m_jwks, expect));
        });
    };
    const bool cached =
        m_jwksFetchedAt > 0 && QDateTime::currentSecsSinceEpoch() - m_jwksFetchedAt < kJwksMaxAgeSeconds;
    if (cached) {
        QMetaObject::invokeMethod(
            this, [check] { check(true); }, Qt::QueuedConnection);
        return;
    }
    fetchJwks([check, done](const AuthError& error) {
        if (error)
            return done({error, {}});
        check(false); // just fetched: a refetch would return the same keys
    });
}

void OidcProviderClient::requestTokens(const Form& form, bool refresh, TokensDone done)
{
    discover([this, form, refresh, done](const AuthError& discoveryError) {
        if (discoveryError)
            return done({}, discoveryError);
        QNetworkRequest request = makeRequest(m_metadata.tokenEndpoint, m_timeoutMs);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        send(m_network->post(request, formEncode(form)), [refresh, done](QNetworkReply* reply) {
            const int status = httpStatus(reply);
            const QByteArray body = reply->readAll();
            if (status == 0)
                return done({}, networkError(reply, QStringLiteral("token endpoint")));
            if (status != 200) {
                const auto object = QJsonDocument::fromJson(body).object();
                const QString code = object.value(QLatin1String("error")).toString();
                const QString description = object.value(QLatin1String("error_description")).toString();
                const QString detail =
                    QStringLiteral("token endpoint: HTTP %1 %2 %3").arg(status).arg(code, description);
                if (refresh && code == QLatin1String("invalid_grant"))
                    return done({}, {AuthError::Kind::SessionExpired, detail});
                return done({}, {AuthError::Kind::ProviderError, detail});
            }
            QString error;
            auto response = TokenResponse::fromJson(body, &error);
            if (!error.isEmpty())
                return done({}, {AuthError::Kind::ProviderError, error});
            done(response, {});
        });
    });
}

void OidcProviderClient::fetchUserInfo(const QString& accessToken, const QString& subject, UserInfoDone done)
{
    if (!m_metadata.userinfoEndpoint.isValid() || accessToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done({}, {AuthError::Kind::ProviderError, QStringLiteral("no userinfo endpoint")});
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request = makeRequest(m_metadata.userinfoEndpoint, m_timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    send(m_network->get(request), [subject, done](QNetworkReply* reply) {
        if (reply->error() != QNetworkReply::NoError || httpStatus(reply) != 200)
            return done({}, networkError(reply, QStringLiteral("userinfo")));
        const QJsonObject info = QJsonDocument::fromJson(reply->readAll()).object();
        // OIDC Core §5.3.2: the answer must be about the same user as the ID token.
        if (info.value(QLatin1String("sub")).toString() != subject)
            return done(
                {}, {AuthError::Kind::ProviderError, QStringLiteral("userinfo is about another subject")});
        done(info, {});
    });
}

void OidcProviderClient::revoke(const QString& token, const QString& typeHint)
{
    if (token.isEmpty() || !m_metadata.revocationEndpoint.isValid())
        return;
    const Form form{{QStringLiteral("token"), token},
                    {QStringLiteral("token_type_hint"), typeHint},
                    {QStringLiteral("client_id"), m_config.clientId}};
    QNetworkRequest request = makeRequest(m_metadata.revocationEndpoint, m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Parented to the network manager, not to this client: the revocation outlives a sign-out.
    auto* reply = m_network->post(request, formEncode(form));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace harness::core
