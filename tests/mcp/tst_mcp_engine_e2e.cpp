// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// End to end: the scripted model server asks for server-everything's echo tool, the engine runs it
// through McpToolProvider on the real server, and the model's final answer streams back.
#include "core/engine/chat_service.h"
#include "core/engine/provider_access.h"
#include "core/engine/run_registry.h"
#include "core/engine/tool_approval.h"
#include "core/mcp/mcp_tool_provider.h"
#include "core/model/message_parts.h"
#include "core/store/harness_repository.h"
#include "engine/run_events.h"
#include "mcp_test_peers.h"
#include "support/scripted_llm_server.h"
#include "support/temp_store.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;
using harness::test::ScriptedLlmServer;

class TestMcpEngineE2e final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void modelCallsEverythingEcho();
};

void TestMcpEngineE2e::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    HARNESS_REQUIRE_PEER(McpTestPeers::missing());
}

void TestMcpEngineE2e::modelCallsEverythingEcho()
{
    harness::test::TempStore temp;
    ScriptedLlmServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    McpServerRegistry registry;
    registry.setServers({McpTestPeers::stdioServer(u"everything"_s, u"mcp-server-everything"_s)});
    McpToolProvider tools(&registry);
    tools.setServerResolver([](const Harness&) { return QStringList{u"everything"_s}; });
    AllowAllPolicy allowAll;
    RunRegistry runs(*temp.store, &network, &tools, &allowAll);
    ProviderAccess providers(*temp.store, nullptr);
    ChatService chat(*temp.store, runs, providers, &network);
    providers.setOverride(ProviderConfig::custom(u"Scripted"_s, server.baseUrl()), u"sk-test-key"_s);
    chat.setGenerateTitles(false);
    chat.setFlushInterval(std::chrono::milliseconds(20));
    Harness harness;
    harness.name = u"Tools"_s;
    harness.model = u"test/model"_s;
    harness.status = HarnessStatus::Started;
    QVERIFY(!temp.store->harnesses().create(harness));

    auto call = ScriptedLlmServer::Response::sse();
    call.chunk(ScriptedLlmServer::toolCallChunk(0, u"call_1"_s, u"everything__echo"_s, u"{\"message\":"_s))
        .chunk(ScriptedLlmServer::toolCallChunk(0, QString(), QString(), u"\"from the model\"}"_s))
        .chunk(ScriptedLlmServer::finishChunk(u"tool_calls"_s))
        .done();
    server.enqueue(call);
    auto answer = ScriptedLlmServer::Response::sse();
    answer.chunk(ScriptedLlmServer::textChunk(u"The server "_s))
        .chunk(ScriptedLlmServer::textChunk(u"echoed it."_s))
        .chunk(ScriptedLlmServer::finishChunk(u"stop"_s))
        .done();
    server.enqueue(answer);

    harness::test::RunEvents events(runs);
    QSignalSpy finished(&runs, &RunRegistry::runFinished);
    const auto sent = chat.send({}, harness, u"Echo something"_s);
    QVERIFY(sent.error.ok());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
    QCOMPARE(events.finished.count(), 1);

    // The model saw the MCP tool, and got the real server's answer as the tool message.
    QCOMPARE(server.requests().size(), 2);
    const QJsonArray offered = server.requests().at(0).json().value(u"tools"_s).toArray();
    const bool offersEcho = std::any_of(offered.begin(), offered.end(), [](const QJsonValue& t) {
        return t[u"function"_s][u"name"_s].toString() == u"everything__echo"_s;
    });
    QVERIFY(offersEcho);
    const QJsonArray second = server.requests().at(1).json().value(u"messages"_s).toArray();
    QCOMPARE(second.last()[u"role"_s].toString(), u"tool"_s);
    QCOMPARE(second.last()[u"content"_s].toString(), u"Echo: from the model"_s);

    // The answer streamed back and is in the store.
    QCOMPARE(events.text(), u"The server echoed it."_s);
    const auto messages = temp.store->messages().page(sent.conversationId, 0, 100).value;
    QCOMPARE(messages.last().content, u"The server echoed it."_s);
    const auto* result = messages.at(1).parts.toolResult(u"call_1"_s);
    QVERIFY(result);
    QCOMPARE(result->content, u"Echo: from the model"_s);
}

QTEST_GUILESS_MAIN(TestMcpEngineE2e)
#include "tst_mcp_engine_e2e.moc"
