// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Network trouble (the adapter's /_test/faults), interrupted syncs, first sign-in with local
// data, sign-out, expired tokens, and a store that was signed in to the old desktop-only schema,
// against the Harness web backend with the desktop module.
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "sync_peers.h"
#include "sync_profile.h"
#include "web_calls.h"

#include <QSet>
#include <QStandardPaths>

using namespace harness::core;
using namespace Qt::StringLiterals;
using harness::test::SyncPeers;
using harness::test::SyncProfile;
using harness::test::WebApp;

namespace {

/// The contents of every message of `user` on the web (messages:list of each conversation).
QStringList webMessages(SyncPeers& peers, const QString& user)
{
    WebApp web{peers, user};
    QStringList out;
    for (const auto& c : web.conversations()) {
        for (const auto& m : web.messages(c.toObject().value(u"_id"_s).toString()))
            out.append(m.toObject().value(u"content"_s).toString());
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
        HARNESS_START_SYNC_PEERS(m_peers);
    }
    void cleanupTestCase() { m_peers.stop(); }
    void cleanup()
    {
        m_peers.faults(
            {{u"offline"_s, false}, {u"failBeforeCommit"_s, 0}, {u"dropResponseAfterCommit"_s, 0}});
    }

    void offlineEditsReplayExactlyOnce()
    {
        const QString user = u"frank-offline"_s;
        SyncProfile a(m_peers.deploymentUrl());
        a.signIn(m_peers.token(user));
        QVERIFY(a.settle());

        QVERIFY(m_peers.faults({{u"offline"_s, true}}));
        const auto c = a.temp.addConversation(u"Written on a plane"_s);
        for (int i = 0; i < 5; ++i)
            a.temp.addMessage(c.id, MessageRole::User, u"note %1"_s.arg(i));
        QVERIFY(!a.store().conversations().rename(c.id, u"Plane notes"_s));
        a.engine->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->status(), SyncEngine::Status::Offline, 30'000);
        QVERIFY(a.engine->pendingChanges() > 0);

        QVERIFY(m_peers.faults({{u"offline"_s, false}}));
        // The engine retries by itself (backoff), no syncNow needed.
        QTRY_COMPARE_WITH_TIMEOUT(a.engine->status(), SyncEngine::Status::Synced, 30'000);
        QVERIFY(a.settle());
        QCOMPARE(webMessages(m_peers, user),
                 (QStringList{u"note 0"_s, u"note 1"_s, u"note 2"_s, u"note 3"_s, u"note 4"_s}));
        WebApp web{m_peers, user};
        QCOMPARE(web.conversations().size(), 1);
        QCOMPARE(web.conversations().at(0).toObject().value(u"title"_s).toString(), u"Plane notes"_s);

        SyncProfile b(m_peers.deploymentUrl());
        b.signIn(m_peers.token(user));
        QVERIFY(b.settle());
        QCOMPARE(
            b.text(u"SELECT group_concat(content, ',') FROM (SELECT content FROM messages ORDER BY seq)"_s),
            u"note 0,note 1,note 2,note 3,note 4"_s);
    }

    void lostRepliesAndCutRequestsDuplicateNothing()
    {
        const QString user = u"grace-faults"_s;
        SyncProfile a(m_peers.deploymentUrl());
        a.engine->setBatchLimits(4, 1 << 20, 200);
        a.signIn(m_peers.token(user));
        QVERIFY(a.settle());

        // The first push commits but its reply is lost; the next two are cut before they run.
        QVERIFY(m_peers.faults({{u"dropResponseAfterCommit"_s, 1}, {u"failBeforeCommit"_s, 2}}));
        Harness h;
        h.name = u"Flaky harness"_s;
        h.model = u"gpt-5.4"_s;
        QVERIFY(!a.store().harnesses().create(h));
        const auto c = a.temp.addConversation(u"Flaky"_s);
        for (int i = 0; i < 10; ++i)
            a.temp.addMessage(c.id, MessageRole::User, u"m%1"_s.arg(i));
        QVERIFY(a.settle(90'000));
        QStringList expected;
        for (int i = 0; i < 10; ++i)
            expected.append(u"m%1"_s.arg(i));
        QCOMPARE(webMessages(m_peers, user), expected);
        WebApp web{m_peers, user};
        QCOMPARE(web.conversations().size(), 1);
        QCOMPARE(web.harnesses().size(), 1);
    }

    void interruptedSyncResumesWithoutLoss()
    {
        const QString user = u"heidi-resume"_s;
        SyncProfile a(m_peers.deploymentUrl());
        const auto c = a.temp.addConversation(u"Long"_s);
        for (int i = 0; i < 24; ++i)
            a.temp.addMessage(c.id, MessageRole::User, u"line %1"_s.arg(i));

        // Small batches; the app "quits" right after the first batch was confirmed.
        a.engine->setBatchLimits(3, 1 << 20, 5);
        QSignalSpy decision(a.engine.get(), &SyncEngine::localDataDecisionNeeded);
        a.engine->start(m_peers.token(user));
        QCOMPARE(decision.count(), 1); // local data from before sign-in: ask
        a.engine->resolveLocalData(SyncEngine::LocalDataChoice::Upload);
        QSignalSpy pushed(a.engine.get(), &SyncEngine::pushed);
        connect(a.engine.get(), &SyncEngine::pushed, this, [&a] { a.engine->stop(); });
        QVERIFY(pushed.wait(30'000));
        a.engine.reset();
        QCOMPARE(a.count(u"SELECT count(*) FROM outbox"_s), 24); // the conversation went, 24 wait

        // A new engine (next app start) for the same account resumes without asking.
        a.makeEngine(m_peers.deploymentUrl(), false);
        QSignalSpy again(a.engine.get(), &SyncEngine::localDataDecisionNeeded);
        a.engine->start(m_peers.token(user));
        QCOMPARE(again.count(), 0);
        QVERIFY(a.settle());
        QCOMPARE(webMessages(m_peers, user).size(), 24);

        // A pull interrupted between conversations resumes where it stopped.
        SyncProfile b(m_peers.deploymentUrl());
        b.engine->setBatchLimits(3, 1 << 20, 5);
        b.engine->start(m_peers.token(user));
        QSignalSpy pulled(b.engine.get(), &SyncEngine::remoteChangesApplied);
        connect(b.engine.get(), &SyncEngine::remoteChangesApplied, this, [&b] { b.engine->stop(); });
        QVERIFY(pulled.wait(30'000));
        b.engine.reset();
        b.makeEngine(m_peers.deploymentUrl(), false);
        b.engine->start(m_peers.token(user));
        QVERIFY(b.settle());
        QCOMPARE(b.count(u"SELECT count(*) FROM messages"_s), 24);
        QCOMPARE(b.count(u"SELECT count(DISTINCT seq) FROM messages"_s), 24);
        QCOMPARE(b.text(u"SELECT content FROM messages ORDER BY seq DESC LIMIT 1"_s), u"line 23"_s);
    }

    void firstSignInChoicesAndSignOut()
    {
        const QString user = u"ivan-choices"_s;
        WebApp web{m_peers, user};
        // Keep on this device: nothing of it is uploaded, later edits of it neither.
        SyncProfile keep(m_peers.deploymentUrl());
        const auto mine = keep.temp.addConversation(u"Stays here"_s);
        QSignalSpy asked(keep.engine.get(), &SyncEngine::localDataDecisionNeeded);
        keep.engine->start(m_peers.token(user));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toInt(), 1);
        QCOMPARE(keep.engine->status(), SyncEngine::Status::WaitingForDecision);
        keep.engine->resolveLocalData(SyncEngine::LocalDataChoice::KeepOnThisDevice);
        QVERIFY(keep.settle());
        QVERIFY(!keep.store().conversations().rename(mine.id, u"Still here"_s));
        keep.temp.addConversation(u"Shared"_s);
        QVERIFY(keep.settle());
        QCOMPARE(web.conversations().size(), 1);
        QCOMPARE(web.conversations().at(0).toObject().value(u"title"_s).toString(), u"Shared"_s);

        // Sign-out removing local copies: the account's rows go, the one kept on this device
        // stays; the web keeps everything.
        keep.engine->signOut(SyncEngine::SignOutChoice::RemoveLocalCopies);
        QCOMPARE(keep.engine->status(), SyncEngine::Status::Off);
        QCOMPARE(keep.text(u"SELECT group_concat(title) FROM conversations"_s), u"Still here"_s);
        QCOMPARE(web.conversations().size(), 1);

        // Signing in again asks nothing and brings the account back.
        QSignalSpy asked2(keep.engine.get(), &SyncEngine::localDataDecisionNeeded);
        keep.engine->start(m_peers.token(user));
        QCOMPARE(asked2.count(), 0);
        QVERIFY(keep.settle());
        QCOMPARE(
            keep.text(u"SELECT group_concat(title) FROM (SELECT title FROM conversations ORDER BY title)"_s),
            u"Shared,Still here"_s);

        // Sign-out keeping local copies, then another account on this device: asked again.
        keep.engine->signOut(SyncEngine::SignOutChoice::KeepLocalCopies);
        QCOMPARE(keep.count(u"SELECT count(*) FROM conversations"_s), 2);
        QSignalSpy asked3(keep.engine.get(), &SyncEngine::localDataDecisionNeeded);
        keep.engine->start(m_peers.token(u"judy-other"_s));
        QCOMPARE(asked3.count(), 1);
        QCOMPARE(asked3.at(0).at(0).toInt(), 1);
        QCOMPARE(asked3.at(0).at(1).toBool(), true);
        keep.engine->resolveLocalData(SyncEngine::LocalDataChoice::Remove);
        QVERIFY(keep.settle());
        QCOMPARE(keep.text(u"SELECT group_concat(title) FROM conversations"_s), u"Still here"_s);
        QCOMPARE(WebApp({m_peers, u"judy-other"_s}).conversations().size(), 0);
    }

    void anExpiredTokenAsksForANewOneAndNothingIsLost()
    {
        const QString user = u"ken-expiry"_s;
        SyncProfile a(m_peers.deploymentUrl());
        QSignalSpy refresh(a.engine.get(), &SyncEngine::tokenRefreshNeeded);
        a.engine->start(m_peers.token(user, -60));
        QVERIFY(refresh.wait(20'000));
        QCOMPARE(a.engine->status(), SyncEngine::Status::Error);
        a.temp.addConversation(u"Waiting"_s);
        a.engine->setIdToken(m_peers.token(user));
        QVERIFY(a.settle());
        QCOMPARE(WebApp({m_peers, user}).conversations().size(), 1);
    }

    void aStoreSignedInToTheOldSchemaOffersItsDataAgain()
    {
        // A desktop that synced with the desktop-only functions: its rows carry ids of that
        // deployment and an account. The migration (schema 7) forgets them; signing in asks what
        // to do with the data, and Upload brings every row to the web backend.
        const QString user = u"legacy-user"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"harness.db"_s);
        {
            Store old(path);
            QVERIFY(!old.open(6));
            Conversation c;
            c.title = u"From the old days"_s;
            QVERIFY(!old.conversations().create(c));
            Message m;
            m.conversationId = c.id;
            m.content = u"an old question"_s;
            QVERIFY(!old.messages().append(m));
            QSqlQuery q(old.database().connection());
            QVERIFY(q.exec(u"UPDATE conversations SET remote_id = 'old-deployment-id'"_s));
            QVERIFY(q.exec(u"UPDATE messages SET remote_id = 'old-message-id'"_s));
            QVERIFY(q.exec(u"UPDATE sync_state SET account = 'https://old|%1', cursor = 77"_s.arg(user)));
            QVERIFY(q.exec(u"DELETE FROM outbox"_s));
        }
        Store store(path);
        QVERIFY(!store.open());
        QNetworkAccessManager network;
        SyncEngine engine(store, &network, m_peers.deploymentUrl());
        engine.setLiveUpdates(false);
        QSignalSpy asked(&engine, &SyncEngine::localDataDecisionNeeded);
        QSignalSpy synced(&engine, &SyncEngine::synced);
        engine.start(m_peers.token(user));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toInt(), 2); // the conversation and its message
        engine.resolveLocalData(SyncEngine::LocalDataChoice::Upload);
        QVERIFY(synced.wait(30'000));
        WebApp web{m_peers, user};
        QCOMPARE(web.conversations().size(), 1);
        QCOMPARE(web.conversations().at(0).toObject().value(u"title"_s).toString(), u"From the old days"_s);
        QCOMPARE(webMessages(m_peers, user), QStringList{u"an old question"_s});
    }

private:
    SyncPeers m_peers;
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
