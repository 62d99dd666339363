// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// server-everything over Streamable HTTP (session id, protocol header, GET stream, DELETE on
// close, expired session recovery) and over legacy HTTP+SSE (explicit and as fallback).
#include "core/mcp/mcp_client.h"
#include "core/mcp/mcp_elicitation_handler.h"
#include "core/mcp/mcp_server_log.h"
#include "mcp_test_peers.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30'000;

QString logText(const McpClient& client)
{
    return client.log()->tail(1000);
}
} // namespace

class TestMcpHttpEverything final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void streamableBasics();
    void deleteOnStop();
    void expiredSessionIsRecovered();
    void responseStreamIsResumed();
    void serverStreamIsResumed();
    void bearerTokenIsSent();
    void legacySse_data();
    void legacySse();
    void unreachableServerIsReported();

private:
    bool startClient(McpClient& client);
    McpToolResult call(McpClient& client, const QString& tool, const QJsonObject& args,
                       int* progressCount = nullptr);
    McpTestPeers::EverythingHttp m_streamable;
};

void TestMcpHttpEverything::initTestCase()
{
    HARNESS_REQUIRE_PEER(McpTestPeers::missing());
    QString error;
    QVERIFY2(m_streamable.start(u"streamableHttp"_s, &error), qPrintable(error));
}

bool TestMcpHttpEverything::startClient(McpClient& client)
{
    QSignalSpy ready(&client, &McpClient::ready);
    client.start();
    for (int waited = 0; waited < kTimeoutMs && ready.isEmpty() && client.state() != McpClient::State::Failed;
         waited += 50)
        QTest::qWait(50);
    if (!client.isReady())
        qWarning() << "client did not start:" << client.errorString() << logText(client);
    return client.isReady();
}

McpToolResult TestMcpHttpEverything::call(McpClient& client, const QString& tool, const QJsonObject& args,
                                          int* progressCount)
{
    McpToolCall* c = client.callTool(tool, args);
    QSignalSpy progress(c, &McpToolCall::progressed);
    QSignalSpy finished(c, &McpToolCall::finished);
    finished.wait(kTimeoutMs);
    if (progressCount)
        *progressCount = int(progress.size());
    const McpToolResult r = c->result();
    delete c;
    return r;
}

static McpServerConfig httpConfig(const QUrl& url, McpServerConfig::Transport transport)
{
    McpServerConfig cfg;
    cfg.name = u"everything-http"_s;
    cfg.transport = transport;
    cfg.url = url;
    cfg.headers = {{u"X-Harness-Test"_s, u"1"_s}};
    return cfg;
}

