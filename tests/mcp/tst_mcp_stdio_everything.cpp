// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// server-everything over stdio: lifecycle, tools, every result kind, progress, cancellation,
// elicitation, logging, stderr capture and clean shutdown.
#include "core/mcp/mcp_client.h"
#include "core/mcp/mcp_elicitation_handler.h"
#include "core/mcp/mcp_server_log.h"
#include "mcp_test_peers.h"

#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {
constexpr int kStartMs = 30'000;

QStringList toolNames(const McpClient& client)
{
    QStringList names;
    for (const McpTool& t : client.tools())
        names << t.name;
    return names;
}

/// Remembers what it was asked and answers with the defaults plus a name.
class RecordingElicitation final : public McpElicitationHandler {
public:
    void elicit(const McpElicitationRequest& request,
                std::function<void(const McpElicitationResponse&)> respond) override
    {
        last = request;
        ++count;
        respond({McpElicitationResponse::Action::Accept, QJsonObject{{u"name"_s, u"Ada"_s}}});
    }
    McpElicitationRequest last;
    int count = 0;
};
} // namespace

class TestMcpStdioEverything final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void initializesAndListsTools();
    void echo();
    void image();
    void embeddedResource();
    void structuredContent();
    void progressNotifications();
    void cancelLongCall();
    void elicitationWithDefaults();
    void serverLoggingAndStderrInLog();
    void ping();
    void stopEndsTheProcess();
    void destroyingTheClientEndsTheProcess();
    void missingCommandIsReported();
    void unknownToolIsAnError();

private:
    McpToolCall* callAndWait(const QString& tool, const QJsonObject& args);
    std::unique_ptr<McpClient> m_client;
};

void TestMcpStdioEverything::initTestCase()
{
    HARNESS_REQUIRE_PEER(McpTestPeers::missing());
}

void TestMcpStdioEverything::init()
{
    m_client = std::make_unique<McpClient>(
        McpTestPeers::stdioServer(u"everything"_s, u"mcp-server-everything"_s, {u"stdio"_s}));
    QSignalSpy ready(m_client.get(), &McpClient::ready);
    m_client->start();
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1 || m_client->state() == McpClient::State::Failed, kStartMs);
    QVERIFY2(m_client->isReady(), qPrintable(m_client->errorString()));
}

void TestMcpStdioEverything::cleanup()
{
    m_client.reset();
}

McpToolCall* TestMcpStdioEverything::callAndWait(const QString& tool, const QJsonObject& args)
{
    McpToolCall* call = m_client->callTool(tool, args);
    QSignalSpy finished(call, &McpToolCall::finished);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kStartMs);
    }();
    return call;
}

void TestMcpStdioEverything::initializesAndListsTools()
{
    QCOMPARE(m_client->protocolVersion(), u"2025-11-25"_s);
    QCOMPARE(m_client->serverInfo().value(u"name"_s).toString(), u"mcp-servers/everything"_s);
    QVERIFY(m_client->serverCapabilities().contains(u"tools"_s));
    const QStringList names = toolNames(*m_client);
    QVERIFY2(names.contains(u"echo"_s), qPrintable(names.join(u',')));
    QVERIFY(names.contains(u"get-tiny-image"_s));
    const QList<McpTool> tools = m_client->tools();
    const auto echo =
        std::find_if(tools.cbegin(), tools.cend(), [](const McpTool& t) { return t.name == u"echo"_s; });
    QVERIFY(echo->readOnlyHint());
    QCOMPARE(echo->inputSchema.value(u"type"_s).toString(), u"object"_s);
    // Tools registered after initialize (because we declared elicitation) arrive through
    // notifications/tools/list_changed.
    QTRY_VERIFY_WITH_TIMEOUT(toolNames(*m_client).contains(u"trigger-elicitation-request"_s), kStartMs);
}

void TestMcpStdioEverything::echo()
{
    McpToolCall* call = callAndWait(u"echo"_s, {{u"message"_s, u"hello harness"_s}});
    QVERIFY(!call->result().isError);
    QCOMPARE(call->result().modelText(), u"Echo: hello harness"_s);
}

void TestMcpStdioEverything::image()
{
    McpToolCall* call = callAndWait(u"get-tiny-image"_s, {});
    const McpToolResult r = call->result();
    QCOMPARE(r.images().size(), 1);
    const McpContentPart img = r.images().first();
    QCOMPARE(img.mimeType, u"image/png"_s);
    QVERIFY(QByteArray::fromBase64(img.base64).startsWith("\x89PNG"));
    QVERIFY(r.modelText().contains(u"[image: image/png"_s));
}

void TestMcpStdioEverything::embeddedResource()
{
    McpToolCall* call =
        callAndWait(u"get-resource-reference"_s, {{u"resourceType"_s, u"Text"_s}, {u"resourceId"_s, 3}});
    const McpToolResult r = call->result();
    QVERIFY2(!r.isError, qPrintable(r.modelText()));
    const auto it = std::find_if(r.parts.cbegin(), r.parts.cend(), [](const McpContentPart& p) {
        return p.kind == McpContentPart::Kind::Resource;
    });
    QVERIFY2(it != r.parts.cend(), qPrintable(r.modelText()));
    QVERIFY(!it->uri.isEmpty());
    QVERIFY(r.modelText().contains(it->uri));
}

void TestMcpStdioEverything::structuredContent()
{
    McpToolCall* call = callAndWait(u"get-structured-content"_s, {{u"location"_s, u"Chicago"_s}});
    const McpToolResult r = call->result();
    QVERIFY(r.hasStructuredContent);
    QCOMPARE(r.structuredContent.value(u"temperature"_s).toInt(), 36);
}

