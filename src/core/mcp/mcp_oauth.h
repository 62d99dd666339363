// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace harness::core {

class McpAuthorizationOpener;
class OAuthLoopbackReceiver;

/// OAuth client credentials: pre-registered, a client ID metadata document URL, or from dynamic
/// registration. Secrets belong in the keychain; this is only the in-memory value.
struct McpOAuthClient {
    QString clientId;
    QString clientSecret;
    QString tokenEndpointAuthMethod; ///< none | client_secret_basic | client_secret_post
    bool isValid() const { return !clientId.isEmpty(); }
};

struct McpOAuthTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;
    QString scope;
    bool isValid() const { return !accessToken.isEmpty(); }
};

/// Authorization for one remote MCP server, as the 2025-11-25 authorization spec describes:
/// a 401/403 challenge (WWW-Authenticate) -> protected resource metadata (header, path-based,
/// root) -> authorization server metadata (RFC 8414 and OpenID discovery, path-aware, with the
/// 2025-03-26 fallbacks) -> client (pre-registered, metadata document URL, dynamic registration)
/// -> PKCE S256 authorization through the opener and the loopback receiver -> token (with
/// `resource`), refresh, and scope step-up.
class McpOAuth final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpOAuth)
public:
    explicit McpOAuth(const QUrl& serverUrl, QObject* parent = nullptr);
    ~McpOAuth() override;

    /// Not owned. Required before authorize().
    void setOpener(McpAuthorizationOpener* opener) { m_opener = opener; }
    void setClient(const McpOAuthClient& client) { m_client = client; }
    McpOAuthClient client() const { return m_client; }
    /// Used as client_id when the authorization server supports client ID metadata documents.
    void setClientMetadataUrl(const QUrl& url) { m_clientMetadataUrl = url; }
    void setTokens(const McpOAuthTokens& tokens) { m_tokens = tokens; }
    McpOAuthTokens tokens() const { return m_tokens; }
    bool isBusy() const { return m_busy; }

    /// Answers a challenge (the WWW-Authenticate header of a 401, or of a 403 with
    /// error="insufficient_scope"); authorized() or failed() follows.
    void authorize(const QByteArray& wwwAuthenticate);

    /// Parameters of a `Bearer` WWW-Authenticate header (keys lower-case).
    static QHash<QString, QString> parseChallenge(const QByteArray& header);
    /// The well-known URLs to try for \a issuer's metadata, in order.
    static QList<QUrl> authorizationServerMetadataUrls(const QUrl& issuer);
    static QList<QUrl> protectedResourceMetadataUrls(const QUrl& serverUrl);

signals:
    void authorized(const QString& accessToken);
    void failed(const QString& error);
    /// New tokens or a new client registration: store them in the keychain.
    void tokensChanged(const harness::core::McpOAuthTokens& tokens);
    void clientRegistered(const harness::core::McpOAuthClient& client);

private:
    using JsonHandler = std::function<void(int status, const QJsonObject& body)>;
    void getJson(const QUrl& url, JsonHandler handler);
    void postForm(const QUrl& url, const QList<QPair<QString, QString>>& form, JsonHandler handler);
    void tryUrls(QList<QUrl> urls, std::function<void(const QUrl&, const QJsonObject&)> found,
                 std::function<void()> none);
    void discoverResource();
    void discoverAuthorizationServer();
    void ensureClient();
    void startAuthorization();
    void exchangeCode(const QString& code);
    void refresh();
    void onTokenResponse(int status, const QJsonObject& body, bool isRefresh);
    void fail(const QString& error);
    QList<QPair<QString, QString>> withClientAuth(QList<QPair<QString, QString>> form,
                                                  QNetworkRequest* request) const;

    QUrl m_serverUrl;
    QNetworkAccessManager m_nam;
    McpAuthorizationOpener* m_opener = nullptr;
    OAuthLoopbackReceiver* m_receiver = nullptr;
    McpOAuthClient m_client;
    McpOAuthTokens m_tokens;
    QUrl m_clientMetadataUrl;
    QHash<QString, QString> m_challenge;
    QJsonObject m_resourceMetadata;
    QJsonObject m_asMetadata;
    QString m_resource;
    QString m_scope;
    QString m_verifier;
    QString m_state;
    QUrl m_redirectUri;
    bool m_discovered = false;
    bool m_busy = false;
};

} // namespace harness::core
