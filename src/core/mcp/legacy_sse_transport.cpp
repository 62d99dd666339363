// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/legacy_sse_transport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace harness::core {

LegacySseTransport::LegacySseTransport(const McpServerConfig& config, QObject* parent)
    : McpTransport(parent), m_config(config)
{
    QHostAddress address;
    if (config.url.host() == QLatin1String("localhost") ||
        (address.setAddress(config.url.host()) && address.isLoopback()))
        m_nam.setProxy(QNetworkProxy::NoProxy);
}

LegacySseTransport::~LegacySseTransport()
{
    m_closing = true;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
}

QNetworkRequest LegacySseTransport::makeRequest(const QUrl& url, const QByteArray& accept) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (auto it = m_config.headers.begin(); it != m_config.headers.end(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    if (!m_bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
    return request;
}

void LegacySseTransport::open()
{
    m_closing = false;
    m_postUrl.clear();
    m_reader.reset();
    m_stream = m_nam.get(makeRequest(m_config.url, "text/event-stream"));
    connect(m_stream, &QNetworkReply::readyRead, this, &LegacySseTransport::onStreamData);
    connect(m_stream, &QNetworkReply::finished, this, &LegacySseTransport::onStreamFinished);
}

void LegacySseTransport::onStreamData()
{
    if (!m_stream)
        return;
    for (const SseEvent& ev : m_reader.feed(m_stream->readAll())) {
        if (ev.type == QLatin1String("endpoint")) {
            const QUrl endpoint(QString::fromUtf8(ev.data.trimmed()));
            m_postUrl = m_config.url.resolved(endpoint);
            if (m_postUrl.scheme() != m_config.url.scheme() || m_postUrl.host() != m_config.url.host() ||
                m_postUrl.port() != m_config.url.port()) {
                emit failed(
                    tr("MCP server \"%1\" named a message endpoint on another origin (%2); refusing it.")
                        .arg(m_config.name, m_postUrl.toString()));
                m_postUrl.clear();
                return;
            }
            emit logLine(QStringLiteral("info"), tr("Legacy SSE endpoint: %1").arg(m_postUrl.toString()),
                         false);
            emit opened();
            const QList<QJsonObject> queued = std::exchange(m_queue, {});
            for (const QJsonObject& m : queued)
                postNow(m);
        } else if (ev.type == QLatin1String("message")) {
            const QJsonDocument doc = QJsonDocument::fromJson(ev.data);
            if (doc.isObject())
                emit messageReceived(doc.object());
            else if (doc.isArray()) {
                for (const QJsonValue& v : doc.array())
                    emit messageReceived(v.toObject());
            }
        }
    }
}

void LegacySseTransport::onStreamFinished()
{
    QNetworkReply* reply = m_stream;
    if (!reply)
        return;
    reply->deleteLater();
    m_stream = nullptr;
    if (m_closing)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (status == 0)
        error =
            tr("Could not reach MCP server \"%1\" at %2: %3. Check the URL and that the server is running.")
                .arg(m_config.name, m_config.url.toString(), reply->errorString());
    else if (status != 200)
        error =
            tr("MCP server \"%1\" refused the event stream (HTTP %2). Check the URL and the transport type.")
                .arg(m_config.name)
                .arg(status);
    else
        error = tr("MCP server \"%1\" closed its event stream.").arg(m_config.name);
    m_postUrl.clear();
    emit failed(error);
    emit closed();
}

void LegacySseTransport::send(const QJsonObject& message)
{
    if (m_closing) {
        emit sendFailed(message.value(QLatin1String("id")),
                        tr("The connection to MCP server \"%1\" is closed.").arg(m_config.name));
        return;
    }
    if (!m_postUrl.isValid()) {
        m_queue << message;
        return;
    }
    postNow(message);
}

void LegacySseTransport::postNow(const QJsonObject& message)
{
    QNetworkRequest request = makeRequest(m_postUrl, "application/json, text/event-stream");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_nam.post(request, QJsonDocument(message).toJson(QJsonDocument::Compact));
    const QJsonValue id =
        message.contains(QLatin1String("method")) ? message.value(QLatin1String("id")) : QJsonValue();
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_closing || (status >= 200 && status < 300))
            return;
        const QString error = tr("MCP server \"%1\" did not accept a message (HTTP %2: %3).")
                                  .arg(m_config.name)
                                  .arg(status)
                                  .arg(reply->errorString());
        emit logLine(QStringLiteral("error"), error, false);
        if (!id.isUndefined())
            emit sendFailed(id, error);
    });
}

void LegacySseTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    QTimer::singleShot(0, this, &McpTransport::closed);
}

} // namespace harness::core
