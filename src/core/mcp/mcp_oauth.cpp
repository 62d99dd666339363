// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_oauth.h"

#include "core/mcp/mcp_authorization_opener.h"
#include "core/mcp/oauth_loopback_receiver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace harness::core {

namespace {
QString base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(data.data()), bytes / 4);
    return base64Url(data);
}

QUrl origin(const QUrl& url)
{
    QUrl o;
    o.setScheme(url.scheme());
    o.setHost(url.host());
    o.setPort(url.port());
    return o;
}

QString trimmedPath(const QUrl& url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QUrl withPath(const QUrl& base, const QString& path)
{
    QUrl u = origin(base);
    u.setPath(path);
    return u;
}

/// RFC 9728 / MCP: the metadata's resource must be the server's URL or a prefix of it.
bool resourceMatches(const QUrl& resource, const QUrl& server)
{
    if (origin(resource) != origin(server))
        return false;
    const QString prefix = trimmedPath(resource);
    const QString path = trimmedPath(server);
    return path == prefix || path.startsWith(prefix + QLatin1Char('/'));
}

constexpr int kAuthorizationTimeoutMs = 5 * 60 * 1000;
} // namespace

McpOAuth::McpOAuth(const QUrl& serverUrl, QObject* parent)
    : QObject(parent), m_serverUrl(serverUrl), m_receiver(new OAuthLoopbackReceiver(this))
{}

McpOAuth::~McpOAuth() = default;

QHash<QString, QString> McpOAuth::parseChallenge(const QByteArray& header)
{
    QHash<QString, QString> params;
    const QString text = QString::fromUtf8(header);
    qsizetype i = text.indexOf(QLatin1String("bearer"), 0, Qt::CaseInsensitive);
    if (i < 0)
        return params;
    i += 6;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char(',')))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char(' ') &&
               text.at(i) != QLatin1Char(','))
            ++i;
        const QString key = text.mid(keyStart, i - keyStart).toLower();
        if (i >= n || text.at(i) != QLatin1Char('='))
            break; // another scheme starts, or garbage
        ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            ++i;
            while (i < n && text.at(i) != QLatin1Char('"')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
            ++i;
        } else {
            const qsizetype start = i;
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char(' '))
                ++i;
            value = text.mid(start, i - start);
        }
        if (!key.isEmpty())
            params.insert(key, value);
    }
    return params;
}

QList<QUrl> McpOAuth::protectedResourceMetadataUrls(const QUrl& serverUrl)
{
    QList<QUrl> urls;
    const QString path = trimmedPath(serverUrl);
    if (!path.isEmpty())
        urls << withPath(serverUrl, QLatin1String("/.well-known/oauth-protected-resource") + path);
    urls << withPath(serverUrl, QStringLiteral("/.well-known/oauth-protected-resource"));
    return urls;
}

QList<QUrl> McpOAuth::authorizationServerMetadataUrls(const QUrl& issuer)
{
    const QString path = trimmedPath(issuer);
    if (path.isEmpty())
        return {withPath(issuer, QStringLiteral("/.well-known/oauth-authorization-server")),
                withPath(issuer, QStringLiteral("/.well-known/openid-configuration"))};
    return {withPath(issuer, QLatin1String("/.well-known/oauth-authorization-server") + path),
            withPath(issuer, QLatin1String("/.well-known/openid-configuration") + path),
            withPath(issuer, path + QLatin1String("/.well-known/openid-configuration"))};
}

void McpOAuth::getJson(const QUrl& url, JsonHandler handler)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30'000);
    QNetworkReply* reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, handler] {
        reply->deleteLater();
        handler(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object());
    });
}

void McpOAuth::postForm(const QUrl& url, const QList<QPair<QString, QString>>& form, JsonHandler handler)
{
    QNetworkRequest request(url);
    QList<QPair<QString, QString>> body = withClientAuth(form, &request);
    QUrlQuery query;
    for (const auto& [k, v] : std::as_const(body))
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30'000);
    QNetworkReply* reply = m_nam.post(request, query.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [reply, handler] {
        reply->deleteLater();
        handler(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object());
    });
}

QList<QPair<QString, QString>> McpOAuth::withClientAuth(QList<QPair<QString, QString>> form,
                                                        QNetworkRequest* request) const
{
    QString method = m_client.tokenEndpointAuthMethod;
    if (method.isEmpty()) {
        const QJsonArray supported =
            m_asMetadata.value(QLatin1String("token_endpoint_auth_methods_supported")).toArray();
        if (m_client.clientSecret.isEmpty())
            method = QStringLiteral("none");
        else if (supported.isEmpty() || supported.contains(QStringLiteral("client_secret_basic")))
            method = QStringLiteral("client_secret_basic");
        else
            method = QStringLiteral("client_secret_post");
    }
    if (method == QLatin1String("client_secret_basic") && !m_client.clientSecret.isEmpty()) {
        const QByteArray credentials =
            QUrl::toPercentEncoding(m_client.clientId) + ':' + QUrl::toPercentEncoding(m_client.clientSecret);
        request->setRawHeader("Authorization", "Basic " + credentials.toBase64());
    } else {
        form.append({QStringLiteral("client_id"), m_client.clientId});
        if (method == QLatin1String("client_secret_post"))
            form.append({QStringLiteral("client_secret"), m_client.clientSecret});
    }
    return form;
}

