// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Network trouble (the backend's /_test/faults), interrupted syncs, first sign-in with local data
// and sign-out, against the real convex/ functions.
#include "core/model/ids.h"
#include "core/store/conversation_repository.h"
#include "core/store/message_repository.h"
#include "sync_peers.h"
#include "sync_profile.h"

#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>

using namespace harness::core;
using harness::test::SyncPeers;
using harness::test::SyncProfile;

namespace {

/// clientId -> content of the user's live messages on the server; duplicates make it fail.
QHash<QString, QString> serverMessages(SyncPeers& peers, const QString& user, bool* duplicates)
{
    QHash<QString, QString> out;
    *duplicates = false;
    for (const auto& value : peers.everything(user).value(QStringLiteral("messages")).toArray()) {
        const auto m = value.toObject();
        if (m.contains(QStringLiteral("deletedAt")))
            continue;
        const QString id = m.value(QStringLiteral("clientId")).toString();
        if (out.contains(id))
            *duplicates = true;
        out.insert(id, m.value(QStringLiteral("content")).toString());
    }
    return out;
}

} // namespace

class TestSyncFaults final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_peers.start(), qPrintable(m_peers.error()));
    }
    void cleanupTestCase() { m_peers.stop(); }
    void cleanup()
    {
        m_peers.faults({{QStringLiteral("offline"), false},
                        {QStringLiteral("failBeforeCommit"), 0},
                        {QStringLiteral("dropResponseAfterCommit"), 0}});
    }

    void offlineEditsReplayExactlyOnce()
    {
        const QString user = QStringLiteral("frank-offline");
        SyncProfile a(m_peers.deploymentUrl());
        a.engine->start(m_peers.token(user));
        QVERIFY(a.settle());

        QVERIFY(m_peers.faults({{QStringLiteral("offline"), true}}));
        const auto c = a.temp.addConversation(QStringLiteral("Written on a plane"));
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.append(a.temp.addMessage(c.id, MessageRole::User, QStringLiteral("note %1").arg(i)).id);
        QVERIFY(!a.store().conversations().rename(c.id, QStringLiteral("Plane notes")));
        a.engine->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->status(), SyncEngine::Status::Offline, 30'000);
        QVERIFY(a.engine->pendingChanges() > 0);

        QVERIFY(m_peers.faults({{QStringLiteral("offline"), false}}));
        // The engine retries by itself (backoff), no syncNow needed.
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->status(), SyncEngine::Status::Synced, 30'000);
        QVERIFY(a.settle());
        bool duplicates = false;
        const auto onServer = serverMessages(m_peers, user, &duplicates);
        QVERIFY(!duplicates);
        QCOMPARE(onServer.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(onServer.value(ids.at(i)), QStringLiteral("note %1").arg(i));

        SyncProfile b(m_peers.deploymentUrl());
        b.engine->start(m_peers.token(user));
        QVERIFY(b.settle());
        QCOMPARE(b.store().conversations().get(c.id).value.title, QStringLiteral("Plane notes"));
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM messages")), 5);
        QCOMPARE(b.text(QStringLiteral("SELECT group_concat(content, ',') FROM (SELECT content FROM messages "
                                       "ORDER BY seq)")),
                 QStringLiteral("note 0,note 1,note 2,note 3,note 4"));
    }

    void lostRepliesAndCutRequestsDuplicateNothing()
    {
        const QString user = QStringLiteral("grace-faults");
        SyncProfile a(m_peers.deploymentUrl());
        a.engine->setBatchLimits(4, 1 << 20, 200);
        a.engine->start(m_peers.token(user));
        QVERIFY(a.settle());

        // The first push commits but its reply is lost; the next two are cut before they run.
        QVERIFY(m_peers.faults(
            {{QStringLiteral("dropResponseAfterCommit"), 1}, {QStringLiteral("failBeforeCommit"), 2}}));
        const auto c = a.temp.addConversation(QStringLiteral("Flaky"));
        for (int i = 0; i < 10; ++i)
            a.temp.addMessage(c.id, MessageRole::User, QStringLiteral("m%1").arg(i));
        QVERIFY(a.settle(60'000));
        bool duplicates = false;
        const auto onServer = serverMessages(m_peers, user, &duplicates);
        QVERIFY(!duplicates);
        QCOMPARE(onServer.size(), 10);
        const auto conversations = m_peers.everything(user).value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 1);
    }

    void interruptedSyncResumesWithoutLoss()
    {
        const QString user = QStringLiteral("heidi-resume");
        SyncProfile a(m_peers.deploymentUrl());
        const auto c = a.temp.addConversation(QStringLiteral("Long"));
        for (int i = 0; i < 24; ++i)
            a.temp.addMessage(c.id, MessageRole::User, QStringLiteral("line %1").arg(i));
        const int total = a.engine->pendingChanges();
        QCOMPARE(total, 25);

        // Small batches; the app "quits" after the first batches went through.
        a.engine->setBatchLimits(3, 1 << 20, 5);
        QSignalSpy decision(a.engine.get(), &SyncEngine::localDataDecisionNeeded);
        a.engine->start(m_peers.token(user));
        QCOMPARE(decision.count(), 1); // local data from before sign-in: ask
        // (The outbox already holds these rows; "Upload" queues them all anyway.)
        a.engine->resolveLocalData(SyncEngine::LocalDataChoice::Upload);
        // The app quits right after the first batch was confirmed.
        QSignalSpy pushed(a.engine.get(), &SyncEngine::pushed);
        connect(a.engine.get(), &SyncEngine::pushed, this, [&a] { a.engine->stop(); });
        QTRY_COMPARE_WITH_TIMEOUT(pushed.count(), 1, 30'000);
        a.engine.reset();
        const int left = a.count(QStringLiteral("SELECT count(*) FROM outbox"));
        QCOMPARE(left, total - 3); // one batch of 3 went through, the rest waits

        // A new engine (next app start) for the same account resumes without asking.
        a.makeEngine(m_peers.deploymentUrl(), false);
        QSignalSpy again(a.engine.get(), &SyncEngine::localDataDecisionNeeded);
        a.engine->start(m_peers.token(user));
        QCOMPARE(again.count(), 0);
        QVERIFY(a.settle());
        bool duplicates = false;
        QCOMPARE(serverMessages(m_peers, user, &duplicates).size(), 24);
        QVERIFY(!duplicates);

        // A pull interrupted between pages resumes from its cursor.
        SyncProfile b(m_peers.deploymentUrl());
        b.engine->setBatchLimits(3, 1 << 20, 4);
        b.engine->start(m_peers.token(user));
        QSignalSpy pulled(b.engine.get(), &SyncEngine::remoteChangesApplied);
        connect(b.engine.get(), &SyncEngine::remoteChangesApplied, this, [&b] { b.engine->stop(); });
        QTRY_COMPARE_WITH_TIMEOUT(pulled.count(), 1, 30'000);
        QVERIFY(b.count(QStringLiteral("SELECT count(*) FROM messages")) < 24);
        b.engine.reset();
        QVERIFY(b.count(QStringLiteral("SELECT cursor FROM sync_state")) > 0);
        b.makeEngine(m_peers.deploymentUrl(), false);
        b.engine->start(m_peers.token(user));
        QVERIFY(b.settle());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM messages")), 24);
        QCOMPARE(b.count(QStringLiteral("SELECT count(DISTINCT seq) FROM messages")), 24);
        QCOMPARE(b.store().conversations().get(c.id).value.title, QStringLiteral("Long"));
    }

    void firstSignInChoicesAndSignOut()
    {
        const QString user = QStringLiteral("ivan-choices");
        // Keep on this device: nothing of it is uploaded, later edits of it neither.
        SyncProfile keep(m_peers.deploymentUrl());
        const auto mine = keep.temp.addConversation(QStringLiteral("Stays here"));
        QSignalSpy asked(keep.engine.get(), &SyncEngine::localDataDecisionNeeded);
        keep.engine->start(m_peers.token(user));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toInt(), 1);
        QCOMPARE(keep.engine->status(), SyncEngine::Status::WaitingForDecision);
        keep.engine->resolveLocalData(SyncEngine::LocalDataChoice::KeepOnThisDevice);
        QVERIFY(keep.settle());
        QVERIFY(!keep.store().conversations().rename(mine.id, QStringLiteral("Still here")));
        const auto shared = keep.temp.addConversation(QStringLiteral("Shared"));
        QVERIFY(keep.settle());
        auto rows = m_peers.everything(user).value(QStringLiteral("conversations")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("clientId")).toString(), shared.id);

        // Sign-out removing local copies: the account's rows go, the one kept on this device
        // stays; the server keeps everything.
        keep.engine->signOut(SyncEngine::SignOutChoice::RemoveLocalCopies);
        QCOMPARE(keep.engine->status(), SyncEngine::Status::Off);
        QCOMPARE(keep.text(QStringLiteral("SELECT group_concat(title) FROM conversations")),
                 QStringLiteral("Still here"));
        QCOMPARE(m_peers.everything(user).value(QStringLiteral("conversations")).toArray().size(), 1);

        // Signing in again asks nothing and brings the account back.
        QSignalSpy asked2(keep.engine.get(), &SyncEngine::localDataDecisionNeeded);
        keep.engine->start(m_peers.token(user));
        QCOMPARE(asked2.count(), 0);
        QVERIFY(keep.settle());
        QCOMPARE(keep.text(QStringLiteral("SELECT group_concat(title) FROM (SELECT title FROM conversations "
                                          "ORDER BY title)")),
                 QStringLiteral("Shared,Still here"));

        // Sign-out keeping local copies, then another account on this device: asked again.
        keep.engine->signOut(SyncEngine::SignOutChoice::KeepLocalCopies);
        QCOMPARE(keep.count(QStringLiteral("SELECT count(*) FROM conversations")), 2);
        QSignalSpy asked3(keep.engine.get(), &SyncEngine::localDataDecisionNeeded);
        keep.engine->start(m_peers.token(QStringLiteral("judy-other")));
        QCOMPARE(asked3.count(), 1);
        QCOMPARE(asked3.at(0).at(0).toInt(), 1);
        QCOMPARE(asked3.at(0).at(1).toBool(), true);
        keep.engine->resolveLocalData(SyncEngine::LocalDataChoice::Remove);
        QVERIFY(keep.settle());
        QCOMPARE(keep.text(QStringLiteral("SELECT group_concat(title) FROM conversations")),
                 QStringLiteral("Still here"));
        QCOMPARE(m_peers.everything(QStringLiteral("judy-other"))
                     .value(QStringLiteral("conversations"))
                     .toArray()
                     .size(),
                 0);
    }

    void expiredTokenWaitsForANewOne()
    {
        const QString user = QStringLiteral("ken-expiry");
        SyncProfile a(m_peers.deploymentUrl());
        a.engine->start(m_peers.token(user, -60));
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->status(), SyncEngine::Status::Error, 20'000);
        a.temp.addConversation(QStringLiteral("Waiting"));
        a.engine->setIdToken(m_peers.token(user));
        QVERIFY(a.settle());
        QCOMPARE(m_peers.everything(user).value(QStringLiteral("conversations")).toArray().size(), 1);
    }

private:
    SyncPeers m_peers;
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
