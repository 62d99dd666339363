// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/streamable_http_transport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

namespace harness::core {

namespace {
const QByteArray kSessionHeader("Mcp-Session-Id");
const QByteArray kVersionHeader("MCP-Protocol-Version");
constexpr int kMaxStreamFailures = 5;

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    QHostAddress address;
    return host == QLatin1String("localhost") || (address.setAddress(host) && address.isLoopback());
}

bool isResponseTo(const QJsonObject& msg, const QJsonValue& id)
{
    if (id.isUndefined() || id.isNull())
        return false;
    return (msg.contains(QLatin1String("result")) || msg.contains(QLatin1String("error"))) &&
           msg.value(QLatin1String("id")) == id;
}
} // namespace

StreamableHttpTransport::StreamableHttpTransport(const McpServerConfig& config, QObject* parent)
    : McpTransport(parent), m_config(config)
{
    if (isLoopback(config.url))
        m_nam.setProxy(QNetworkProxy::NoProxy);
}

StreamableHttpTransport::~StreamableHttpTransport()
{
    m_closing = true;
    m_nam.disconnect(this);
    for (auto& [reply, stream] : m_streams) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_streams.clear();
}

void StreamableHttpTransport::open()
{
    m_open = true;
    m_closing = false;
    QTimer::singleShot(0, this, &McpTransport::opened);
}