void McpOAuth::tryUrls(QList<QUrl> urls, std::function<void(const QUrl&, const QJsonObject&)> found,
                       std::function<void()> none)
{
    if (urls.isEmpty()) {
        none();
        return;
    }
    const QUrl url = urls.takeFirst();
    getJson(url, [this, url, urls, found, none](int status, const QJsonObject& body) {
        if (status == 200 && !body.isEmpty())
            found(url, body);
        else
            tryUrls(urls, found, none);
    });
}

void McpOAuth::authorize(const QByteArray& wwwAuthenticate)
{
    if (m_busy)
        return;
    if (!m_opener) {
        fail(tr("MCP server %1 requires sign-in, but there is no way to open a browser here.")
                 .arg(m_serverUrl.host()));
        return;
    }
    if (!m_receiver->listen()) {
        fail(tr("Could not listen on 127.0.0.1 for the sign-in redirect."));
        return;
    }
    m_busy = true;
    m_redirectUri = m_receiver->redirectUri();
    m_challenge = parseChallenge(wwwAuthenticate);
    const bool stepUp = m_challenge.value(QStringLiteral("error")) == QLatin1String("insufficient_scope");
    if (m_challenge.contains(QStringLiteral("scope")))
        m_scope = m_challenge.value(QStringLiteral("scope"));
    if (!stepUp && !m_tokens.refreshToken.isEmpty() && m_discovered) {
        refresh();
        return;
    }
    if (m_discovered)
        ensureClient();
    else
        discoverResource();
}

void McpOAuth::discoverResource()
{
    QList<QUrl> urls;
    const QString fromHeader = m_challenge.value(QStringLiteral("resource_metadata"));
    if (!fromHeader.isEmpty())
        urls << m_serverUrl.resolved(QUrl(fromHeader));
    urls << protectedResourceMetadataUrls(m_serverUrl);
    tryUrls(
        urls,
        [this](const QUrl&, const QJsonObject& prm) {
            m_resourceMetadata = prm;
            m_resource = prm.value(QLatin1String("resource")).toString();
            if (!m_resource.isEmpty() && !resourceMatches(QUrl(m_resource), m_serverUrl)) {
                fail(tr("MCP server %1 published authorization metadata for a different resource (%2); "
                        "refusing to sign in. Check the server URL.")
                         .arg(m_serverUrl.toString(), m_resource));
                return;
            }
            if (!m_challenge.contains(QStringLiteral("scope"))) {
                QStringList scopes;
                for (const QJsonValue& s : prm.value(QLatin1String("scopes_supported")).toArray())
                    scopes << s.toString();
                m_scope = scopes.join(QLatin1Char(' '));
            }
            discoverAuthorizationServer();
        },
        [this] {
            // 2025-03-26 servers: the MCP server's origin is the authorization server.
            m_resourceMetadata = {};
            m_resource.clear();
            discoverAuthorizationServer();
        });
}

void McpOAuth::discoverAuthorizationServer()
{
    const QJsonArray servers = m_resourceMetadata.value(QLatin1String("authorization_servers")).toArray();
    const QUrl issuer = servers.isEmpty() ? origin(m_serverUrl) : QUrl(servers.first().toString());
    tryUrls(
        authorizationServerMetadataUrls(issuer),
        [this](const QUrl&, const QJsonObject& metadata) {
            m_asMetadata = metadata;
            m_discovered = true;
            ensureClient();
        },
        [this, issuer] {
            // No metadata: the default endpoints at the authorization server's root (2025-03-26).
            const QUrl base = origin(issuer);
            m_asMetadata = QJsonObject{
                {QStringLiteral("authorization_endpoint"),
                 withPath(base, QStringLiteral("/authorize")).toString()},
                {QStringLiteral("token_endpoint"), withPath(base, QStringLiteral("/token")).toString()},
                {QStringLiteral("registration_endpoint"),
                 withPath(base, QStringLiteral("/register")).toString()}};
            m_discovered = true;
            ensureClient();
        });
}

