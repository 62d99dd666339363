// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "sync_peers.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

namespace harness::test {

namespace {
QString node()
{
    return qEnvironmentVariable("HARNESS_TEST_PEERS") + QLatin1String("/node_modules/.bin/node");
}
} // namespace

SyncPeers::~SyncPeers()
{
    stop();
}

QJsonObject SyncPeers::readJsonLine(QProcess& process, const char* event, int timeoutMs, QString* error)
{
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    process.waitForStarted(timeoutMs);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        QTest::qWait(20);
        out += process.readAllStandardOutput();
        for (const auto& line : out.split('\n')) {
            const auto json = QJsonDocument::fromJson(line).object();
            if (json.value(QStringLiteral("event")).toString() == QLatin1String(event))
                return json;
        }
    }
    *error = QStringLiteral("%1 did not start: %2")
                 .arg(process.arguments().value(0), QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

bool SyncPeers::start()
{
    const QString source = qEnvironmentVariable("HARNESS_SOURCE_DIR");
    if (source.isEmpty() || qEnvironmentVariable("HARNESS_TEST_PEERS").isEmpty()) {
        m_error = QStringLiteral("HARNESS_TEST_PEERS / HARNESS_SOURCE_DIR not set (run through ctest)");
        return false;
    }
    m_issuer.setProgram(node());
    m_issuer.setArguments({source + QLatin1String("/tests/sync/jwks_peer.mjs")});
    m_issuer.start();
    const auto ready = readJsonLine(m_issuer, "ready", 30'000, &m_error);
    if (ready.isEmpty())
        return false;
    m_issuerUrl = QUrl(ready.value(QStringLiteral("issuer")).toString());
    return startBackend(m_issuerUrl, QStringLiteral("convex"));
}

bool SyncPeers::startBackend(const QUrl& issuer, const QString& audience)
{
    const QString source = qEnvironmentVariable("HARNESS_SOURCE_DIR");
    if (source.isEmpty() || qEnvironmentVariable("HARNESS_TEST_PEERS").isEmpty()) {
        m_error = QStringLiteral("HARNESS_TEST_PEERS / HARNESS_SOURCE_DIR not set (run through ctest)");
        return false;
    }
    const QString iss = issuer.toString();
    m_backend.setProgram(node());
    m_backend.setArguments({source + QLatin1String("/tests/convex/start-backend.mjs"),
                            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--jwks"),
                            iss + QLatin1String("/jwks"), QStringLiteral("--issuer"), iss,
                            QStringLiteral("--audience"), audience});
    m_backend.start();
    const auto listening = readJsonLine(m_backend, "listening", 60'000, &m_error);
    if (listening.isEmpty())
        return false;
    m_url = QUrl(listening.value(QStringLiteral("url")).toString());
    return m_url.isValid();
}

void SyncPeers::stop()
{
    if (m_backend.state() != QProcess::NotRunning) {
        m_backend.terminate();
        if (!m_backend.waitForFinished(5'000))
            m_backend.kill();
        m_backend.waitForFinished(5'000);
    }
    if (m_issuer.state() != QProcess::NotRunning) {
        m_issuer.closeWriteChannel();
        if (!m_issuer.waitForFinished(5'000))
            m_issuer.kill();
        m_issuer.waitForFinished(5'000);
    }
}

QByteArray SyncPeers::http(const QByteArray& verb, const QUrl& url, const QByteArray& body, int* status,
                           const QByteArray& bearer, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QDeadlineTimer deadline(timeoutMs);
    while (!reply->isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QString SyncPeers::token(const QString& subject, int ttlSeconds)
{
    QUrl url = m_issuerUrl;
    url.setPath(QStringLiteral("/token"));
    url.setQuery(
        QUrlQuery{{QStringLiteral("sub"), subject}, {QStringLiteral("ttl"), QString::number(ttlSeconds)}});
    int status = 0;
    const QByteArray jwt = http("GET", url, {}, &status);
    return status == 200 ? QString::fromLatin1(jwt) : QString();
}

bool SyncPeers::faults(const QJsonObject& update)
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/_test/faults"));
    int status = 0;
    http("POST", url, QJsonDocument(update).toJson(QJsonDocument::Compact), &status);
    return status == 200;
}

bool SyncPeers::seed(const QString& subject, int conversations, int messagesPerConversation,
                     const QString& prefix)
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/_test/seed"));
    const QJsonObject body{{QStringLiteral("conversations"), conversations},
                           {QStringLiteral("messagesPerConversation"), messagesPerConversation},
                           {QStringLiteral("prefix"), prefix}};
    int status = 0;
    http("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), &status, token(subject).toLatin1(),
         300'000);
    return status == 200;
}

QJsonValue SyncPeers::query(const QString& subject, const QString& path, const QJsonObject& args)
{
    return queryAs(token(subject), path, args);
}

QJsonValue SyncPeers::queryAs(const QString& bearer, const QString& path, const QJsonObject& args)
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/api/query"));
    const QJsonObject body{{QStringLiteral("path"), path},
                           {QStringLiteral("args"), args},
                           {QStringLiteral("format"), QStringLiteral("json")}};
    int status = 0;
    const auto answer =
        QJsonDocument::fromJson(
            http("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), &status, bearer.toLatin1()))
            .object();
    if (status != 200)
        return QJsonValue(QJsonValue::Undefined);
    return answer.value(QStringLiteral("value"));
}

QJsonObject SyncPeers::everything(const QString& subject)
{
    return everythingAs(token(subject));
}

QJsonObject SyncPeers::everythingAs(const QString& bearer)
{
    QJsonObject all;
    double cursor = 0;
    for (int page = 0; page < 100; ++page) {
        const auto value = queryAs(bearer, QStringLiteral("sync:pull"),
                                   {{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), 1000}})
                               .toObject();
        if (value.isEmpty())
            return {};
        for (const char* table : {"harnesses", "conversations", "messages", "mcpServers", "userSettings"}) {
            QJsonArray rows = all.value(QLatin1String(table)).toArray();
            for (const auto& row : value.value(QLatin1String(table)).toArray())
                rows.append(row);
            all.insert(QLatin1String(table), rows);
        }
        cursor = value.value(QStringLiteral("cursor")).toDouble();
        if (!value.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    return all;
}

} // namespace harness::test
