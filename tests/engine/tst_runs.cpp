// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/message_repository.h"
#include "engine_rig.h"
#include "run_events.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::EngineRig;
using harness::test::RunEvents;
using harness::test::ScriptedLlmServer;

namespace {

/// An answer that drips `count` numbered tokens, `delayMs` apart, then finishes.
ScriptedLlmServer::Response drip(const QString& prefix, int count, int delayMs)
{
    auto response = ScriptedLlmServer::Response::sse();
    for (int i = 0; i < count; ++i) {
        response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("%1%2 ").arg(prefix).arg(i)));
        response.wait(delayMs);
    }
    response.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop"))).done();
    return response;
}

QString expectedDrip(const QString& prefix, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("%1%2 ").arg(prefix).arg(i);
    return text;
}

} // namespace

class TestRuns final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stopWhileStreamingKeepsThePartialAnswer()
    {
        EngineRig rig;
        auto response = ScriptedLlmServer::Response::sse();
        response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("The beginning"))).stall();
        rig.server.enqueue(response);
        RunEvents events(rig.runs);
        QSignalSpy stopped(&rig.runs, &RunRegistry::runStopped);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Go"));
        QTRY_COMPARE(events.texts.count(), 1);
        rig.runs.stop(sent.conversationId);
        QTRY_COMPARE(stopped.count(), 1);
        QVERIFY(!rig.runs.isRunning(sent.conversationId));
        const auto last = rig.messages(sent.conversationId).last();
        QCOMPARE(last.status, MessageStatus::Stopped);
        QCOMPARE(last.content, QStringLiteral("The beginning"));
    }

    void stopWhileAToolRunsCancelsIt()
    {
        EngineRig rig;
        rig.tools.addTool(QStringLiteral("slow__job"), {QString(), 0, true, false, true});
        rig.server.enqueue(
            EngineRig::toolCall(QStringLiteral("c1"), QStringLiteral("slow__job"), QStringLiteral("{}")));
        QSignalSpy stopped(&rig.runs, &RunRegistry::runStopped);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Run the job"));
        QTRY_COMPARE(rig.tools.calls().size(), 1);
        rig.runs.stop(sent.conversationId);
        QTRY_COMPARE(stopped.count(), 1);
        QVERIFY(rig.tools.calls().first().cancelled);
        const auto last = rig.messages(sent.conversationId).last();
        QCOMPARE(last.status, MessageStatus::Stopped);
        const auto calls = last.parts.toolCalls();
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.constLast().status, ToolCallStatus::Cancelled);
        QCOMPARE(rig.server.requests().size(), 1); // no further turn after a stop
    }

    void aNewRunReplacesTheOldOneWhichCanNeverTouchIt()
    {
        EngineRig rig;
        // The first answer stalls after a token; the second streams normally.
        auto first = ScriptedLlmServer::Response::sse();
        first.chunk(ScriptedLlmServer::textChunk(QStringLiteral("OLD"))).stall();
        rig.server.enqueue(first);
        rig.server.enqueue(EngineRig::textAnswer({QStringLiteral("NEW "), QStringLiteral("answer")}));
        RunEvents events(rig.runs);
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        QSignalSpy stopped(&rig.runs, &RunRegistry::runStopped);
        QSignalSpy ended(&rig.runs, &RunRegistry::runEnded);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("First question"));
        QTRY_COMPARE(events.texts.count(), 1);
        AgentRun* old = rig.runs.run(sent.conversationId);
        QVERIFY(old);
        const QString oldMessage = old->currentMessageId();
        rig.chat.send(sent.conversationId, rig.harness, QStringLiteral("Actually, another question"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(stopped.count(), 0); // the replaced run is silent
        QCOMPARE(ended.count(), 1);
        QVERIFY(!rig.runs.isRunning(sent.conversationId));
        const QString deltas = events.text();
        QCOMPARE(deltas, QStringLiteral("OLDNEW answer")); // nothing of the old run after the new one began
        const auto oldStored = rig.temp.store->messages().get(oldMessage).value;
        QCOMPARE(oldStored.status, MessageStatus::Stopped);
        QCOMPARE(oldStored.content, QStringLiteral("OLD"));
        QCOMPARE(rig.messages(sent.conversationId).last().content, QStringLiteral("NEW answer"));
    }

    void twoConversationsStreamAtOnceWithoutMixing()
    {
        EngineRig rig;
        // Route by the user's message, since both requests are in flight together.
        rig.server.setHandler([](const harness::test::RecordedRequest& request) {
            const auto messages = request.json().value(QStringLiteral("messages")).toArray();
            const QString last = messages.last()[QStringLiteral("content")].toString();
            return drip(last == QLatin1String("alpha") ? QStringLiteral("a") : QStringLiteral("b"), 25, 5);
        });
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        RunEvents events(rig.runs);
        const auto a = rig.chat.send({}, rig.harness, QStringLiteral("alpha"));
        const auto b = rig.chat.send({}, rig.harness, QStringLiteral("beta"));
        QCOMPARE(rig.runs.runningConversations().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20'000);
        QCOMPARE(events.text(a.conversationId), expectedDrip(QStringLiteral("a"), 25));
        QCOMPARE(events.text(b.conversationId), expectedDrip(QStringLiteral("b"), 25));
        QCOMPARE(rig.messages(a.conversationId).last().content, expectedDrip(QStringLiteral("a"), 25));
        QCOMPARE(rig.messages(b.conversationId).last().content, expectedDrip(QStringLiteral("b"), 25));
    }

    void twelveConversationsStreamFromOnePlainHttpServerAtOnce()
    {
        // Qt opens at most six HTTP/1.1 connections per host and manager: without lanes the
        // seventh answer would wait for one of the first six to end.
        EngineRig rig;
        rig.server.setHandler([](const harness::test::RecordedRequest&) {
            auto response = ScriptedLlmServer::Response::sse();
            response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("started "))).stall();
            return response;
        });
        QSignalSpy stopped(&rig.runs, &RunRegistry::runStopped);
        QSet<QString> live; // conversations that streamed
        connect(&rig.runs, &RunRegistry::messageChanged, this, [&live](const MessageChange& change) {
            if (change.kind == MessageChange::Kind::TextAppended)
                live.insert(change.conversationId);
        });
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids.append(rig.chat.send({}, rig.harness, QStringLiteral("Question %1").arg(i)).conversationId);
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.requests().size(), 12, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(live.size(), 12, 20'000); // every one is streaming, none waits
        QCOMPARE(rig.runs.runningConversations().size(), 12);
        QCOMPARE(rig.runs.lanes().laneCount(), 3); // five runs per lane
        rig.runs.stopAll();
        QTRY_COMPARE(stopped.count(), 12);
        QCOMPARE(rig.runs.lanes().laneCount(), 3); // kept for the next answers
        for (const auto& id : std::as_const(ids))
            QCOMPARE(rig.messages(id).last().content, QStringLiteral("started "));
    }

    void deltasAreWrittenInBatchesWhileStreaming()
    {
        EngineRig rig;
        rig.chat.setFlushInterval(std::chrono::milliseconds(100));
        rig.server.enqueue(drip(QStringLiteral("t"), 40, 10));
        QSignalSpy finished(&rig.runs, &RunRegistry::runFinished);
        QSignalSpy changed(rig.temp.store.get(), &Store::messageChanged);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Count"));
        // While it streams, the stored text catches up without waiting for the end.
        QTRY_VERIFY(rig.messages(sent.conversationId).size() == 2 &&
                    rig.messages(sent.conversationId).last().content.size() > 0 && finished.isEmpty());
        QTRY_COMPARE(finished.count(), 1);
        // Far fewer writes than tokens: batched.
        QVERIFY2(changed.count() < 40, qPrintable(QString::number(changed.count())));
        QVERIFY(changed.count() >= 2);
    }

    void stallIsDetected()
    {
        EngineRig rig;
        rig.chat.setStallTimeout(std::chrono::milliseconds(300));
        auto response = ScriptedLlmServer::Response::sse();
        response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("then silence"))).stall();
        rig.server.enqueue(response);
        QSignalSpy failed(&rig.runs, &RunRegistry::runFailed);
        const auto sent = rig.chat.send({}, rig.harness, QStringLiteral("Hello?"));
        QTRY_COMPARE(failed.count(), 1);
        const auto last = rig.messages(sent.conversationId).last();
        QCOMPARE(last.content, QStringLiteral("then silence"));
        QCOMPARE(last.status, MessageStatus::Error);
    }
};

QTEST_GUILESS_MAIN(TestRuns)
#include "tst_runs.moc"
