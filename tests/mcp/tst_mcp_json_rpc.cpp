// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/json_line_buffer.h"
#include "core/mcp/json_rpc_session.h"
#include "core/mcp/mcp_transport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {
/// Records what the session sends; the test plays the server.
class FakeTransport final : public McpTransport {
public:
    void open() override {}
    void send(const QJsonObject& message) override { sent << message; }
    void close() override {}
    bool isOpen() const override { return true; }
    QList<QJsonObject> sent;
};
} // namespace

class TestMcpJsonRpc final : public QObject {
    Q_OBJECT
private slots:
    void lineSplitting_data();
    void lineSplitting();
    void requestGetsResult();
    void requestGetsError();
    void requestTimesOutAndIsCancelled();
    void pausedTimeoutWaits();
    void cancelSendsNotification();
    void incomingRequestsAndNotifications();
    void failAllCompletesEveryRequest();
};

void TestMcpJsonRpc::lineSplitting_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QStringList>("methods");
    QTest::addColumn<int>("garbage");
    const QByteArray a = R"({"jsonrpc":"2.0","method":"a"})";
    const QByteArray b = R"({"jsonrpc":"2.0","method":"b","params":{"t":"h\u00e9"}})";
    QTest::newRow("one per chunk") << QList<QByteArray>{a + "\n", b + "\n"} << QStringList{u"a"_s, u"b"_s}
                                   << 0;
    QTest::newRow("two in one chunk")
        << QList<QByteArray>{a + "\n" + b + "\n"} << QStringList{u"a"_s, u"b"_s} << 0;
    QTest::newRow("split mid line") << QList<QByteArray>{a.left(7), a.mid(7) + "\n" + b.left(3),
                                                         b.mid(3) + "\n"}
                                    << QStringList{u"a"_s, u"b"_s} << 0;
    QTest::newRow("CRLF and blank lines")
        << QList<QByteArray>{a + "\r\n\r\n", b + "\r", "\n"} << QStringList{u"a"_s, u"b"_s} << 0;
    QTest::newRow("incomplete tail") << QList<QByteArray>{a + "\n" + b} << QStringList{u"a"_s} << 0;
    QTest::newRow("garbage line") << QList<QByteArray>{"npm WARN something\n" + a + "\n"}
                                  << QStringList{u"a"_s} << 1;
    QTest::newRow("batch") << QList<QByteArray>{"[" + a + "," + b + "]\n"} << QStringList{u"a"_s, u"b"_s}
                           << 0;
    const QByteArray utf8("{\"method\":\"\xc3\xa9\"}\n");
    QTest::newRow("split in utf-8") << QList<QByteArray>{utf8.left(12), utf8.mid(12)}
                                    << QStringList{QString::fromUtf8("\xc3\xa9")} << 0;
}

void TestMcpJsonRpc::lineSplitting()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QStringList, methods);
    QFETCH(int, garbage);
    JsonLineBuffer buffer;
    QStringList got;
    int junk = 0;
    for (const QByteArray& c : chunks) {
        const auto out = buffer.append(c);
        for (const QJsonObject& m : out.messages)
            got << m.value(u"method"_s).toString();
        junk += int(out.garbage.size());
    }
    QCOMPARE(got, methods);
    QCOMPARE(junk, garbage);
}

void TestMcpJsonRpc::requestGetsResult()
{
    FakeTransport transport;
    JsonRpcSession session;
    session.setTransport(&transport);
    JsonRpcResponse got;
    int calls = 0;
    const qint64 id =
        session.sendRequest(u"tools/list"_s, {{u"cursor"_s, u"c1"_s}}, 0, [&](const JsonRpcResponse& r) {
            got = r;
            ++calls;
        });
    QCOMPARE(transport.sent.size(), 1);
    const QJsonObject req = transport.sent.at(0);
    QCOMPARE(req.value(u"jsonrpc"_s).toString(), u"2.0"_s);
    QCOMPARE(req.value(u"method"_s).toString(), u"tools/list"_s);
    QCOMPARE(req.value(u"params"_s).toObject().value(u"cursor"_s).toString(), u"c1"_s);
    QVERIFY(session.isPending(id));
    // A string id for our integer id is still matched.
    session.handleMessage(
        {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, QString::number(id)}, {u"result"_s, QJsonObject{{u"x"_s, 1}}}});
    QCOMPARE(calls, 1);
    QVERIFY(got.ok());
    QCOMPARE(got.result.toObject().value(u"x"_s).toInt(), 1);
    QVERIFY(!session.isPending(id));
    // A duplicate response is ignored and reported.
    QSignalSpy violations(&session, &JsonRpcSession::protocolViolation);
    session.handleMessage({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, QJsonObject{}}});
    QCOMPARE(calls, 1);
    QCOMPARE(violations.size(), 1);
}

void TestMcpJsonRpc::requestGetsError()
{
    FakeTransport transport;
    JsonRpcSession session;
    session.setTransport(&transport);
    JsonRpcResponse got;
    const qint64 id = session.sendRequest(u"tools/call"_s, {}, 0, [&](const JsonRpcResponse& r) { got = r; });
    session.handleMessage(
        {{u"jsonrpc"_s, u"2.0"_s},
         {u"id"_s, id},
         {u"error"_s, QJsonObject{{u"code"_s, -32602}, {u"message"_s, u"Unknown tool"_s}}}});
    QCOMPARE(got.outcome, JsonRpcResponse::Outcome::Error);
    QCOMPARE(got.errorCode, -32602);
    QCOMPARE(got.errorMessage, u"Unknown tool"_s);
}

