// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/convex_sync_socket.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

namespace harness::core {

Q_LOGGING_CATEGORY(lcSyncSocket, "harness.sync.socket")

namespace {
constexpr int SilenceLimitMs = 60000;
} // namespace

ConvexSyncSocket::ConvexSyncSocket(const QUrl& syncUrl, QObject* parent)
    : QObject(parent), m_url(syncUrl), m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ConvexSyncSocket::connectNow);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(SilenceLimitMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCInfo(lcSyncSocket) << "no frame for 60 s; reconnecting";
        m_lastCloseReason = QStringLiteral("InactiveServer");
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::connected, this, &ConvexSyncSocket::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &ConvexSyncSocket::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ConvexSyncSocket::onText);
}

ConvexSyncSocket::~ConvexSyncSocket()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

QUrl ConvexSyncSocket::syncUrlFor(const QUrl& deploymentUrl)
{
    QUrl url = deploymentUrl;
    url.setScheme(deploymentUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                   : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/1.48.0/sync"));
    return url;
}

void ConvexSyncSocket::setAuthToken(const QString& jwt)
{
    if (jwt == m_token)
        return;
    m_token = jwt;
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        sendAuthenticate();
}

void ConvexSyncSocket::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
}

void ConvexSyncSocket::open()
{
    m_wanted = true;
    if (m_socket.state() == QAbstractSocket::UnconnectedState && !m_reconnectTimer.isActive())
        connectNow();
}

void ConvexSyncSocket::close()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_watchdog.stop();
    m_socket.close();
    setLive(false);
}

int ConvexSyncSocket::subscribe(const QString& udfPath, const QJsonObject& args)
{
    const int id = m_nextQueryId++;
    m_queries.insert(id, {udfPath, args});
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        sendModify(QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Add")},
                                          {QStringLiteral("queryId"), id},
                                          {QStringLiteral("udfPath"), udfPath},
                                          {QStringLiteral("args"), QJsonArray{args}},
                                          {QStringLiteral("journal"), QJsonValue::Null}}});
    }
    return id;
}

void ConvexSyncSocket::unsubscribe(int queryId)
{
    if (!m_queries.remove(queryId))
        return;
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        sendModify(QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Remove")},
                                          {QStringLiteral("queryId"), queryId}}});
    }
}

void ConvexSyncSocket::connectNow()
{
    if (!m_wanted)
        return;
    m_socket.abort();
    m_socket.open(m_url);
}

void ConvexSyncSocket::onConnected()
{
    m_version = {};
    m_identityVersion = 0;
    m_pendingModifies = 0;
    m_pendingChunks.clear();
    m_watchdog.start();
    send({{QStringLiteral("type"), QStringLiteral("Connect")},
          {QStringLiteral("sessionId"), m_sessionId},
          {QStringLiteral("connectionCount"), m_connectionCount++},
          {QStringLiteral("lastCloseReason"), m_lastCloseReason},
          {QStringLiteral("clientTs"), double(QDateTime::currentMSecsSinceEpoch())}});
    sendAuthenticate();
    QJsonArray adds;
    for (auto it = m_queries.constBegin(); it != m_queries.constEnd(); ++it) {
        adds.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Add")},
                                {QStringLiteral("queryId"), it.key()},
                                {QStringLiteral("udfPath"), it->udfPath},
                                {QStringLiteral("args"), QJsonArray{it->args}},
                                {QStringLiteral("journal"), QJsonValue::Null}});
    }
    sendModify(adds);
}

void ConvexSyncSocket::onDisconnected()
{
    m_watchdog.stop();
    setLive(false);
    if (m_lastCloseReason == QLatin1String("InitialConnect"))
        m_lastCloseReason = QStringLiteral("Disconnected");
    if (m_wanted)
        scheduleReconnect();
}

void ConvexSyncSocket::scheduleReconnect()
{
    const int step = std::min(m_failures++, 5);
    const qint64 base = std::min<qint64>(qint64(m_firstDelayMs) << step, m_maxDelayMs);
    const int jitter = int(QRandomGenerator::global()->bounded(qMax<qint64>(1, base / 4)));
    m_reconnectTimer.start(int(base) + jitter);
}

void ConvexSyncSocket::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (live)
        m_failures = 0;
    Q_EMIT liveChanged(live);
}

