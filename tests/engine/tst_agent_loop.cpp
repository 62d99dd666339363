// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "engine_rig.h"
#include "run_events.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::EngineRig;
using harness::test::FakeToolProvider;
using harness::test::RunEvents;
using harness::test::ScriptedLlmServer;

namespace {

/// The `messages` array of a recorded request, as (role, content/tool_call_id) pairs.
QJsonArray sentMessages(const harness::test::RecordedRequest& request)
{
    return request.json().value(QStringLiteral("messages")).toArray();
}

} // namespace

class TestAgentLoop final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plainAnswerStreamsIntoTheStore()
    {
        EngineRig rig;
        rig.server.enqueue(EngineRig::textAnswer(
            {QStringLiteral("Lisbon "), QStringLiteral("is the "), QStringLiteral("capital.")}));
        RunEvents events(rig.runs);
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("What is the capital of Portugal?"));
        QVERIFY(sent.error.ok());
        QVERIFY(rig.runs.isRunning(sent.conversationId));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!rig.runs.isRunning(sent.conversationId));
        QString streamed; // (the client may merge deltas that arrive in one read)
        for (const auto& t : std::as_const(events.texts)) {
            QCOMPARE(t.conversationId, sent.conversationId);
            streamed += t.delta;
        }
        QCOMPARE(streamed, QStringLiteral("Lisbon is the capital."));

        const auto messages = rig.messages(sent.conversationId);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).role, MessageRole::User);
        QCOMPARE(messages.at(1).role, MessageRole::Assistant);
        QCOMPARE(messages.at(1).content, QStringLiteral("Lisbon is the capital."));
        QCOMPARE(messages.at(1).status, MessageStatus::Complete);
        QCOMPARE(messages.at(1).model, QStringLiteral("scripted/model")); // the model that answered
        const auto* usage = messages.at(1).parts.usage();
        QVERIFY(usage && usage->totalTokens == 17);

        // The request: system prompt from the harness, then the user's message; bearer key; stream.
        QCOMPARE(rig.server.requests().size(), 1);
        const auto& request = rig.server.requests().first();
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-test-key"));
        const auto body = request.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("test/model"));
        QVERIFY(body.value(QStringLiteral("stream")).toBool());
        const auto sentMsgs = sentMessages(request);
        QCOMPARE(sentMsgs.size(), 2);
        QCOMPARE(sentMsgs.at(0)[QStringLiteral("role")].toString(), QStringLiteral("system"));
        QCOMPARE(sentMsgs.at(0)[QStringLiteral("content")].toString(), QStringLiteral("You are terse."));
        QCOMPARE(sentMsgs.at(1)[QStringLiteral("content")].toString(),
                 QStringLiteral("What is the capital of Portugal?"));
        // A new conversation is named after the first words, and remembers its harness.
        const auto conversation = rig.temp.store->conversations().get(sent.conversationId).value;
        QCOMPARE(conversation.title, QStringLiteral("What is the capital of Portugal?"));
        QCOMPARE(conversation.lastHarnessId, rig.harness.id);
        // Longer first messages are cut after eight words, and the title says it was cut.
        QCOMPARE(ChatService::fallbackTitle(
                     QStringLiteral("Check that the tools work: echo \"Hello from Harness\"")),
                 QStringLiteral("Check that the tools work: echo \"Hello from…"));
        QCOMPARE(ChatService::fallbackTitle(QStringLiteral("one two three four five six seven eight")),
                 QStringLiteral("one two three four five six seven eight"));
    }

    void newConversationGetsAModelWrittenTitleUnlessRenamed()
    {
        EngineRig rig;
        rig.chat.setGenerateTitles(true);
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("Sure, here is a plan.")}));
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("\"Lisbon Weekend Plan.\"")}));
        QSignalSpy titled(&rig.chat, &ChatService::titleChanged);
        const auto sent =
            rig.chat.send({}, rig.harness, QStringLiteral("plan   my weekend in lisbon please, two days"));
        QCOMPARE(rig.temp.store->conversations().get(sent.conversationId).value.title,
                 QStringLiteral("plan my weekend in lisbon please, two days")); // at once: the first words
        QTRY_COMPARE(titled.count(), 1);
        QCOMPARE(rig.temp.store->conversations().get(sent.conversationId).value.title,
                 QStringLiteral("Lisbon Weekend Plan"));
        const auto titleRequest = rig.server.requests().at(1).json();
        QVERIFY(titleRequest.value(QStringLiteral("messages"))
                    .toArray()
                    .at(1)[QStringLiteral("content")]
                    .toString()
                    .contains(QLatin1String("Sure, here is a plan.")));
        QVERIFY(!titleRequest.contains(QStringLiteral("tools")));

        // A conversation the user renamed before the title came back keeps the user's name.
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("Answer two")}));
        auto slowTitle = ScriptedLlmServer::Response::sse();
        slowTitle.wait(300)
            .chunk(ScriptedLlmServer::textChunk(QStringLiteral("Model Title")))
            .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop")))
            .done();
        rig.server.enqueue(slowTitle);
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        const auto second = rig.chat.send({}, rig.harness, QStringLiteral("another question"));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!rig.temp.store->conversations().rename(second.conversationId, QStringLiteral("Mine")));
        QTRY_COMPARE(rig.server.requests().size(), 4);
        QTest::qWait(500);
        QCOMPARE(rig.temp.store->conversations().get(second.conversationId).value.title,
                 QStringLiteral("Mine"));
    }

    void toolLoopRecordsCallsAndResultsAndLoops()
    {
        EngineRig rig;
        rig.tools.addTool(QStringLiteral("files__read"),
                          {QStringLiteral("hello from the file"), 0, false, false, true});
        rig.server.enqueue(EngineRig::toolCall(QStringLiteral("call_1"), QStringLiteral("files__read"),
                                               QStringLiteral("{\"path\":\"/tmp/a.txt\"}")));
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("The file says hello.")}));
        RunEvents events(rig.runs);
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Read /tmp/a.txt"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(events.started.count(), 1);
        QCOMPARE(events.started.at(0).name, QStringLiteral("files__read"));
        QCOMPARE(events.finished.count(), 1);
        QCOMPARE(events.finished.at(0).isError(), false);
        QCOMPARE(rig.tools.calls().size(), 1);
        QCOMPARE(rig.tools.calls().first().arguments.value(QStringLiteral("path")).toString(),
                 QStringLiteral("/tmp/a.txt"));

        const auto messages = rig.messages(sent.conversationId);
        QCOMPARE(messages.size(), 3); // user, assistant turn with the tool call, final answer
        const auto& turn = messages.at(1);
        QCOMPARE(turn.status, MessageStatus::Complete);
        const auto calls = turn.parts.toolCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().arguments, QStringLiteral("{\"path\":\"/tmp/a.txt\"}"));
        const auto* result = turn.parts.toolResult(QStringLiteral("call_1"));
        QVERIFY(result);
        QCOMPARE(result->content, QStringLiteral("hello from the file"));
        QCOMPARE(messages.at(2).content, QStringLiteral("The file says hello."));

        // The second request carries the assistant's tool call and the tool's result.
        QCOMPARE(rig.server.requests().size(), 2);
        const auto first = rig.server.requests().at(0).json();
        QCOMPARE(first.value(QStringLiteral("tools"))
                     .toArray()
                     .first()[QStringLiteral("function")][QStringLiteral("name")]
                     .toString(),
                 QStringLiteral("files__read"));
        const auto second = sentMessages(rig.server.requests().at(1));
        QCOMPARE(second.size(), 4); // system, user, assistant(tool_calls), tool
        QCOMPARE(
            second.at(2)[QStringLiteral("tool_calls")].toArray().first()[QStringLiteral("id")].toString(),
            QStringLiteral("call_1"));
        QCOMPARE(second.at(3)[QStringLiteral("role")].toString(), QStringLiteral("tool"));
        QCOMPARE(second.at(3)[QStringLiteral("tool_call_id")].toString(), QStringLiteral("call_1"));
        QCOMPARE(second.at(3)[QStringLiteral("content")].toString(), QStringLiteral("hello from the file"));
    }

    void severalToolCallsRunAtOnceAndAnswerInOrder()
    {
        EngineRig rig;
        // The first tool is slow, the second fast: they must run at the same time.
        rig.tools.addTool(QStringLiteral("a__slow"),
                          {QStringLiteral("slow result"), 300, false, false, true});
        rig.tools.addTool(QStringLiteral("b__fast"), {QStringLiteral("fast result"), 0, false, false, true});
        auto turn = ScriptedLlmServer::Response::sse();
        turn.chunk(ScriptedLlmServer::toolCallChunk(0, QStringLiteral("c1"), QStringLiteral("a__slow"),
                                                    QStringLiteral("{}")))
            .chunk(ScriptedLlmServer::toolCallChunk(1, QStringLiteral("c2"), QStringLiteral("b__fast"),
                                                    QStringLiteral("{\"x\":")))
            .chunk(ScriptedLlmServer::toolCallChunk(1, QString(), QString(), QStringLiteral("1}")))
            .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("tool_calls")))
            .done();
        rig.server.enqueue(turn);
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("Both done.")}));
        RunEvents events(rig.runs);
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        rig.chat.send({}, rig.harness, QStringLiteral("Do both"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(rig.tools.calls().size(), 2);
        QCOMPARE(events.finished.at(0).callId, QStringLiteral("c2")); // the fast one finished first
        const auto second = sentMessages(rig.server.requests().at(1));
        QCOMPARE(second.at(3)[QStringLiteral("tool_call_id")].toString(),
                 QStringLiteral("c1")); // asked order
        QCOMPARE(second.at(4)[QStringLiteral("tool_call_id")].toString(), QStringLiteral("c2"));
        QCOMPARE(second.at(4)[QStringLiteral("content")].toString(), QStringLiteral("fast result"));
    }

    void invalidArgumentsAreReportedNotReplaced()
    {
        EngineRig rig;
        rig.tools.addTool(QStringLiteral("files__write"),
                          {QStringLiteral("written"), 0, false, false, false});
        rig.server.enqueue(EngineRig::toolCall(QStringLiteral("bad"), QStringLiteral("files__write"),
                                               QStringLiteral("{\"path\": \"/tmp/x\", content: oops")));
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("Sorry, let me fix that.")}));
        RunEvents events(rig.runs);
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Write a file"));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(rig.tools.calls().isEmpty()); // never called with made-up arguments
        QCOMPARE(events.finished.at(0).isError(), true);
        const auto toolMessage = sentMessages(rig.server.requests().at(1)).at(3).toObject();
        QVERIFY(toolMessage.value(QStringLiteral("content"))
                    .toString()
                    .contains(QLatin1String("not valid JSON")));
        // The user sees it too, on the call.
        const auto messages = rig.messages(sent.conversationId);
        bool shown = false;
        for (const auto& call : messages.at(1).parts.toolCalls())
            shown |=
                call.status == ToolCallStatus::Error && call.error.contains(QLatin1String("not valid JSON"));
        QVERIFY(shown);
    }

    void unknownToolAndDeniedToolGetToolErrors()
    {
        EngineRig rig;
        ReadOnlyPolicy readOnly;
        rig.runs.setApprovalPolicy(&readOnly);
        rig.tools.addTool(QStringLiteral("shell__run"),
                          {QStringLiteral("rm -rf done"), 0, false, false, false});
        auto turn = ScriptedLlmServer::Response::sse();
        turn.chunk(ScriptedLlmServer::toolCallChunk(0, QStringLiteral("c1"), QStringLiteral("shell__run"),
                                                    QStringLiteral("{}")))
            .chunk(ScriptedLlmServer::toolCallChunk(1, QStringLiteral("c2"), QStringLiteral("made__up"),
                                                    QStringLiteral("{}")))
            .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("tool_calls")))
            .done();
        rig.server.enqueue(turn);
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("OK.")}));
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Clean up"));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(rig.tools.calls().isEmpty()); // denied: never ran
        const auto second = sentMessages(rig.server.requests().at(1));
        QVERIFY(second.at(3)[QStringLiteral("content")].toString().contains(QLatin1String("not approved")));
        QVERIFY(second.at(4)[QStringLiteral("content")].toString().contains(QLatin1String("no tool named")));
        const auto turnMessage = rig.messages(sent.conversationId).at(1);
        const auto* denied = turnMessage.parts.toolCall(QStringLiteral("c1"));
        QVERIFY(denied);
        QCOMPARE(denied->status, ToolCallStatus::Denied);
    }

    void iterationLimitStopsWithAClearMessage()
    {
        EngineRig rig;
        rig.harness.maxIterations = 2;
        QVERIFY(!rig.temp.store->harnesses().update(rig.harness));
        rig.tools.addTool(QStringLiteral("loop__again"), {QStringLiteral("again"), 0, false, false, true});
        for (int i = 0; i < 5; ++i)
            rig.server.enqueue(EngineRig::toolCall(QStringLiteral("c%1").arg(i),
                                                   QStringLiteral("loop__again"), QStringLiteral("{}")));
        QSignalSpy failed(&rig.runs, &RunRegistry::runFailed);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Loop forever"));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(rig.server.requests().size(), 2);
        QCOMPARE(rig.tools.calls().size(), 2);
        const QString message = failed.at(0).at(2).toString();
        QVERIFY2(message.contains(QLatin1String("2 round")), qPrintable(message));
        const auto messages = rig.messages(sent.conversationId);
        QCOMPARE(messages.last().status, MessageStatus::Error);
        QCOMPARE(messages.last().error, message);
    }

    void providerErrorsKeepThePartialAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << 401 << QStringLiteral("key");
        QTest::newRow("402") << 402 << QStringLiteral("credits");
        QTest::newRow("500") << 500 << QStringLiteral("server");
    }

    void providerErrorsKeepThePartialAnswer()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        EngineRig rig;
        rig.server.enqueue(ScriptedLlmServer::Response::error(status, QStringLiteral("provider says no")));
        QSignalSpy failed(&rig.runs, &RunRegistry::runFailed);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Hello"));
        QTRY_COMPARE(failed.count(), 1);
        const auto messages = rig.messages(sent.conversationId);
        QCOMPARE(messages.first().content, QStringLiteral("Hello")); // what the user typed is kept
        QCOMPARE(messages.last().status, MessageStatus::Error);
        QVERIFY2(messages.last().error.contains(expected, Qt::CaseInsensitive),
                 qPrintable(messages.last().error));
        QVERIFY(messages.last().error.contains(QLatin1String("provider says no")));
    }

    void midStreamErrorKeepsTheTextReceived()
    {
        EngineRig rig;
        auto response = ScriptedLlmServer::Response::sse();
        response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("Half an ans")))
            .chunk(ScriptedLlmServer::errorChunk(502, QStringLiteral("upstream died")));
        rig.server.enqueue(response);
        QSignalSpy failed(&rig.runs, &RunRegistry::runFailed);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Tell me"));
        QTRY_COMPARE(failed.count(), 1);
        const auto last = rig.messages(sent.conversationId).last();
        QCOMPARE(last.content, QStringLiteral("Half an ans"));
        QCOMPARE(last.status, MessageStatus::Error);
        QVERIFY(last.error.contains(QLatin1String("upstream died")));
    }

    void noProviderIsAClearErrorAndTheMessageIsKept()
    {
        harness::test::TempStore temp;
        QNetworkAccessManager network;
        RunRegistry runs(*temp.store, &network, nullptr, nullptr);
        ProviderAccess providers(*temp.store, nullptr);
        ChatService chat(*temp.store, runs, providers, &network);
        Harness h;
        h.name = QStringLiteral("H");
        h.model = QStringLiteral("m");
        QVERIFY(!temp.store->harnesses().create(h));
        QSignalSpy failed(&runs, &RunRegistry::runFailed);
        const auto sent = chat.send({}, h, QStringLiteral("Is anyone there?"));
        QVERIFY(sent.error.ok());
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), sent.conversationId);
        QVERIFY(failed.at(0).at(2).toString().contains(QLatin1String("Settings")));
        QCOMPARE(temp.store->messages().page(sent.conversationId, 0, 10).value.first().content,
                 QStringLiteral("Is anyone there?"));
    }

    void toolsThatCannotBeListedAreReportedButTheRestWork()
    {
        EngineRig rig;
        rig.tools.addTool(QStringLiteral("ok__tool"), {QStringLiteral("fine"), 0, false, false, true});
        rig.tools.setListErrors({QStringLiteral("broken: the server exited (code 1)")});
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("Hi")}));
        QSignalSpy unavailable(&rig.runs, &RunRegistry::toolsUnavailable);
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        rig.chat.send({}, rig.harness, QStringLiteral("Hi"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(rig.server.requests().first().json().value(QStringLiteral("tools")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAgentLoop)
#include "tst_agent_loop.moc"
