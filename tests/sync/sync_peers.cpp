// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "sync_peers.h"

#include <QDeadlineTimer>
#include <QDir>
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

QString sourceDir()
{
    return qEnvironmentVariable("HARNESS_SOURCE_DIR");
}

} // namespace

QString SyncPeers::missing()
{
    return missingConvexBackend();
}

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

SyncPeers::Start SyncPeers::prepare()
{
    if (sourceDir().isEmpty() || qEnvironmentVariable("HARNESS_TEST_PEERS").isEmpty()) {
        m_error = QStringLiteral("HARNESS_TEST_PEERS / HARNESS_SOURCE_DIR not set (run through ctest)");
        return Start::Failed;
    }
    if (!m_backendDir.isEmpty())
        return Start::Ok;
    // The web backend with the module installed: a copy made (once, then reused) by the same
    // script the convex tests use. It says what is missing when there is no web backend.
    const QString dir = qEnvironmentVariable(
        "HARNESS_CONVEX_BACKEND_DIR", QDir::temp().filePath(QStringLiteral("harness-sync-web-backend")));
    QProcess prepare;
    prepare.setProgram(node());
    prepare.setArguments(
        {sourceDir() + QLatin1String("/tests/convex/prepare-backend.mjs"), QStringLiteral("--out"), dir});
    prepare.start();
    QDeadlineTimer deadline(300'000);
    while (prepare.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    const QString said = QString::fromLocal8Bit(prepare.readAllStandardError()).trimmed();
    if (prepare.exitStatus() == QProcess::NormalExit && prepare.exitCode() == 77) {
        m_error = said;
        return Start::Missing;
    }
    if (prepare.state() != QProcess::NotRunning || prepare.exitCode() != 0) {
        prepare.kill();
        m_error = QStringLiteral("preparing the web backend failed: %1").arg(said);
        return Start::Failed;
    }
    m_backendDir = dir;
    return Start::Ok;
}

SyncPeers::Start SyncPeers::start()
{
    if (const Start prepared = prepare(); prepared != Start::Ok)
        return prepared;
    m_issuer.setProgram(node());
    m_issuer.setArguments({sourceDir() + QLatin1String("/tests/sync/jwks_peer.mjs")});
    m_issuer.start();
    const auto ready = readJsonLine(m_issuer, "ready", 30'000, &m_error);
    if (ready.isEmpty())
        return Start::Failed;
    m_issuerUrl = QUrl(ready.value(QStringLiteral("issuer")).toString());
    return startBackend(m_issuerUrl, QStringLiteral("harness-desktop"));
}

SyncPeers::Start SyncPeers::startBackend(const QUrl& issuer, const QString& audience, const QUrl& jwksUrl)
{
    if (const Start prepared = prepare(); prepared != Start::Ok)
        return prepared;
    const QString iss = issuer.toString();
    const QString jwks = jwksUrl.isEmpty() ? iss + QLatin1String("/jwks") : jwksUrl.toString();
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HARNESS_CONVEX_BACKEND_DIR"), m_backendDir);
    m_backend.setProcessEnvironment(env);
    m_backend.setProgram(node());
    m_backend.setArguments({sourceDir() + QLatin1String("/tests/convex/start-backend.mjs"),
                            QStringLiteral("--backend"), m_backendDir, QStringLiteral("--port"),
                            QStringLiteral("0"), QStringLiteral("--jwks"), jwks, QStringLiteral("--issuer"),
                            iss, QStringLiteral("--audience"), audience});
    m_backend.start();
    const auto listening = readJsonLine(m_backend, "listening", 120'000, &m_error);
    if (listening.isEmpty())
        return Start::Failed;
    m_url = QUrl(listening.value(QStringLiteral("url")).toString());
    return m_url.isValid() ? Start::Ok : Start::Failed;
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
    const QByteArray answer = http("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), &status,
                                   token(subject).toLatin1(), 1'800'000);
    if (status != 200)
        m_callError = QStringLiteral("/_test/seed: HTTP %1 %2").arg(status).arg(QString::fromUtf8(answer));
    return status == 200;
}

QJsonValue SyncPeers::query(const QString& subject, const QString& path, const QJsonObject& args)
{
    return callAs(token(subject), QStringLiteral("query"), path, args);
}

QJsonValue SyncPeers::mutation(const QString& subject, const QString& path, const QJsonObject& args)
{
    return callAs(token(subject), QStringLiteral("mutation"), path, args);
}

QJsonValue SyncPeers::callAs(const QString& bearer, const QString& kind, const QString& path,
                             const QJsonObject& args)
{
    QUrl url = m_url;
    url.setPath(QStringLiteral("/api/") + kind);
    const QJsonObject body{{QStringLiteral("path"), path},
                           {QStringLiteral("args"), args},
                           {QStringLiteral("format"), QStringLiteral("json")}};
    int status = 0;
    const QByteArray text =
        http("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), &status, bearer.toLatin1());
    const auto answer = QJsonDocument::fromJson(text).object();
    if (status != 200 || answer.value(QStringLiteral("status")).toString() != QLatin1String("success")) {
        m_callError =
            QStringLiteral("%1 %2: HTTP %3 %4").arg(kind, path).arg(status).arg(QString::fromUtf8(text));
        return QJsonValue(QJsonValue::Undefined);
    }
    m_callError.clear();
    const QJsonValue value = answer.value(QStringLiteral("value"));
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace harness::test
