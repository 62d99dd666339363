// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Streamed answers reach the account only once they stop streaming: complete, stopped (Ctrl+C)
// with the partial text, or, when the app was killed mid-stream, as interrupted with the text
// saved so far once the next start recovers it (what the web app's backend did for the seed,
// done by the desktop without losing the answer). The answers are streamed by the real
// harness-cli from the scripted model server; desktop A syncs the same data directory, desktop B
// receives the result through the local Convex backend over our convex/ functions.
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "support/add_harness.h"
#include "support/peer_requirement.h"
#include "support/scripted_llm_server.h"
#include "sync_peers.h"
#include "sync_profile.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <csignal>

using namespace harness::core;
using harness::test::addHarness;
using harness::test::ScriptedLlmServer;
using harness::test::SyncPeers;
using harness::test::SyncProfile;

namespace {

/// harness-cli chat in desktop A's data directory.
struct CliChat {
    QProcess process;
    QByteArray out;

    void start(const QString& dataDir, const QUrl& server, const QString& prompt)
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HARNESS_TEST_KEY"), QStringLiteral("sk-test"));
        process.setProcessEnvironment(env);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { out += process.readAllStandardOutput(); });
        process.start(qEnvironmentVariable("HARNESS_CLI"),
                      {QStringLiteral("--data-dir"), dataDir, QStringLiteral("chat"),
                       QStringLiteral("--base-url"), server.toString(), QStringLiteral("--api-key-env"),
                       QStringLiteral("HARNESS_TEST_KEY"), prompt});
    }
    bool finish(int timeoutMs = 30'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        return process.state() == QProcess::NotRunning;
    }
};

/// A message on the server, by its client id (the local message id).
QJsonObject serverMessage(SyncPeers& peers, const QString& subject, const QString& clientId)
{
    for (const auto& row : peers.everything(subject).value(QStringLiteral("messages")).toArray()) {
        if (row.toObject().value(QStringLiteral("clientId")).toString() == clientId)
            return row.toObject();
    }
    return {};
}

Message lastAssistant(Store& store)
{
    const auto conversation = store.conversations().list(0, 1).value.value(0);
    for (const auto& m : store.messages().page(conversation.id, 0, 100).value) {
        if (m.role == MessageRole::Assistant)
            return m;
    }
    return {};
}

ScriptedLlmServer::Response slowWords(int count)
{
    auto response = ScriptedLlmServer::Response::sse();
    for (int i = 0; i < count; ++i)
        response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("word%1 ").arg(i))).wait(20);
    response.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop"))).done();
    return response;
}

} // namespace

class TestAccountStreamSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(harness::test::missingConvexBackend());
        QVERIFY2(m_peers.start(), qPrintable(m_peers.error()));
    }
    void cleanupTestCase() { m_peers.stop(); }

    void appKilledMidStreamSyncsThePartialAnswerAsInterrupted()
    {
        const QString user = QStringLiteral("kim-killed");
        SyncProfile a(m_peers.deploymentUrl());
        addHarness(a.store(), QStringLiteral("Helper"), HarnessStatus::Started, QStringLiteral("test/model"));
        a.signIn(m_peers.token(user));
        QVERIFY(a.settle());

        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(slowWords(300));
        CliChat chat;
        chat.start(a.temp.dir.path(), server.baseUrl(), QStringLiteral("Count slowly"));
        QTRY_VERIFY_WITH_TIMEOUT(chat.out.contains("word30 "), 20'000);

        // While it streams, a sync sends the question but not the unfinished answer.
        QVERIFY(a.settle());
        Message streaming = lastAssistant(a.store());
        QCOMPARE(streaming.status, MessageStatus::Streaming);
        QVERIFY(serverMessage(m_peers, user, streaming.id).isEmpty());
        QCOMPARE(m_peers.everything(user).value(QStringLiteral("messages")).toArray().size(), 1);

        chat.process.kill(); // the app dies without a chance to save more
        QVERIFY(chat.finish());
        a.engine->stop();

        // The next start: the store marks the answer interrupted (as StoreOpener does) and
        // sync sends it with the text saved before the kill.
        QCOMPARE(a.store().messages().recoverInterrupted().value, 1);
        const Message recovered = a.store().messages().get(streaming.id).value;
        QCOMPARE(recovered.status, MessageStatus::Interrupted);
        QVERIFY(recovered.content.startsWith(QStringLiteral("word0 word1 ")));
        a.makeEngine(m_peers.deploymentUrl(), false);
        a.signIn(m_peers.token(user));
        QVERIFY(a.settle());
        const QJsonObject remote = serverMessage(m_peers, user, streaming.id);
        QCOMPARE(remote.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(remote.value(QStringLiteral("content")).toString(), recovered.content);
        QCOMPARE(remote.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));

        // Another desktop of the same user sees the partial answer, marked interrupted.
        SyncProfile b(m_peers.deploymentUrl());
        b.signIn(m_peers.token(user));
        QVERIFY(b.settle());
        const auto onB = b.store().messages().get(streaming.id);
        QVERIFY(onB.ok());
        QCOMPARE(onB.value.status, MessageStatus::Interrupted);
        QCOMPARE(onB.value.content, recovered.content);
    }

    void stoppedAndCompletedAnswersSyncWithTheirText()
    {
        const QString user = QStringLiteral("sam-stops");
        SyncProfile a(m_peers.deploymentUrl());
        addHarness(a.store(), QStringLiteral("Helper"), HarnessStatus::Started, QStringLiteral("test/model"));
        a.signIn(m_peers.token(user));
        QVERIFY(a.settle());
        ScriptedLlmServer server;
        QVERIFY(server.listen());

        // Stopped by the user (Ctrl+C): the partial answer travels as stopped.
        auto slow = ScriptedLlmServer::Response::sse();
        slow.chunk(ScriptedLlmServer::textChunk(QStringLiteral("Once upon a time"))).stall();
        server.enqueue(slow);
        CliChat stopped;
        stopped.start(a.temp.dir.path(), server.baseUrl(), QStringLiteral("Tell a story"));
        QTRY_VERIFY_WITH_TIMEOUT(stopped.out.contains("Once upon a time"), 20'000);
        ::kill(pid_t(stopped.process.processId()), SIGINT);
        QVERIFY(stopped.finish());
        const Message partial = lastAssistant(a.store());
        QCOMPARE(partial.status, MessageStatus::Stopped);
        QVERIFY(a.settle());
        QJsonObject remote = serverMessage(m_peers, user, partial.id);
        QCOMPARE(remote.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        QCOMPARE(remote.value(QStringLiteral("content")).toString(), QStringLiteral("Once upon a time"));

        // Completed: the whole answer, once, as complete.
        server.enqueue(slowWords(5));
        CliChat done;
        done.start(a.temp.dir.path(), server.baseUrl(), QStringLiteral("Count to five"));
        QVERIFY(done.finish());
        QCOMPARE(done.process.exitCode(), 0);
        QVERIFY(a.settle());
        const Message whole = lastAssistant(a.store());
        QCOMPARE(whole.status, MessageStatus::Complete);
        QVERIFY(whole.content.startsWith(QStringLiteral("word0 word1 word2 word3 word4")));
        remote = serverMessage(m_peers, user, whole.id);
        QCOMPARE(remote.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(remote.value(QStringLiteral("content")).toString(), whole.content);
        const auto all = m_peers.everything(user).value(QStringLiteral("messages")).toArray();
        QCOMPARE(all.size(), 4); // two questions, two answers: nothing twice
    }

private:
    SyncPeers m_peers;
};

QTEST_GUILESS_MAIN(TestAccountStreamSync)
#include "tst_account_stream_sync.moc"