void ConvexSyncSocket::send(const QJsonObject& message)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void ConvexSyncSocket::sendAuthenticate()
{
    m_awaitingAuth = true;
    if (m_token.isEmpty()) {
        send({{QStringLiteral("type"), QStringLiteral("Authenticate")},
              {QStringLiteral("tokenType"), QStringLiteral("None")},
              {QStringLiteral("baseVersion"), m_identityVersion}});
    } else {
        send({{QStringLiteral("type"), QStringLiteral("Authenticate")},
              {QStringLiteral("tokenType"), QStringLiteral("User")},
              {QStringLiteral("value"), m_token},
              {QStringLiteral("baseVersion"), m_identityVersion}});
    }
    ++m_identityVersion;
}

void ConvexSyncSocket::sendModify(const QJsonArray& modifications)
{
    const qint64 base = m_version.querySet + m_pendingModifies;
    send({{QStringLiteral("type"), QStringLiteral("ModifyQuerySet")},
          {QStringLiteral("baseVersion"), base},
          {QStringLiteral("newVersion"), base + 1},
          {QStringLiteral("modifications"), modifications}});
    ++m_pendingModifies;
}

ConvexSyncSocket::Version ConvexSyncSocket::versionFrom(const QJsonValue& value)
{
    const auto o = value.toObject();
    const QByteArray bytes = QByteArray::fromBase64(o.value(QStringLiteral("ts")).toString().toLatin1());
    quint64 ts = 0;
    for (qsizetype i = std::min<qsizetype>(bytes.size(), 8) - 1; i >= 0; --i)
        ts = (ts << 8) | quint8(bytes.at(i));
    return {o.value(QStringLiteral("querySet")).toInteger(), o.value(QStringLiteral("identity")).toInteger(),
            ts};
}

void ConvexSyncSocket::onText(const QString& text)
{
    m_watchdog.start();
    const auto message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("Transition")) {
        handleTransition(message);
    } else if (type == QLatin1String("TransitionChunk")) {
        m_pendingChunks += message.value(QStringLiteral("chunk")).toString();
        const int part = message.value(QStringLiteral("partNumber")).toInt();
        const int total = message.value(QStringLiteral("totalParts")).toInt();
        if (part + 1 >= total) {
            const auto whole = QJsonDocument::fromJson(std::exchange(m_pendingChunks, {}).toUtf8()).object();
            handleTransition(whole);
        }
    } else if (type == QLatin1String("AuthError")) {
        const QString reason = message.value(QStringLiteral("error")).toString();
        qCWarning(lcSyncSocket) << "authentication refused:" << reason;
        setLive(false);
        Q_EMIT authenticationFailed(reason);
        // The server closes; we wait for a new token (setAuthToken) or reconnect with backoff.
    } else if (type == QLatin1String("FatalError")) {
        qCWarning(lcSyncSocket) << "fatal error from server:"
                                << message.value(QStringLiteral("error")).toString();
        m_lastCloseReason = QStringLiteral("FatalError");
        m_socket.abort();
    }
    // Ping, MutationResponse, ActionResponse: nothing to do (we write over HTTP).
}

void ConvexSyncSocket::handleTransition(const QJsonObject& message)
{
    const Version start = versionFrom(message.value(QStringLiteral("startVersion")));
    if (!(start == m_version)) {
        qCWarning(lcSyncSocket) << "transition from an unexpected version; reconnecting";
        m_lastCloseReason = QStringLiteral("ProtocolError");
        m_socket.abort();
        return;
    }
    const Version end = versionFrom(message.value(QStringLiteral("endVersion")));
    m_pendingModifies -= std::max<qint64>(0, end.querySet - m_version.querySet);
    m_pendingModifies = std::max<qint64>(0, m_pendingModifies);
    if (end.identity > m_version.identity)
        m_awaitingAuth = false;
    m_version = end;
    for (const auto& value : message.value(QStringLiteral("modifications")).toArray()) {
        const auto mod = value.toObject();
        const QString type = mod.value(QStringLiteral("type")).toString();
        const int id = mod.value(QStringLiteral("queryId")).toInt();
        if (!m_queries.contains(id))
            continue;
        if (type == QLatin1String("QueryUpdated"))
            Q_EMIT queryUpdated(id, mod.value(QStringLiteral("value")));
        else if (type == QLatin1String("QueryFailed"))
            Q_EMIT queryFailed(id, mod.value(QStringLiteral("errorMessage")).toString(),
                               mod.value(QStringLiteral("errorData")));
    }
    if (!m_awaitingAuth && m_pendingModifies == 0)
        setLive(true);
}

} // namespace harness::core
