// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/remote_image_loader.h"

#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace harness::core {

namespace {

bool isHttp(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"));
}

QString tooLarge(qint64 limit)
{
    return RemoteImageLoader::tr("The image is larger than %1; it was not loaded.")
        .arg(QLocale().formattedDataSize(limit));
}

QString redirectRefused(const QUrl& target)
{
    if (isHttp(target) || target.scheme().isEmpty())
        return RemoteImageLoader::tr(
            "The image address redirects to an address that is not http or https; it was not followed.");
    return RemoteImageLoader::tr("The image address redirects to a %1: address, which is not http or "
                                 "https; it was not followed.")
        .arg(target.scheme());
}

} // namespace

RemoteImageLoader::RemoteImageLoader(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent), m_network(&network)
{}

RemoteImageLoader::~RemoteImageLoader()
{
    for (const auto& reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void RemoteImageLoader::fail(const QUrl& url, const QString& error)
{
    Result& result = m_results[url];
    result = Result{};
    result.state = State::Failed;
    result.error = error;
    ++m_revision;
    Q_EMIT stateChanged(url);
}

bool RemoteImageLoader::load(const QUrl& url)
{
    const State current = state(url);
    if (current == State::Loading || current == State::Loaded)
        return true;
    if (!isHttp(url)) {
        fail(url, tr("Only http and https images can be loaded."));
        return false;
    }
    if (!m_network) {
        fail(url, tr("The network is not available."));
        return false;
    }
    QNetworkRequest request(url);
    // Nothing of the user's: no cookies, no stored credentials, no cache on disk.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "image/*");

    Result& result = m_results[url];
    result = Result{};
    result.state = State::Loading;
    ++m_revision;

    QNetworkReply* reply = m_network->get(request);
    m_replies.insert(url, reply);
    connect(reply, &QNetworkReply::redirected, this, [this, reply, url](const QUrl& target) {
        if (isHttp(target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_replies.remove(url);
        fail(url, redirectRefused(target));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, url] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBytes) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            m_replies.remove(url);
            fail(url, tooLarge(m_maxBytes));
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, url](qint64 received, qint64) {
        if (received > m_maxBytes) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            m_replies.remove(url);
            fail(url, tooLarge(m_maxBytes));
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { finish(reply, url); });
    Q_EMIT stateChanged(url);
    return true;
}

void RemoteImageLoader::finish(QNetworkReply* reply, const QUrl& url)
{
    reply->deleteLater();
    m_replies.remove(url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason =
            QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        fail(url, reason.isEmpty() ? tr("The server answered HTTP %1.").arg(status)
                                   : tr("The server answered HTTP %1 (%2).").arg(status).arg(reason));
        return;
    }
    // The first request was http(s): an unknown protocol can only come from a redirect, which
    // QNetworkAccessManager refuses by itself for schemes it cannot fetch.
    if (reply->error() == QNetworkReply::ProtocolUnknownError) {
        QUrl redirect = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (!redirect.isValid() || isHttp(redirect))
            redirect = reply->url();
        fail(url, redirectRefused(redirect));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        if (reply->error() == QNetworkReply::OperationCanceledError)
            fail(url, tr("The image server did not answer in time."));
        else
            fail(url, tr("The image could not be downloaded: %1").arg(reply->errorString()));
        return;
    }
    const QByteArray data = reply->readAll();
    if (data.size() > m_maxBytes) {
        fail(url, tooLarge(m_maxBytes));
        return;
    }
    const QMimeType type = QMimeDatabase().mimeTypeForData(data);
    if (data.isEmpty() || !type.name().startsWith(QLatin1StringView("image/"))) {
        fail(url, tr("The address did not return an image (it sent %1).")
                      .arg(data.isEmpty() ? tr("nothing") : type.name()));
        return;
    }
    Result& result = m_results[url];
    result = Result{};
    result.state = State::Loaded;
    result.data = data;
    result.mimeType = type.name();
    ++m_revision;
    Q_EMIT stateChanged(url);
}

} // namespace harness::core