void McpOAuth::ensureClient()
{
    if (m_client.isValid()) {
        startAuthorization();
        return;
    }
    if (m_asMetadata.value(QLatin1String("client_id_metadata_document_supported")).toBool() &&
        m_clientMetadataUrl.isValid()) {
        m_client = McpOAuthClient{m_clientMetadataUrl.toString(), {}, QStringLiteral("none")};
        startAuthorization();
        return;
    }
    const QString registration = m_asMetadata.value(QLatin1String("registration_endpoint")).toString();
    if (registration.isEmpty()) {
        fail(tr("The authorization server of %1 does not support automatic client registration. Enter a "
                "client ID (and secret) for this server in its settings.")
                 .arg(m_serverUrl.host()));
        return;
    }
    const QJsonArray methods =
        m_asMetadata.value(QLatin1String("token_endpoint_auth_methods_supported")).toArray();
    const QString method = methods.isEmpty() || methods.contains(QStringLiteral("none"))
                               ? QStringLiteral("none")
                               : methods.first().toString();
    const QJsonObject body{{QStringLiteral("client_name"), QStringLiteral("Harness Desktop")},
                           {QStringLiteral("redirect_uris"), QJsonArray{m_redirectUri.toString()}},
                           {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"),
                                                                      QStringLiteral("refresh_token")}},
                           {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
                           {QStringLiteral("token_endpoint_auth_method"), method}};
    QNetworkRequest request{QUrl(registration)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30'000);
    QNetworkReply* reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject r = QJsonDocument::fromJson(reply->readAll()).object();
        if (status < 200 || status >= 300 || r.value(QLatin1String("client_id")).toString().isEmpty()) {
            fail(
                tr("Registering Harness with the authorization server of %1 failed (HTTP %2). Enter a client "
                   "ID for this server in its settings.")
                    .arg(m_serverUrl.host())
                    .arg(status));
            return;
        }
        m_client = McpOAuthClient{r.value(QLatin1String("client_id")).toString(),
                                  r.value(QLatin1String("client_secret")).toString(),
                                  r.value(QLatin1String("token_endpoint_auth_method")).toString()};
        emit clientRegistered(m_client);
        startAuthorization();
    });
}

void McpOAuth::startAuthorization()
{
    m_verifier = randomToken(48);
    m_state = randomToken(16);
    const QString challenge =
        base64Url(QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256));
    QUrl url(m_asMetadata.value(QLatin1String("authorization_endpoint")).toString());
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_client.clientId)));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri.toString())));
    query.addQueryItem(QStringLiteral("code_challenge"), challenge);
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), m_state);
    if (!m_scope.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(m_scope)));
    if (!m_resource.isEmpty())
        query.addQueryItem(QStringLiteral("resource"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_resource)));
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);

    auto* timeout = new QTimer(this);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this, [this, timeout] {
        timeout->deleteLater();
        m_receiver->disconnect(this);
        fail(tr("Sign-in for %1 did not complete within 5 minutes. Try again.").arg(m_serverUrl.host()));
    });
    timeout->start(kAuthorizationTimeoutMs);
    connect(m_receiver, &OAuthLoopbackReceiver::redirectReceived, this, [this, timeout](const QUrlQuery& q) {
        if (q.queryItemValue(QStringLiteral("state")) != m_state)
            return; // a stale or forged redirect
        timeout->stop();
        timeout->deleteLater();
        m_receiver->disconnect(this);
        const QString error = q.queryItemValue(QStringLiteral("error"));
        if (!error.isEmpty()) {
            fail(tr("Sign-in for %1 was refused: %2 %3")
                     .arg(m_serverUrl.host(), error,
                          q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
            return;
        }
        exchangeCode(q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    });
    m_opener->openAuthorizationUrl(url);
}

void McpOAuth::exchangeCode(const QString& code)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                                        {QStringLiteral("code_verifier"), m_verifier}};
    if (!m_resource.isEmpty())
        form.append({QStringLiteral("resource"), m_resource});
    postForm(QUrl(m_asMetadata.value(QLatin1String("token_endpoint")).toString()), form,
             [this](int status, const QJsonObject& body) { onTokenResponse(status, body, false); });
}

void McpOAuth::refresh()
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), m_tokens.refreshToken}};
    if (!m_resource.isEmpty())
        form.append({QStringLiteral("resource"), m_resource});
    postForm(QUrl(m_asMetadata.value(QLatin1String("token_endpoint")).toString()), form,
             [this](int status, const QJsonObject& body) { onTokenResponse(status, body, true); });
}

void McpOAuth::onTokenResponse(int status, const QJsonObject& body, bool isRefresh)
{
    const QString access = body.value(QLatin1String("access_token")).toString();
    if (status != 200 || access.isEmpty()) {
        if (isRefresh) {
            m_tokens.refreshToken.clear(); // expired or revoked: sign in again
            ensureClient();
            return;
        }
        fail(tr("The authorization server of %1 did not issue a token (HTTP %2: %3). Try signing in again.")
                 .arg(m_serverUrl.host())
                 .arg(status)
                 .arg(body.value(QLatin1String("error_description"))
                          .toString(body.value(QLatin1String("error")).toString())));
        return;
    }
    m_tokens.accessToken = access;
    if (body.contains(QLatin1String("refresh_token")))
        m_tokens.refreshToken = body.value(QLatin1String("refresh_token")).toString();
    const int expiresIn = body.value(QLatin1String("expires_in")).toInt();
    m_tokens.expiresAt = expiresIn > 0 ? QDateTime::currentDateTimeUtc().addSecs(expiresIn) : QDateTime();
    m_tokens.scope = body.value(QLatin1String("scope")).toString(m_scope);
    m_busy = false;
    emit tokensChanged(m_tokens);
    emit authorized(access);
}

void McpOAuth::fail(const QString& error)
{
    m_busy = false;
    emit failed(error);
}

} // namespace harness::core
