// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "oidc_peer.h"

#include "support/peer_requirement.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

namespace harness::test {

OidcPeer::~OidcPeer()
{
    stop();
}

QString OidcPeer::missing()
{
    return missingNpmPeers({QStringLiteral(".bin/node"), QStringLiteral("oidc-provider/package.json")});
}

bool OidcPeer::start(const QStringList& arguments)
{
    const QString peers = qEnvironmentVariable("HARNESS_TEST_PEERS");
    const QString source = qEnvironmentVariable("HARNESS_SOURCE_DIR");
    if (peers.isEmpty() || source.isEmpty()) {
        m_error = QStringLiteral("HARNESS_TEST_PEERS / HARNESS_SOURCE_DIR not set (run through ctest)");
        return false;
    }
    m_process.setProgram(peers + QLatin1String("/node_modules/.bin/node"));
    m_process.setArguments(QStringList{source + QLatin1String("/tests/auth/oidc_peer.mjs")} + arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(30'000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(40'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTest::qWait(20);
        out += m_process.readAllStandardOutput();
        const qsizetype at = out.indexOf("OIDC_PEER_READY ");
        const qsizetype end = out.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_issuer = QUrl(QString::fromLatin1(out.mid(at + 16, end - at - 16).trimmed()));
            return m_issuer.isValid();
        }
    }
    m_error =
        QStringLiteral("peer did not start: ") + QString::fromLocal8Bit(m_process.readAllStandardError());
    return false;
}

void OidcPeer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the peer exits when its stdin closes
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QByteArray OidcPeer::request(const QByteArray& verb, const QString& path, const QByteArray& body, int* status,
                             const QByteArray& contentType)
{
    QUrl url = m_issuer;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QDeadlineTimer deadline(20'000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return answer;
}

bool OidcPeer::control(const QJsonObject& update)
{
    return !request("POST", QStringLiteral("/__test/control"), QJsonDocument(update).toJson()).isEmpty();
}

int OidcPeer::refreshStatus(const QString& refreshToken)
{
    const QByteArray form = "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(clientId()) +
                            "&refresh_token=" + QUrl::toPercentEncoding(refreshToken);
    int status = 0;
    request("POST", QStringLiteral("/token"), form, &status, "application/x-www-form-urlencoded");
    return status;
}

QJsonObject OidcPeer::stats()
{
    return QJsonDocument::fromJson(request("GET", QStringLiteral("/__test/stats"))).object();
}

} // namespace harness::test
