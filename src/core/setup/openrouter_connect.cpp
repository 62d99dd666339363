// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/setup/openrouter_connect.h"

#include "core/auth/loopback_redirect_listener.h"
#include "core/auth/pkce.h"
#include "core/setup/network_failure.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace harness::core {

OpenRouterConnect::OpenRouterConnect(QNetworkAccessManager& network, Endpoints endpoints, QObject* parent)
    : QObject(parent), m_network(network), m_endpoints(std::move(endpoints))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(tr("OpenRouter did not send you back in time. Click \"Connect OpenRouter\" to try again."));
    });
}

OpenRouterConnect::~OpenRouterConnect()
{
    finish();
}

void OpenRouterConnect::start(const BrowserOpener& openBrowser)
{
    finish();
    m_running = true;
    m_listener = std::make_unique<LoopbackRedirectListener>();
    if (!m_listener->listen()) {
        fail(tr("Could not open a local port to receive OpenRouter's answer. Paste a key instead."));
        return;
    }
    connect(m_listener.get(), &LoopbackRedirectListener::redirectReceived, this,
            &OpenRouterConnect::onRedirect);
    m_verifier = pkce::makeVerifier();
    QUrl url = m_endpoints.authUrl;
    // Built by hand so the callback URL is percent-encoded exactly once.
    url.setQuery(QStringLiteral("callback_url=%1&code_challenge=%2&code_challenge_method=S256")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_listener->redirectUri().toString())),
                          QString::fromLatin1(pkce::s256Challenge(m_verifier))));
    m_authorizationUrl = url;
    m_timer.start(m_timeout);
    if (!openBrowser || !openBrowser(url)) {
        fail(tr("No web browser could be opened. Open this address yourself to connect: %1")
                 .arg(url.toString()));
        return;
    }
    Q_EMIT browserOpened(url);
}

void OpenRouterConnect::cancel()
{
    if (m_running)
        fail(tr("Connecting OpenRouter was cancelled."));
}

void OpenRouterConnect::onRedirect(const QUrlQuery& query)
{
    if (!m_running)
        return;
    if (m_listener)
        m_listener->close();
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        fail(error.isEmpty()
                 ? tr("OpenRouter sent you back without a code. Try again, or paste a key instead.")
                 : tr("OpenRouter did not connect: %1").arg(error.left(200)));
        return;
    }
    QNetworkRequest request(m_endpoints.keysUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    const QJsonObject body{{QStringLiteral("code"), code},
                           {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)},
                           {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    m_reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, &OpenRouterConnect::onExchangeFinished);
    m_timer.start(std::chrono::milliseconds(30'000));
    Q_EMIT exchanging();
}

void OpenRouterConnect::onExchangeFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        fail(networkFailureMessage(reply->error(), m_endpoints.keysUrl.host(), false, 0));
        return;
    }
    const auto object = QJsonDocument::fromJson(body).object();
    const QString key = object.value(QStringLiteral("key")).toString();
    if (status < 200 || status >= 300 || key.isEmpty()) {
        QString said =
            object.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        if (said.isEmpty())
            said = object.value(QStringLiteral("error")).toString();
        QString message =
            status == 400 || status == 403
                ? tr("OpenRouter refused to issue a key for this sign-in. Try connecting again.")
                : tr("OpenRouter could not issue a key (HTTP %1). Try again later, or paste a "
                     "key instead.")
                      .arg(status);
        if (!said.isEmpty())
            message += u' ' + tr("(OpenRouter says: %1)").arg(said.left(200));
        fail(message);
        return;
    }
    m_running = false;
    finish();
    Q_EMIT keyReceived(key);
}

void OpenRouterConnect::fail(const QString& message)
{
    m_running = false;
    finish();
    Q_EMIT failed(message);
}

void OpenRouterConnect::finish()
{
    m_timer.stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_listener) {
        m_listener->disconnect(this);
        m_listener->close();
        m_listener.release()->deleteLater(); // may be inside its own signal
    }
    m_verifier.fill('\0');
    m_verifier.clear();
    m_running = false;
}

} // namespace harness::core
