// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// McpClient against a scripted stdio peer: pagination, list_changed, client info and
// capabilities, server-to-client requests, logging, framing over real pipes, cancellation on the
// wire, per-server timeouts and protocol version negotiation.
#include "core/mcp/mcp_client.h"
#include "core/mcp/mcp_server_log.h"
#include "support/peer_requirement.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30'000;

McpServerConfig peerConfig(const QString& version = {})
{
    McpServerConfig c;
    c.name = u"scripted"_s;
    c.command = u"node"_s;
    c.args = {qEnvironmentVariable("HARNESS_SOURCE_DIR") + u"/tests/mcp/scripted_stdio_peer.mjs"_s};
    if (!version.isEmpty())
        c.env.insert(u"PEER_VERSION"_s, version);
    return c;
}

QStringList toolNames(const McpClient& client)
{
    QStringList names;
    for (const McpTool& t : client.tools())
        names << t.name;
    return names;
}
} // namespace

class TestMcpClientProtocol final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void paginatedToolList();
    void clientInfoAndCapabilities();
    void listChangedRefreshesTools();
    void serverToClientRequests();
    void loggingNotification();
    void framingOverPipes();
    void cancelIsSentToServer();
    void perServerTimeout();
    void gracefulStop();
    void stubbornServerIsKilled();
    void versionNegotiation_data();
    void versionNegotiation();

private:
    McpToolResult callAndWait(const QString& tool, const QJsonObject& args = {});
    std::unique_ptr<McpClient> m_client;
};

void TestMcpClientProtocol::initTestCase()
{
    HARNESS_REQUIRE_PEER(harness::test::missingProgram(u"node"_s, u"nodejs"_s));
}

void TestMcpClientProtocol::init()
{
    m_client = std::make_unique<McpClient>(peerConfig());
    QSignalSpy ready(m_client.get(), &McpClient::ready);
    m_client->start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || m_client->state() == McpClient::State::Failed, kTimeoutMs);
    QVERIFY2(m_client->isReady(), qPrintable(m_client->errorString()));
}

void TestMcpClientProtocol::cleanup()
{
    m_client.reset();
}

McpToolResult TestMcpClientProtocol::callAndWait(const QString& tool, const QJsonObject& args)
{
    McpToolCall* call = m_client->callTool(tool, args);
    QSignalSpy finished(call, &McpToolCall::finished);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    }();
    const McpToolResult r = call->result();
    delete call;
    return r;
}

void TestMcpClientProtocol::paginatedToolList()
{
    // 8 tools in pages of 3: all three pages were fetched, in order.
    QCOMPARE(toolNames(*m_client), (QStringList{u"echo"_s, u"client-info"_s, u"ask-client"_s, u"add-tool"_s,
                                                u"log"_s, u"split"_s, u"hang"_s, u"cancelled-ids"_s}));
    QCOMPARE(m_client->instructions(), u"Be nice."_s);
}

void TestMcpClientProtocol::clientInfoAndCapabilities()
{
    const QJsonObject init =
        QJsonDocument::fromJson(callAndWait(u"client-info"_s).modelText().toUtf8()).object();
    QCOMPARE(init.value(u"protocolVersion"_s).toString(), u"2025-11-25"_s);
    const QJsonObject info = init.value(u"clientInfo"_s).toObject();
    QCOMPARE(info.value(u"name"_s).toString(), u"harness-desktop"_s);
    QVERIFY(!info.value(u"version"_s).toString().isEmpty());
    const QJsonObject caps = init.value(u"capabilities"_s).toObject();
    QVERIFY(caps.contains(u"elicitation"_s));
    QVERIFY(caps.contains(u"roots"_s));
    QVERIFY(!caps.contains(u"sampling"_s)); // we do not offer what we cannot answer
}

void TestMcpClientProtocol::listChangedRefreshesTools()
{
    QSignalSpy changed(m_client.get(), &McpClient::toolsChanged);
    QCOMPARE(callAndWait(u"add-tool"_s).modelText(), u"added"_s);
    QTRY_VERIFY_WITH_TIMEOUT(toolNames(*m_client).contains(u"added-later"_s), kTimeoutMs);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_client->tools().size(), 9);
}

void TestMcpClientProtocol::serverToClientRequests()
{
    const QJsonObject answers =
        QJsonDocument::fromJson(callAndWait(u"ask-client"_s).modelText().toUtf8()).object();
    QVERIFY(answers.value(u"ping"_s).isObject());
    QVERIFY(answers.value(u"ping"_s).toObject().isEmpty());
    QVERIFY(answers.value(u"roots"_s).toObject().value(u"roots"_s).isArray());
    QCOMPARE(answers.value(u"roots"_s).toObject().value(u"roots"_s).toArray().size(), 0);
    QCOMPARE(answers.value(u"unknown"_s).toObject().value(u"error"_s).toObject().value(u"code"_s).toInt(),
             -32601);
}