void TestMcpJsonRpc::requestTimesOutAndIsCancelled()
{
    FakeTransport transport;
    JsonRpcSession session;
    session.setTransport(&transport);
    bool done = false;
    JsonRpcResponse got;
    const qint64 id = session.sendRequest(u"slow"_s, {}, 50, [&](const JsonRpcResponse& r) {
        got = r;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(got.outcome, JsonRpcResponse::Outcome::Timeout);
    QVERIFY(got.errorMessage.contains(u"slow"_s));
    QCOMPARE(transport.sent.last().value(u"method"_s).toString(), u"notifications/cancelled"_s);
    QCOMPARE(transport.sent.last().value(u"params"_s).toObject().value(u"requestId"_s).toInteger(), id);
}

void TestMcpJsonRpc::pausedTimeoutWaits()
{
    FakeTransport transport;
    JsonRpcSession session;
    session.setTransport(&transport);
    bool pausedDone = false;
    bool otherDone = false;
    const qint64 paused =
        session.sendRequest(u"initialize"_s, {}, 50, [&](const JsonRpcResponse&) { pausedDone = true; });
    session.sendRequest(u"other"_s, {}, 50, [&](const JsonRpcResponse&) { otherDone = true; });
    session.pauseTimeout(paused); // e.g. the user is signing in
    QTRY_VERIFY(otherDone);       // a request with the same timeout expired meanwhile...
    QVERIFY(!pausedDone);         // ...the paused one did not
    QVERIFY(session.isPending(paused));
    session.touchRequest(paused); // sent again: its timeout runs again
    QTRY_VERIFY(pausedDone);
}

void TestMcpJsonRpc::cancelSendsNotification()
{
    FakeTransport transport;
    JsonRpcSession session;
    session.setTransport(&transport);
    JsonRpcResponse got;
    int calls = 0;
    const qint64 id = session.sendRequest(u"tools/call"_s, {}, 0, [&](const JsonRpcResponse& r) {
        got = r;
        ++calls;
    });
    session.cancelRequest(id, u"user stopped"_s);
    QCOMPARE(got.outcome, JsonRpcResponse::Outcome::Cancelled);
    const QJsonObject n = transport.sent.last();
    QVERIFY(!n.contains(u"id"_s));
    QCOMPARE(n.value(u"method"_s).toString(), u"notifications/cancelled"_s);
    QCOMPARE(n.value(u"params"_s).toObject().value(u"requestId"_s).toInteger(), id);
    QCOMPARE(n.value(u"params"_s).toObject().value(u"reason"_s).toString(), u"user stopped"_s);
    // A late response after cancelling is dropped without running the handler again.
    session.handleMessage({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, QJsonObject{}}});
    QCOMPARE(calls, 1);
    QCOMPARE(got.outcome, JsonRpcResponse::Outcome::Cancelled);
}

void TestMcpJsonRpc::incomingRequestsAndNotifications()
{
    FakeTransport transport;
    JsonRpcSession session;
    session.setTransport(&transport);
    QSignalSpy requests(&session, &JsonRpcSession::requestReceived);
    QSignalSpy notifications(&session, &JsonRpcSession::notificationReceived);
    session.handleMessage({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, u"srv-1"_s}, {u"method"_s, u"ping"_s}});
    session.handleMessage({{u"jsonrpc"_s, u"2.0"_s},
                           {u"method"_s, u"notifications/progress"_s},
                           {u"params"_s, QJsonObject{{u"progress"_s, 1}}}});
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).at(0).toJsonValue().toString(), u"srv-1"_s);
    QCOMPARE(requests.at(0).at(1).toString(), u"ping"_s);
    QCOMPARE(notifications.size(), 1);
    QCOMPARE(notifications.at(0).at(0).toString(), u"notifications/progress"_s);
    session.respond(u"srv-1"_s, QJsonObject{});
    QCOMPARE(transport.sent.last().value(u"id"_s).toString(), u"srv-1"_s);
    QVERIFY(transport.sent.last().value(u"result"_s).isObject());
    session.respondError(7, JsonRpcSession::MethodNotFound, u"nope"_s);
    QCOMPARE(transport.sent.last().value(u"error"_s).toObject().value(u"code"_s).toInt(), -32601);
}

void TestMcpJsonRpc::failAllCompletesEveryRequest()
{
    FakeTransport transport;
    JsonRpcSession session;
    session.setTransport(&transport);
    int failures = 0;
    for (int i = 0; i < 3; ++i) {
        session.sendRequest(u"x"_s, {}, 0, [&](const JsonRpcResponse& r) {
            if (r.outcome == JsonRpcResponse::Outcome::TransportError && r.errorMessage == u"gone"_s)
                ++failures;
        });
    }
    session.failAll(u"gone"_s);
    QCOMPARE(failures, 3);
    QCOMPARE(session.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestMcpJsonRpc)
#include "tst_mcp_json_rpc.moc"
