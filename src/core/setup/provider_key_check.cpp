// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/setup/provider_key_check.h"

#include "core/setup/network_failure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace harness::core {

namespace {

QUrl endpoint(const QString& base, const QString& path)
{
    QString url = base.trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    return QUrl(url + u'/' + path);
}

/// The provider's own words from an OpenAI-style error body, if any.
QString providerMessage(const QByteArray& body)
{
    const auto object = QJsonDocument::fromJson(body).object();
    const auto error = object.value(QStringLiteral("error"));
    if (error.isObject())
        return error.toObject().value(QStringLiteral("message")).toString().left(300);
    if (error.isString())
        return error.toString().left(300);
    return {};
}

} // namespace

ProviderKeyCheck::ProviderKeyCheck(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent), m_network(network)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort(); // finishes the reply, which reports the timeout
    });
}

ProviderKeyCheck::~ProviderKeyCheck()
{
    cancel();
}

void ProviderKeyCheck::cancel()
{
    m_timer.stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ProviderKeyCheck::check(const Provider& provider, const QString& key)
{
    cancel();
    m_kind = provider.kind;
    m_timedOut = false;
    const QUrl url =
        endpoint(provider.baseUrl, provider.kind == Provider::Kind::OpenRouter ? QStringLiteral("key")
                                                                               : QStringLiteral("models"));
    m_server = url.host().isEmpty() ? provider.baseUrl : url.host();
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        KeyCheckResult result;
        result.outcome = KeyCheckResult::Outcome::WrongAddress;
        result.message = tr("Enter the server's full address, starting with http:// or https://, e.g. "
                            "http://localhost:11434/v1.");
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    m_sentKey = !key.trimmed().isEmpty();
    if (m_sentKey)
        request.setRawHeader("Authorization", "Bearer " + key.trimmed().toUtf8());
    for (auto it = provider.headers.cbegin(); it != provider.headers.cend(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ProviderKeyCheck::onFinished);
    m_timer.start(m_timeout);
}

void ProviderKeyCheck::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timer.stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    KeyCheckResult result;

    if (status == 0 || m_timedOut) { // no (complete) HTTP answer
        result.outcome =
            m_timedOut ? KeyCheckResult::Outcome::TimedOut : KeyCheckResult::Outcome::Unreachable;
        result.message = networkFailureMessage(reply->error(), m_server, m_timedOut,
                                               int((m_timeout.count() + 999) / 1000));
        Q_EMIT finished(result);
        return;
    }
    if (status == 401 || status == 403) {
        result.outcome = KeyCheckResult::Outcome::Rejected;
        result.message = m_sentKey ? tr("The key was rejected. Check that you copied all of it and that it "
                                        "has not been revoked.")
                                   : tr("This server needs an API key. Paste one and check again.");
        if (const QString said = providerMessage(body); !said.isEmpty())
            result.message += u' ' + tr("(%1 says: %2)").arg(m_server, said);
        Q_EMIT finished(result);
        return;
    }
    if (status == 404 || status == 405) {
        result.outcome = KeyCheckResult::Outcome::WrongAddress;
        result.message = tr("%1 answered, but not as an OpenAI-compatible API (HTTP %2). Check the address: "
                            "it usually ends in /v1.")
                             .arg(m_server)
                             .arg(status);
        Q_EMIT finished(result);
        return;
    }
    if (status < 200 || status >= 300) {
        result.outcome = KeyCheckResult::Outcome::ServerError;
        result.message =
            tr("%1 could not check the key right now (HTTP %2). Try again later.").arg(m_server).arg(status);
        if (const QString said = providerMessage(body); !said.isEmpty())
            result.message += u' ' + tr("(%1 says: %2)").arg(m_server, said);
        Q_EMIT finished(result);
        return;
    }
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(body, &parseError);
    const auto data = document.object().value(QStringLiteral("data"));
    if (parseError.error != QJsonParseError::NoError ||
        (m_kind == Provider::Kind::OpenRouter ? !data.isObject() : !data.isArray())) {
        result.outcome = KeyCheckResult::Outcome::WrongAddress;
        result.message = tr("%1 answered with something that is not an OpenAI-compatible API. Check the "
                            "address: it usually ends in /v1.")
                             .arg(m_server);
        Q_EMIT finished(result);
        return;
    }
    result.outcome = KeyCheckResult::Outcome::Valid;
    if (m_kind == Provider::Kind::OpenRouter)
        result.keyLabel = data.toObject().value(QStringLiteral("label")).toString();
    else
        result.modelCount = int(data.toArray().size());
    Q_EMIT finished(result);
}

} // namespace harness::core