void TestMcpHttpEverything::streamableBasics()
{
    McpClient client(httpConfig(m_streamable.url(u"/mcp"_s), McpServerConfig::Transport::Http));
    QVERIFY(startClient(client));
    QCOMPARE(client.protocolVersion(), u"2025-11-25"_s);
    QVERIFY(m_streamable.output().contains("Session initialized with ID"));
    QStringList names;
    for (const McpTool& t : client.tools())
        names << t.name;
    QVERIFY(names.contains(u"echo"_s));
    QCOMPARE(call(client, u"echo"_s, {{u"message"_s, u"over http"_s}}).modelText(), u"Echo: over http"_s);
    QCOMPARE(call(client, u"get-tiny-image"_s, {}).images().size(), 1);
    // Resource results over HTTP too: an embedded resource and resource links.
    const McpToolResult embedded =
        call(client, u"get-resource-reference"_s, {{u"resourceType"_s, u"Text"_s}, {u"resourceId"_s, 3}});
    QVERIFY2(std::any_of(embedded.parts.cbegin(), embedded.parts.cend(),
                         [](const McpContentPart& p) {
                             return p.kind == McpContentPart::Kind::Resource && !p.uri.isEmpty();
                         }),
             qPrintable(embedded.modelText()));
    const McpToolResult links = call(client, u"get-resource-links"_s, {{u"count"_s, 2}});
    QCOMPARE(
        std::count_if(links.parts.cbegin(), links.parts.cend(),
                      [](const McpContentPart& p) { return p.kind == McpContentPart::Kind::ResourceLink; }),
        2);
    int progress = 0;
    const McpToolResult longRun =
        call(client, u"trigger-long-running-operation"_s, {{u"duration"_s, 1}, {u"steps"_s, 3}}, &progress);
    QVERIFY2(longRun.modelText().contains(u"completed"_s), qPrintable(longRun.modelText()));
    QCOMPARE(progress, 3);
    // The server-to-client GET stream was opened with the session.
    QTRY_VERIFY_WITH_TIMEOUT(m_streamable.output().contains("Establishing new SSE stream for session"),
                             kTimeoutMs);
    // A server-to-client request (elicitation) on the call's response stream, answered by POST;
    // the tool itself arrived through list_changed on the GET stream.
    DefaultsElicitationHandler defaults;
    client.setElicitationHandler(&defaults);
    auto toolNames = [&client] {
        QStringList n;
        for (const McpTool& t : client.tools())
            n << t.name;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(toolNames().contains(u"trigger-elicitation-request"_s), kTimeoutMs);
    const QString elicited = call(client, u"trigger-elicitation-request"_s, {}).modelText();
    QVERIFY2(elicited.contains(u"Favorite Integer: 42"_s), qPrintable(elicited));
    client.setElicitationHandler(nullptr);
    // Cancellation over HTTP.
    McpToolCall* slow =
        client.callTool(u"trigger-long-running-operation"_s, {{u"duration"_s, 60}, {u"steps"_s, 60}});
    QSignalSpy slowProgress(slow, &McpToolCall::progressed);
    QTRY_VERIFY_WITH_TIMEOUT(!slowProgress.isEmpty(), kTimeoutMs);
    slow->cancel();
    QCOMPARE(slow->result().failure, McpToolResult::Failure::Cancelled);
    QCOMPARE(call(client, u"echo"_s, {{u"message"_s, u"after cancel"_s}}).modelText(),
             u"Echo: after cancel"_s);
}

void TestMcpHttpEverything::deleteOnStop()
{
    McpClient client(httpConfig(m_streamable.url(u"/mcp"_s), McpServerConfig::Transport::Http));
    QVERIFY(startClient(client));
    QSignalSpy stopped(&client, &McpClient::stopped);
    client.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeoutMs);
    // server-everything logs the session's removal when it receives DELETE.
    QTRY_VERIFY_WITH_TIMEOUT(m_streamable.output().contains("removing from transports map"), kTimeoutMs);
}

void TestMcpHttpEverything::expiredSessionIsRecovered()
{
    McpTestPeers::StreamablePeer peer;
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    McpClient client(httpConfig(peer.url(u"/mcp"_s), McpServerConfig::Transport::Http));
    QVERIFY(startClient(client));
    QCOMPARE(call(client, u"echo"_s, {{u"message"_s, u"first"_s}}).modelText(), u"Echo: first"_s);
    // Requests after initialize carry the session id and the negotiated protocol version.
    QVERIFY(peer.output().contains("POST /mcp session="));
    QVERIFY(peer.output().contains("version=2025-11-25"));
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.post(QNetworkRequest(peer.url(u"/expire"_s)), QByteArray());
    QSignalSpy expired(reply, &QNetworkReply::finished);
    QVERIFY(expired.wait(kTimeoutMs));
    delete reply;
    // The server now answers 404 for the old session: the client starts a new one and the
    // call that hit the 404 is delivered again.
    const McpToolResult r = call(client, u"echo"_s, {{u"message"_s, u"new session"_s}});
    QVERIFY2(!r.isError, qPrintable(r.modelText() + u'\n' + logText(client)));
    QCOMPARE(r.modelText(), u"Echo: new session"_s);
    QVERIFY(logText(client).contains(u"session expired"_s));
    QCOMPARE(peer.output().count("session "), 2);
}