void TestMcpClientProtocol::loggingNotification()
{
    QCOMPARE(callAndWait(u"log"_s).modelText(), u"logged"_s);
    const auto entries = m_client->log()->entries();
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [](const McpServerLog::Entry& e) {
        return e.source == McpServerLog::Source::Server;
    });
    QVERIFY(it != entries.cend());
    QCOMPARE(it->level, u"warning"_s);
    QVERIFY2(it->text.contains(u"scripted"_s) && it->text.contains(u"disk almost full"_s),
             qPrintable(it->text));
    // stderr and the non-JSON stdout line are in the same log.
    const QString log = m_client->log()->tail(100);
    QVERIFY(log.contains(u"scripted peer started"_s));
    QVERIFY(log.contains(u"this line is not JSON-RPC"_s));
}

void TestMcpClientProtocol::framingOverPipes()
{
    // A notification and the response in one write, split inside a UTF-8 sequence.
    QCOMPARE(callAndWait(u"split"_s).modelText(), u"split ok \u00e9\u6587"_s);
    QVERIFY(m_client->log()->tail(100).contains(u"before split"_s));
}

void TestMcpClientProtocol::cancelIsSentToServer()
{
    McpToolCall* call = m_client->callTool(u"hang"_s, {});
    QSignalSpy finished(call, &McpToolCall::finished);
    call->cancel(u"user pressed stop"_s);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->result().failure, McpToolResult::Failure::Cancelled);
    // The server got notifications/cancelled with the request id (a number, as we sent it).
    const QJsonArray ids =
        QJsonDocument::fromJson(callAndWait(u"cancelled-ids"_s).modelText().toUtf8()).array();
    QCOMPARE(ids.size(), 1);
    QVERIFY(ids.at(0).isDouble());
}

void TestMcpClientProtocol::perServerTimeout()
{
    McpServerConfig cfg = peerConfig();
    cfg.toolTimeoutMs = 300;
    McpClient client(cfg);
    QSignalSpy ready(&client, &McpClient::ready);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), kTimeoutMs);
    McpToolCall* call = client.callTool(u"hang"_s, {});
    QSignalSpy finished(call, &McpToolCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QCOMPARE(call->result().failure, McpToolResult::Failure::Timeout);
    QVERIFY2(call->result().modelText().contains(u"timed out"_s), qPrintable(call->result().modelText()));
    QVERIFY(client.isReady()); // a slow tool does not break the server
}

void TestMcpClientProtocol::gracefulStop()
{
    const qint64 pid = m_client->processId();
    QSignalSpy stopped(m_client.get(), &McpClient::stopped);
    m_client->stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeoutMs);
    QVERIFY(!QFileInfo::exists(u"/proc/%1"_s.arg(pid)));
    // Closing stdin was enough: no signal was needed.
    QVERIFY2(!m_client->log()->tail(100).contains(u"terminating"_s), qPrintable(m_client->log()->tail(100)));
}

void TestMcpClientProtocol::stubbornServerIsKilled()
{
    McpServerConfig cfg = peerConfig();
    cfg.env.insert(u"PEER_STUBBORN"_s, u"1"_s);
    McpClient client(cfg);
    QSignalSpy ready(&client, &McpClient::ready);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), kTimeoutMs);
    const qint64 pid = client.processId();
    QSignalSpy stopped(&client, &McpClient::stopped);
    client.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeoutMs);
    QVERIFY(!QFileInfo::exists(u"/proc/%1"_s.arg(pid)));
    const QString log = client.log()->tail(100);
    QVERIFY2(log.contains(u"ignoring SIGTERM"_s), qPrintable(log)); // it really got SIGTERM first
    QVERIFY2(log.contains(u"killing"_s), qPrintable(log));
}

void TestMcpClientProtocol::versionNegotiation_data()
{
    QTest::addColumn<QString>("serverVersion");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("2025-11-25") << u"2025-11-25"_s << true;
    QTest::newRow("2025-06-18") << u"2025-06-18"_s << true;
    QTest::newRow("2025-03-26") << u"2025-03-26"_s << true;
    QTest::newRow("2024-11-05") << u"2024-11-05"_s << false;
    QTest::newRow("future") << u"2099-01-01"_s << false;
}

void TestMcpClientProtocol::versionNegotiation()
{
    QFETCH(QString, serverVersion);
    QFETCH(bool, accepted);
    McpClient client(peerConfig(serverVersion));
    QSignalSpy ready(&client, &McpClient::ready);
    QSignalSpy failed(&client, &McpClient::failed);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), kTimeoutMs);
    QCOMPARE(client.isReady(), accepted);
    if (accepted) {
        QCOMPARE(client.protocolVersion(), serverVersion);
    } else {
        QVERIFY2(client.errorString().contains(serverVersion), qPrintable(client.errorString()));
        QCOMPARE(client.processId(), 0); // the server was shut down
    }
}

QTEST_GUILESS_MAIN(TestMcpClientProtocol)
#include "tst_mcp_client_protocol.moc"