QNetworkRequest StreamableHttpTransport::makeRequest(const QByteArray& accept) const
{
    QNetworkRequest request(m_config.url);
    request.setRawHeader("Accept", accept);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (auto it = m_config.headers.begin(); it != m_config.headers.end(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    if (!m_bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
    if (!m_sessionId.isEmpty())
        request.setRawHeader(kSessionHeader, m_sessionId.toUtf8());
    if (!m_protocolVersion.isEmpty())
        request.setRawHeader(kVersionHeader, m_protocolVersion.toUtf8());
    return request;
}

void StreamableHttpTransport::send(const QJsonObject& message)
{
    if (!m_open || m_closing) {
        emit sendFailed(message.value(QLatin1String("id")),
                        tr("The connection to MCP server \"%1\" is closed.").arg(m_config.name));
        return;
    }
    post(message);
}

void StreamableHttpTransport::post(const QJsonObject& message)
{
    QNetworkRequest request = makeRequest("application/json, text/event-stream");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto stream = std::make_unique<Stream>();
    stream->message = message;
    if (message.contains(QLatin1String("method")) && message.contains(QLatin1String("id")))
        stream->awaitedId = message.value(QLatin1String("id"));
    stream->sentWithSession = !m_sessionId.isEmpty();
    QNetworkReply* reply = m_nam.post(request, QJsonDocument(message).toJson(QJsonDocument::Compact));
    track(reply, std::move(stream));
}

void StreamableHttpTransport::startServerStream()
{
    if (m_standaloneRunning)
        return;
    m_standaloneRunning = true;
    auto stream = std::make_unique<Stream>();
    stream->standalone = true;
    openGet({}, std::move(stream));
}

void StreamableHttpTransport::openGet(const QString& lastEventId, std::unique_ptr<Stream> stream)
{
    if (m_closing || !m_open)
        return;
    QNetworkRequest request = makeRequest("text/event-stream");
    if (!lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", lastEventId.toUtf8());
    stream->reader.resetStream();
    stream->sentWithSession = !m_sessionId.isEmpty();
    QNetworkReply* reply = m_nam.get(request);
    track(reply, std::move(stream));
}

void StreamableHttpTransport::track(QNetworkReply* reply, std::unique_ptr<Stream> stream)
{
    m_streams[reply] = std::move(stream);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void StreamableHttpTransport::captureSession(QNetworkReply* reply)
{
    const QByteArray sid = reply->rawHeader(kSessionHeader);
    if (!sid.isEmpty())
        m_sessionId = QString::fromLatin1(sid);
}

void StreamableHttpTransport::onReadyRead(QNetworkReply* reply)
{
    auto it = m_streams.find(reply);
    if (it == m_streams.end())
        return;
    Stream& stream = *it->second;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    if (status != 200 || !type.startsWith(QLatin1String("text/event-stream")))
        return; // JSON or error bodies are read when finished
    captureSession(reply);
    stream.isSse = true;
    stream.failures = 0;
    const QList<SseEvent> events = stream.reader.feed(reply->readAll());
    for (const SseEvent& ev : events) {
        if (ev.type == QLatin1String("message") && !ev.data.trimmed().isEmpty())
            deliver(ev.data, stream);
    }
}

void StreamableHttpTransport::deliver(const QByteArray& json, Stream& stream)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QList<QJsonObject> messages;
    if (doc.isObject())
        messages << doc.object();
    else if (doc.isArray()) {
        for (const QJsonValue& v : doc.array())
            messages << v.toObject();
    } else {
        emit logLine(QStringLiteral("warning"),
                     tr("Ignored a message that is not JSON: %1").arg(QString::fromUtf8(json.left(300))),
                     false);
        return;
    }
    for (const QJsonObject& m : std::as_const(messages)) {
        if (isResponseTo(m, stream.awaitedId))
            stream.answered = true;
        emit messageReceived(m);
    }
}

void StreamableHttpTransport::onFinished(QNetworkReply* reply)
{
    auto node = m_streams.extract(reply);
    reply->deleteLater();
    if (node.empty() || m_closing)
        return;
    std::unique_ptr<Stream> stream = std::move(node.mapped());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (stream->isSse || (status == 200 && reply->header(QNetworkRequest::ContentTypeHeader)
                                               .toString()
                                               .startsWith(QLatin1String("text/event-stream")))) {
        stream->isSse = true;
        for (const SseEvent& ev : stream->reader.feed(reply->readAll())) {
            if (ev.type == QLatin1String("message") && !ev.data.trimmed().isEmpty())
                deliver(ev.data, *stream);
        }
    }
    if (reply->operation() == QNetworkAccessManager::GetOperation)
        onGetFinished(reply, std::move(stream), status);
    else
        onPostFinished(reply, *stream, status);
}

QString StreamableHttpTransport::describeReply(QNetworkReply* reply, int status) const
{
    if (status == 0)
        return tr("Could not reach MCP server \"%1\" at %2: %3. Check the URL and that the server is "
                  "running.")
            .arg(m_config.name, m_config.url.toString(), reply->errorString());
    if (status == 401 || status == 403)
        return tr("MCP server \"%1\" refused access (HTTP %2). Check its access token or sign in again.")
            .arg(m_config.name)
            .arg(status);
    return tr("MCP server \"%1\" answered HTTP %2 %3.")
        .arg(m_config.name)
        .arg(status)
        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
}

void StreamableHttpTransport::onPostFinished(QNetworkReply* reply, Stream& stream, int status)
{
    const QJsonValue id = stream.message.value(QLatin1String("id"));
    const bool isInitialize =
        stream.message.value(QLatin1String("method")).toString() == QLatin1String("initialize");
    if (status == 404 && stream.sentWithSession) {
        m_sessionId.clear();
        m_protocolVersion.clear();
        emit sessionExpired(stream.message);
        return;
    }
    const QByteArray challenge = reply->rawHeader("WWW-Authenticate");
    if (m_authorizationHandled &&
        (status == 401 || (status == 403 && challenge.contains("insufficient_scope")))) {
        emit authorizationRequired(challenge, stream.message);
        return;
    }
    if (isInitialize && !stream.sentWithSession && (status == 404 || status == 405) &&
        m_config.transport == McpServerConfig::Transport::Http) {
        emit legacyFallbackSuggested(stream.message);
        return;
    }
    if (status >= 200 && status < 300) {
        captureSession(reply);
        if (status == 202 || stream.isSse) {
            if (stream.isSse && !stream.awaitedId.isUndefined() && !stream.answered) {
                // The stream ended before the response: resume it (SEP "sse-retry").
                if (!stream.reader.lastEventId().isEmpty()) {
                    auto resume = std::make_unique<Stream>();
                    resume->awaitedId = stream.awaitedId;
                    resume->reader = stream.reader;
                    scheduleReconnect(std::move(resume));
                } else {
                    emit sendFailed(id, tr("MCP server \"%1\" closed the response stream without answering.")
                                            .arg(m_config.name));
                }
            }
            return;
        }
        const QByteArray body = reply->readAll();
        if (!body.trimmed().isEmpty())
            deliver(body, stream);
        return;
    }
    // An error status; the body may still be a JSON-RPC error for this request.
    const QByteArray body = reply->readAll();
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    if (isResponseTo(obj, id)) {
        emit messageReceived(obj);
        return;
    }
    QString error = describeReply(reply, status);
    if (obj.value(QLatin1String("error")).isObject())
        error += QLatin1Char(' ') +
                 obj.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    emit logLine(QStringLiteral("error"), error, false);
    if (!id.isUndefined() && stream.message.contains(QLatin1String("method")))
        emit sendFailed(id, error);
}

void StreamableHttpTransport::onGetFinished(QNetworkReply* reply, std::unique_ptr<Stream> stream, int status)
{
    if (stream->standalone && (status == 405 || status == 401 || status == 403)) {
        m_standaloneRunning = false; // started again after authorization
        emit logLine(QStringLiteral("info"),
                     tr("The server offers no stream for server-initiated messages (HTTP %1).").arg(status),
                     false);
        return;
    }
    if (status == 404 && stream->sentWithSession && !stream->standalone) {
        emit sendFailed(stream->awaitedId, describeReply(reply, status));
        return;
    }
    if (!stream->standalone && stream->answered)
        return; // a resumed response stream that delivered its response
    if (status != 200 || !stream->isSse) {
        if (++stream->failures >= kMaxStreamFailures) {
            const QString error = describeReply(reply, status);
            emit logLine(QStringLiteral("error"), error, false);
            if (!stream->standalone)
                emit sendFailed(stream->awaitedId, error);
            else
                m_standaloneRunning = false;
            return;
        }
    }
    scheduleReconnect(std::move(stream));
}

void StreamableHttpTransport::scheduleReconnect(std::unique_ptr<Stream> stream)
{
    if (m_closing)
        return;
    const int retry = stream->reader.retryMs().value_or(m_defaultRetryMs);
    const int delay = retry * (1 << qMin(stream->failures, 4));
    const QString lastId = stream->reader.lastEventId();
    auto* holder = new QTimer(this);
    holder->setSingleShot(true);
    auto shared = std::make_shared<std::unique_ptr<Stream>>(std::move(stream));
    connect(holder, &QTimer::timeout, this, [this, holder, shared, lastId] {
        holder->deleteLater();
        openGet(lastId, std::move(*shared));
    });
    holder->start(delay);
}

void StreamableHttpTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_open = false;
    for (auto& [reply, stream] : m_streams) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_streams.clear();
    if (m_sessionId.isEmpty()) {
        QTimer::singleShot(0, this, &McpTransport::closed);
        return;
    }
    QNetworkRequest request = makeRequest("application/json, text/event-stream");
    request.setTransferTimeout(3000);
    QNetworkReply* reply = m_nam.deleteResource(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 204 && status != 405)
            emit logLine(QStringLiteral("warning"), describeReply(reply, status), false);
        reply->deleteLater();
        m_sessionId.clear();
        emit closed();
    });
}

} // namespace harness::core
