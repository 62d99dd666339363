// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The one-shot loopback redirect listener, spoken to over raw TCP like a browser would.
#include "core/auth/loopback_redirect_listener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace harness::core;

namespace {

/// Sends `chunks` (with event-loop turns in between) and returns the whole answer.
QByteArray exchange(quint16 port, const QList<QByteArray>& chunks)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10'000))
        return "connect failed";
    for (const auto& chunk : chunks) {
        socket.write(chunk);
        socket.flush();
        QTest::qWait(20);
    }
    QByteArray answer;
    QDeadlineTimer deadline(20'000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(50);
        answer += socket.readAll();
        QCoreApplication::processEvents();
    }
    return answer + socket.readAll();
}

int statusOf(const QByteArray& answer)
{
    const auto parts = answer.left(answer.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts[1].toInt() : 0;
}

} // namespace

class TestAuthLoopback final : public QObject {
    Q_OBJECT

private slots:
    void listensOnLoopbackOnly()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        const QUrl uri = listener.redirectUri();
        QCOMPARE(uri.scheme(), QStringLiteral("http"));
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(uri.path(), QStringLiteral("/callback"));
        QVERIFY(uri.port() > 0);
        LoopbackRedirectListener second; // ports are ephemeral: a second listener gets its own
        QVERIFY(second.listen());
        QVERIFY(second.redirectUri().port() != uri.port());
    }

    void otherRequestsDoNotEndTheWait_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
        QTest::newRow("other path") << QByteArray("GET /callback/x?code=1 HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("POST") << QByteArray("POST /callback?code=1 HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                              << 405;
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("huge header") << QByteArray("GET /callback?code=" + QByteArray(20'000, 'a')) << 431;
    }
    void otherRequestsDoNotEndTheWait()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QCOMPARE(statusOf(exchange(static_cast<quint16>(listener.redirectUri().port()), {request})), status);
        QVERIFY(received.isEmpty());
        QVERIFY(listener.isListening());
    }

    void redirectIsReceivedOnce_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("pageText");
        QTest::newRow("code") << QByteArray("code=abc%2Bdef&state=s-1&iss=https%3A%2F%2Fid.example")
                              << QByteArray("return to");
        QTest::newRow("error") << QByteArray("error=access_denied&state=s-1") << QByteArray("not completed");
    }
    void redirectIsReceivedOnce()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, pageText);
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen());
        const auto port = static_cast<quint16>(listener.redirectUri().port());
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        // A request split across TCP segments, as slow clients send it.
        const QByteArray answer =
            exchange(port, {"GET /callback?" + query.left(5),
                            query.mid(5) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n", "Accept: text/html\r\n\r\n"});
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(answer.contains("Content-Type: text/html"));
        QVERIFY(answer.contains("Cache-Control: no-store"));
        QVERIFY(answer.contains(pageText));
        QCOMPARE(received.count(), 1);
        const auto received0 = received.first().first().value<QUrlQuery>();
        QCOMPARE(received0.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("s-1"));
        if (query.startsWith("code"))
            QCOMPARE(received0.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                     QStringLiteral("abc+def"));

        // One-shot: the port is closed now.
        QVERIFY(!listener.isListening());
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(2'000) || late.waitForDisconnected(2'000));
        QCOMPARE(received.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuthLoopback)
#include "tst_auth_loopback.moc"