void TestMcpStdioEverything::progressNotifications()
{
    McpToolCall* call =
        m_client->callTool(u"trigger-long-running-operation"_s, {{u"duration"_s, 1}, {u"steps"_s, 4}});
    QSignalSpy progress(call, &McpToolCall::progressed);
    QSignalSpy finished(call, &McpToolCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kStartMs);
    QVERIFY2(!call->result().isError, qPrintable(call->result().modelText()));
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.last().at(0).toDouble(), 4.0);
    QCOMPARE(progress.last().at(1).toDouble(), 4.0);
    QVERIFY(call->result().modelText().contains(u"completed"_s));
}

void TestMcpStdioEverything::cancelLongCall()
{
    McpToolCall* call =
        m_client->callTool(u"trigger-long-running-operation"_s, {{u"duration"_s, 60}, {u"steps"_s, 60}});
    QSignalSpy progress(call, &McpToolCall::progressed);
    QSignalSpy finished(call, &McpToolCall::finished);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 1, kStartMs); // the call is really running
    call->cancel(u"stopped by the test"_s);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(call->result().failure, McpToolResult::Failure::Cancelled);
    QVERIFY(call->result().modelText().contains(u"stopped by the test"_s));
    // The server is still usable after the cancellation.
    QCOMPARE(callAndWait(u"echo"_s, {{u"message"_s, u"still here"_s}})->result().modelText(),
             u"Echo: still here"_s);
}

void TestMcpStdioEverything::elicitationWithDefaults()
{
    RecordingElicitation handler;
    m_client->setElicitationHandler(&handler);
    QTRY_VERIFY_WITH_TIMEOUT(toolNames(*m_client).contains(u"trigger-elicitation-request"_s), kStartMs);
    McpToolCall* call = callAndWait(u"trigger-elicitation-request"_s, {});
    QCOMPARE(handler.count, 1);
    QCOMPARE(handler.last.serverName, u"everything"_s);
    QCOMPARE(handler.last.defaults.value(u"integer"_s).toInt(), 42);
    const QString text = call->result().modelText();
    QVERIFY2(text.contains(u"Name: Ada"_s), qPrintable(text));            // what the user typed
    QVERIFY2(text.contains(u"Favorite Integer: 42"_s), qPrintable(text)); // default applied
    m_client->setElicitationHandler(nullptr);
    const QString declined = callAndWait(u"trigger-elicitation-request"_s, {})->result().modelText();
    QVERIFY2(declined.contains(u"declined"_s), qPrintable(declined));
}

void TestMcpStdioEverything::serverLoggingAndStderrInLog()
{
    auto hasSource = [this](McpServerLog::Source source) {
        const auto entries = m_client->log()->entries();
        return std::any_of(entries.cbegin(), entries.cend(),
                           [source](const McpServerLog::Entry& e) { return e.source == source; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasSource(McpServerLog::Source::Stderr),
                             kStartMs); // "Starting default (STDIO) server..."
    callAndWait(u"toggle-simulated-logging"_s, {});
    QTRY_VERIFY_WITH_TIMEOUT(hasSource(McpServerLog::Source::Server), kStartMs);
}

void TestMcpStdioEverything::ping()
{
    QString error = u"not called"_s;
    m_client->ping(this, [&error](const QString& e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error != u"not called"_s, kStartMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMcpStdioEverything::stopEndsTheProcess()
{
    const qint64 pid = m_client->processId();
    QVERIFY(McpTestPeers::processExists(pid));
    QSignalSpy stopped(m_client.get(), &McpClient::stopped);
    m_client->stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kStartMs);
    QCOMPARE(m_client->state(), McpClient::State::Idle);
    QTRY_VERIFY_WITH_TIMEOUT(!McpTestPeers::processExists(pid), kStartMs);
    // A stopped client can be started again.
    QSignalSpy ready(m_client.get(), &McpClient::ready);
    m_client->start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kStartMs);
    QVERIFY(m_client->processId() != pid);
}

void TestMcpStdioEverything::destroyingTheClientEndsTheProcess()
{
    const qint64 pid = m_client->processId();
    QVERIFY(McpTestPeers::processExists(pid));
    McpToolCall* call =
        m_client->callTool(u"trigger-long-running-operation"_s, {{u"duration"_s, 60}, {u"steps"_s, 60}});
    QSignalSpy finished(call, &McpToolCall::finished);
    m_client.reset();
    QCOMPARE(finished.size(), 1); // callers learn that the call ended
    QVERIFY(!McpTestPeers::processExists(pid));
}

void TestMcpStdioEverything::missingCommandIsReported()
{
    McpServerConfig cfg;
    cfg.name = u"ghost"_s;
    cfg.command = u"harness-no-such-mcp-server"_s;
    McpClient client(cfg);
    QSignalSpy failed(&client, &McpClient::failed);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kStartMs);
    QCOMPARE(client.state(), McpClient::State::Failed);
    QVERIFY(client.errorString().contains(u"harness-no-such-mcp-server"_s));
    QVERIFY(client.errorString().contains(u"not found"_s));
}

void TestMcpStdioEverything::unknownToolIsAnError()
{
    McpToolCall* call = callAndWait(u"no-such-tool"_s, {});
    QVERIFY(call->result().isError);
    QVERIFY(!call->result().modelText().isEmpty());
}

QTEST_GUILESS_MAIN(TestMcpStdioEverything)
#include "tst_mcp_stdio_everything.moc"
