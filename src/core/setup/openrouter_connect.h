// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QUrlQuery;

namespace harness::core {

class LoopbackRedirectListener;

/// Where OpenRouter's sign-in lives (a test points these at a local fake).
struct OpenRouterEndpoints {
    QUrl authUrl = QUrl(QStringLiteral("https://openrouter.ai/auth"));
    QUrl keysUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1/auth/keys"));
};

/// "Connect OpenRouter": OpenRouter's PKCE sign-in that hands the app an API key. The browser
/// opens {site}/auth?callback_url=http://127.0.0.1:<port>/callback&code_challenge=<S256>, the
/// user approves, OpenRouter redirects to the loopback listener with ?code=, and the code plus
/// the verifier are exchanged at POST {api}/auth/keys for {"key": ...}. The key is handed over
/// in keyReceived() and kept nowhere else; the caller puts it in the SecretStore.
class OpenRouterConnect final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRouterConnect)
public:
    using Endpoints = OpenRouterEndpoints;
    /// Opens a URL in the user's browser; false when it could not.
    using BrowserOpener = std::function<bool(const QUrl&)>;

    explicit OpenRouterConnect(QNetworkAccessManager& network, Endpoints endpoints = {},
                               QObject* parent = nullptr);
    ~OpenRouterConnect() override;

    /// How long to wait for the user in the browser (default 5 minutes).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Starts one attempt (cancelling a running one). Ends with keyReceived() or failed().
    void start(const BrowserOpener& openBrowser);
    void cancel();
    bool isRunning() const { return m_running; }
    /// The URL the browser was sent to (for "Copy link" when no browser opened).
    QUrl authorizationUrl() const { return m_authorizationUrl; }

Q_SIGNALS:
    void browserOpened(const QUrl& url);
    /// The user came back with a code; the key is being fetched.
    void exchanging();
    void keyReceived(const QString& key);
    void failed(const QString& message);

private:
    void onRedirect(const QUrlQuery& query);
    void onExchangeFinished();
    void fail(const QString& message);
    void finish();

    QNetworkAccessManager& m_network;
    Endpoints m_endpoints;
    std::unique_ptr<LoopbackRedirectListener> m_listener;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{5 * 60 * 1000};
    QByteArray m_verifier;
    QUrl m_authorizationUrl;
    bool m_running = false;
};

} // namespace harness::core