void TestMcpHttpEverything::responseStreamIsResumed()
{
    McpTestPeers::StreamablePeer peer;
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    McpClient client(httpConfig(peer.url(u"/mcp"_s), McpServerConfig::Transport::Http));
    QVERIFY(startClient(client));
    // The server closes the POST's SSE stream before answering; the response arrives on a GET
    // that resumes the stream with Last-Event-ID after the server's retry delay.
    const McpToolResult r = call(client, u"echo-after-disconnect"_s, {{u"message"_s, u"x"_s}});
    QVERIFY2(!r.isError, qPrintable(r.modelText() + u'\n' + logText(client)));
    QCOMPARE(r.modelText(), u"Resumed: x"_s);
    QVERIFY2(peer.output().contains("GET /mcp session="), peer.output().constData());
    QVERIFY(!peer.output().contains("GET /mcp session=- "));
    QVERIFY(peer.output().contains("last-event-id="));
    QVERIFY(QRegularExpression(u"GET /mcp .* last-event-id=[^-\\s]"_s)
                .match(QString::fromUtf8(peer.output()))
                .hasMatch());
}

void TestMcpHttpEverything::serverStreamIsResumed()
{
    McpTestPeers::StreamablePeer peer;
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    McpClient client(httpConfig(peer.url(u"/mcp"_s), McpServerConfig::Transport::Http));
    QVERIFY(startClient(client));
    QTRY_VERIFY_WITH_TIMEOUT(peer.output().contains("GET /mcp session="), kTimeoutMs);
    // The server closes the GET stream; the client reconnects it with Last-Event-ID and gets the
    // list_changed notification the server sends afterwards.
    QCOMPARE(call(client, u"reset-server-stream"_s, {}).modelText(), u"stream closed"_s);
    auto names = [&client] {
        QStringList n;
        for (const McpTool& t : client.tools())
            n << t.name;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(names().contains(u"after-reconnect"_s), kTimeoutMs);
    QVERIFY2(QRegularExpression(u"GET /mcp .* last-event-id=[^-\\s]"_s)
                 .match(QString::fromUtf8(peer.output()))
                 .hasMatch(),
             peer.output().constData());
}

void TestMcpHttpEverything::bearerTokenIsSent()
{
    McpTestPeers::StreamablePeer peer;
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    McpServerConfig cfg = httpConfig(peer.url(u"/mcp"_s), McpServerConfig::Transport::Http);
    cfg.auth = McpServerConfig::AuthKind::Bearer;
    McpClient client(cfg);
    client.setBearerToken(u"runtime-token-123"_s);
    QVERIFY(startClient(client));
    QCOMPARE(call(client, u"echo"_s, {{u"message"_s, u"with token"_s}}).modelText(), u"Echo: with token"_s);
    QVERIFY(peer.output().contains(
        "POST /mcp session=- version=- last-event-id=- authorization=Bearer runtime-token-123"));
    QVERIFY(!peer.output().contains("authorization=-"));
}

void TestMcpHttpEverything::legacySse_data()
{
    QTest::addColumn<int>("transport");
    QTest::newRow("explicit sse") << int(McpServerConfig::Transport::LegacySse);
    QTest::newRow("fallback from streamable") << int(McpServerConfig::Transport::Http);
}

void TestMcpHttpEverything::legacySse()
{
    QFETCH(int, transport);
    McpTestPeers::EverythingHttp sse;
    QString error;
    QVERIFY2(sse.start(u"sse"_s, &error), qPrintable(error));
    McpClient client(httpConfig(sse.url(u"/sse"_s), McpServerConfig::Transport(transport)));
    QVERIFY(startClient(client));
    QCOMPARE(call(client, u"echo"_s, {{u"message"_s, u"legacy"_s}}).modelText(), u"Echo: legacy"_s);
    if (McpServerConfig::Transport(transport) == McpServerConfig::Transport::Http)
        QVERIFY(logText(client).contains(u"older HTTP+SSE"_s));
}

void TestMcpHttpEverything::unreachableServerIsReported()
{
    const quint16 port = McpTestPeers::freePort(); // nothing listens there
    McpClient client(
        httpConfig(QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(port)), McpServerConfig::Transport::Http));
    QSignalSpy failed(&client, &McpClient::failed);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QVERIFY2(client.errorString().contains(u"Could not reach"_s), qPrintable(client.errorString()));
}

QTEST_GUILESS_MAIN(TestMcpHttpEverything)
#include "tst_mcp_http_everything.moc"
