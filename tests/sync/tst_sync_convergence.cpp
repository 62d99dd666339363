// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Two desktops of one user converge through the Harness web backend with the desktop module;
// another user sees none of it; a change on one desktop reaches the other over the live
// WebSocket subscriptions; edit & resend on one desktop shows only the new branch on the other.
// A row made on desktop A has A's id there and the web's id on B (B got it from the web).
#include "core/engine/history_builder.h"
#include "core/itemmodels/message_list_model.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "core/store/search_repository.h"
#include "core/store/settings_repository.h"
#include "sync_peers.h"
#include "sync_profile.h"
#include "web_calls.h"

#include <QElapsedTimer>
#include <QStandardPaths>

using namespace harness::core;
using namespace Qt::StringLiterals;
using harness::test::SyncPeers;
using harness::test::SyncProfile;
using harness::test::WebApp;

namespace {

/// The web id of a local row (what the other desktop uses as its id).
QString webId(SyncProfile& p, const QString& table, const QString& localId)
{
    return p.text(u"SELECT remote_id FROM %1 WHERE id = '%2'"_s.arg(table, localId));
}

QStringList listed(MessageListModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r).data(MessageListModel::ContentRole).toString());
    return out;
}

} // namespace

class TestSyncConvergence final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_START_SYNC_PEERS(m_peers);
    }
    void cleanupTestCase() { m_peers.stop(); }

    void twoDesktopsOfOneUserConverge()
    {
        const QString user = u"alice-two-desktops"_s;
        SyncProfile a(m_peers.deploymentUrl());
        SyncProfile b(m_peers.deploymentUrl());
        // Data made before signing in: uploaded when asked.
        Harness h;
        h.name = u"Researcher"_s;
        h.model = u"claude-sonnet-4.6"_s;
        h.status = HarnessStatus::Started;
        h.systemPrompt = u"Be brief."_s;
        h.skills = {Skill(u"summaries"_s, u"Writes short summaries"_s)};
        QVERIFY(!a.store().harnesses().create(h));
        auto conversation = a.temp.addConversation(u"Plan"_s);
        QVERIFY(!a.store().conversations().setLastHarness(conversation.id, h.id));
        const auto question = a.temp.addMessage(conversation.id, MessageRole::User, u"What first?"_s);
        Message answer;
        answer.conversationId = conversation.id;
        answer.role = MessageRole::Assistant;
        answer.content = u"Read the brief."_s;
        answer.parts.appendReasoning(u"Think first."_s);
        ToolCallPart call;
        call.callId = u"c1"_s;
        call.name = u"files__read"_s;
        call.arguments = u"{\"path\":\"brief.md\"}"_s;
        call.status = ToolCallStatus::Done;
        answer.parts.set(call);
        answer.parts.set(ToolResultPart{u"c1"_s, u"the brief"_s, false, {}, {}});
        QVERIFY(!a.store().messages().append(answer));
        a.signIn(m_peers.token(user));
        QVERIFY(a.settle());
        b.signIn(m_peers.token(user));
        QVERIFY(b.settle());
        QCOMPARE(b.engine->status(), SyncEngine::Status::Synced);

        const QString hOnB = webId(a, u"harnesses"_s, h.id);
        const QString cOnB = webId(a, u"conversations"_s, conversation.id);
        QVERIFY(!hOnB.isEmpty() && !cOnB.isEmpty());
        const Harness harnessOnB = b.store().harnesses().get(hOnB).value;
        QCOMPARE(harnessOnB.name, h.name);
        QCOMPARE(harnessOnB.model, h.model);
        QCOMPARE(harnessOnB.systemPrompt, h.systemPrompt);
        QCOMPARE(harnessOnB.skills, h.skills);
        const auto onB = b.store().conversations().get(cOnB);
        QVERIFY(onB.ok());
        QCOMPARE(onB.value.title, u"Plan"_s);
        QCOMPARE(onB.value.lastHarnessId, hOnB);
        const auto messagesOnB = b.store().messages().currentBranch(cOnB).value;
        QCOMPARE(messagesOnB.size(), 2);
        QCOMPARE(messagesOnB.at(0).content, question.content);
        QCOMPARE(messagesOnB.at(1).content, answer.content);
        QVERIFY(messagesOnB.at(1).parts.reasoning());
        QCOMPARE(messagesOnB.at(1).parts.reasoning()->text, u"Think first."_s);
        QCOMPARE(messagesOnB.at(1).parts.toolCalls().value(0).name, u"files__read"_s);
        QVERIFY(messagesOnB.at(1).parts.toolResult(u"c1"_s));
        QCOMPARE(messagesOnB.at(1).parts.toolResult(u"c1"_s)->content, u"the brief"_s);

        // B renames and switches to a harness of its own: A follows.
        Harness other;
        other.name = u"Reviewer"_s;
        other.model = u"openai/gpt-5.4"_s;
        QVERIFY(!b.store().harnesses().create(other));
        QVERIFY(!b.store().conversations().setLastHarness(cOnB, other.id));
        QVERIFY(!b.store().conversations().rename(cOnB, u"Plan v2"_s));
        QVERIFY(b.settle());
        QVERIFY(a.settle());
        QCOMPARE(a.store().conversations().get(conversation.id).value.title, u"Plan v2"_s);
        QCOMPARE(a.store().conversations().get(conversation.id).value.lastHarnessId,
                 a.text(u"SELECT id FROM harnesses WHERE name = 'Reviewer'"_s));

        // Settings and deletes travel both ways.
        UserSettings settings = a.store().settings().load().value;
        settings.autoSwitchHarness = false;
        QVERIFY(!a.store().settings().save(settings));
        QVERIFY(b.exec(u"DELETE FROM messages WHERE id = '%1'"_s.arg(webId(a, u"messages"_s, question.id))));
        QVERIFY(b.settle());
        QVERIFY(a.settle());
        QVERIFY(!a.store().messages().get(question.id).ok());
        QVERIFY(b.settle());
        QCOMPARE(b.store().settings().load().value.autoSwitchHarness, false);
        QVERIFY(!a.store().harnesses().remove(h.id));
        QVERIFY(!a.store().conversations().remove(conversation.id));
        QVERIFY(a.settle());
        QVERIFY(b.settle());
        QVERIFY(!b.store().harnesses().get(hOnB).ok());
        QCOMPARE(b.count(u"SELECT count(*) FROM conversations"_s), 0);
        QCOMPARE(b.count(u"SELECT count(*) FROM messages"_s), 0);
        QCOMPARE(b.count(u"SELECT count(*) FROM harnesses"_s), 1); // B's "Reviewer"
        QCOMPARE(a.count(u"SELECT count(*) FROM harnesses"_s), 1);
        QCOMPARE(a.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(b.count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void editAndResendShowsOnlyTheNewBranchOnTheOtherDesktop()
    {
        const QString user = u"frank-branches"_s;
        SyncProfile a(m_peers.deploymentUrl());
        SyncProfile b(m_peers.deploymentUrl());
        const auto conversation = a.temp.addConversation(u"Trip"_s);
        a.temp.addMessage(conversation.id, MessageRole::User, u"Help me travel"_s);
        a.temp.addMessage(conversation.id, MessageRole::Assistant, u"Sure"_s);
        const auto question =
            a.temp.addMessage(conversation.id, MessageRole::User, u"Plan three days in Tokyo"_s);
        const auto answer = a.temp.addMessage(conversation.id, MessageRole::Assistant, u"Day one: Shibuya"_s);
        a.signIn(m_peers.token(user));
        QVERIFY(a.settle());
        b.signIn(m_peers.token(user));
        QVERIFY(b.settle());
        const QString onB = webId(a, u"conversations"_s, conversation.id);
        MessageListModel shown(b.store());
        shown.setConversation(onB);
        QCOMPARE(shown.rowCount(), 4);

        // A edits the question and gets a new answer.
        Message edit;
        edit.role = MessageRole::User;
        edit.content = u"Plan three days in Kyoto"_s;
        QVERIFY(!a.store().messages().appendReplacing(question.id, edit));
        const auto newAnswer =
            a.temp.addMessage(conversation.id, MessageRole::Assistant, u"Day one: Fushimi Inari"_s);
        QVERIFY(a.settle());
        QSignalSpy superseded(&b.store(), &Store::messagesSuperseded);
        QVERIFY(b.settle());

        // The web shows only the new branch, as after its own regenerate.
        WebApp web{m_peers, user};
        QStringList onWeb;
        for (const auto& m : web.messages(onB))
            onWeb.append(m.toObject().value(u"content"_s).toString());
        const QStringList current{u"Help me travel"_s, u"Sure"_s, u"Plan three days in Kyoto"_s,
                                  u"Day one: Fushimi Inari"_s};
        QCOMPARE(onWeb, current);

        // The open view on B drops the replaced branch; the old one stays as the earlier version.
        QVERIFY(superseded.count() >= 1);
        const QString editOnB = webId(a, u"messages"_s, edit.id);
        QCOMPARE(superseded.last().at(1).toString(), editOnB);
        QCOMPARE(listed(shown), current);
        shown.setConversation(onB);
        QCOMPARE(listed(shown), current);
        const int editRow = shown.rowOf(editOnB);
        QVERIFY(shown.index(editRow).data(MessageListModel::HasEarlierVersionRole).toBool());
        shown.setEarlierVersionShown(editOnB, true);
        QCOMPARE(shown.index(editRow).data(MessageListModel::ContentRole).toString(),
                 u"Plan three days in Tokyo"_s);
        const auto earlier = b.store().messages().supersededBy(editOnB);
        QCOMPARE(earlier.value.size(), 2);
        QCOMPARE(earlier.value.at(0).id, webId(a, u"messages"_s, question.id));
        QCOMPARE(earlier.value.at(1).id, webId(a, u"messages"_s, answer.id));

        // What B sends the model next, and what B's search finds, is the new branch only.
        const auto history = HistoryBuilder::build(b.store(), onB, Harness{});
        QVERIFY(history.ok());
        QStringList sent;
        for (const auto& m : history.value)
            sent.append(m.content);
        QCOMPARE(sent, current);
        QVERIFY(b.store().search().search(u"Shibuya"_s).value.isEmpty());
        QCOMPARE(b.store().search().search(u"Fushimi"_s).value.size(), 1);

        // Editing on B travels back to A the same way.
        Message again;
        again.role = MessageRole::User;
        again.content = u"Plan three days in Osaka"_s;
        QVERIFY(!b.store().messages().appendReplacing(editOnB, again));
        QVERIFY(b.settle());
        QVERIFY(a.settle());
        QCOMPARE(a.store().messages().count(conversation.id).value, 3);
        QCOMPARE(a.store().messages().get(newAnswer.id).value.supersededBy,
                 webId(b, u"messages"_s, again.id));
        QCOMPARE(a.store().messages().get(answer.id).value.supersededBy, edit.id); // older history stays
        for (SyncProfile* p : {&a, &b})
            QCOMPARE(p->count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void anotherUserSeesNothing()
    {
        const QString carol = u"carol-private"_s;
        const QString dave = u"dave-other"_s;
        SyncProfile c(m_peers.deploymentUrl());
        const auto secret = c.temp.addConversation(u"Carol's secret"_s);
        c.temp.addMessage(secret.id, MessageRole::User, u"private words"_s);
        c.signIn(m_peers.token(carol));
        QVERIFY(c.settle());

        // Dave's desktop, even one that happens to use the same client id, gets nothing of
        // Carol's and cannot change her row.
        SyncProfile d(m_peers.deploymentUrl());
        d.signIn(m_peers.token(dave));
        QVERIFY(d.settle());
        QCOMPARE(d.count(u"SELECT count(*) FROM conversations"_s), 0);
        Conversation clash;
        clash.id = secret.id;
        clash.title = u"Dave was here"_s;
        QVERIFY(!d.store().conversations().create(clash));
        QVERIFY(d.settle());
        WebApp carolOnWeb{m_peers, carol};
        WebApp daveOnWeb{m_peers, dave};
        QCOMPARE(carolOnWeb.conversations().size(), 1);
        QCOMPARE(carolOnWeb.conversations().at(0).toObject().value(u"title"_s).toString(),
                 u"Carol's secret"_s);
        QCOMPARE(daveOnWeb.conversations().size(), 1);
        QCOMPARE(daveOnWeb.conversations().at(0).toObject().value(u"title"_s).toString(), u"Dave was here"_s);
        // Nor can Dave read Carol's conversation through the module.
        const QString carolsId = webId(c, u"conversations"_s, secret.id);
        QCOMPARE(m_peers.query(dave, u"desktop/sync:conversations"_s, {{u"ids"_s, QJsonArray{carolsId}}})
                     .toArray()
                     .size(),
                 0);
        QVERIFY(c.settle());
        QCOMPARE(c.text(u"SELECT title FROM conversations"_s), u"Carol's secret"_s);
    }

    void aChangeArrivesOverTheLiveSubscription()
    {
        const QString user = u"erin-live"_s;
        SyncProfile a(m_peers.deploymentUrl(), true);
        SyncProfile b(m_peers.deploymentUrl(), true);
        a.signIn(m_peers.token(user));
        b.signIn(m_peers.token(user));
        QVERIFY(a.settle());
        QVERIFY(b.settle());
        QTRY_VERIFY_WITH_TIMEOUT(a.engine->isLive() && b.engine->isLive(), 20'000);

        // No polling (10 min interval): only the subscriptions can bring the changes.
        QElapsedTimer clock;
        clock.start();
        const auto c = a.temp.addConversation(u"Live one"_s);
        QString onB;
        QVERIFY(b.waitFor(&Store::conversationsChanged, [&] {
            onB = webId(a, u"conversations"_s, c.id);
            return !onB.isEmpty() && b.store().conversations().get(onB).ok();
        }));
        qInfo("a new conversation from A visible on B after %lld ms", clock.elapsed());
        clock.restart();
        const auto m = a.temp.addMessage(c.id, MessageRole::User, u"said on A"_s);
        QVERIFY(b.waitFor(&Store::messageAdded, [&] {
            const QString id = webId(a, u"messages"_s, m.id);
            return !id.isEmpty() && b.store().messages().get(id).ok();
        }));
        qInfo("a message from A visible on B after %lld ms", clock.elapsed());

        // The sockets drop: they reconnect and the next change still arrives.
        QVERIFY(m_peers.faults({{u"dropConnections"_s, true}}));
        QTRY_VERIFY_WITH_TIMEOUT(a.engine->isLive() && b.engine->isLive(), 30'000);
        QVERIFY(!a.store().conversations().rename(c.id, u"Live two"_s));
        QVERIFY(b.waitFor(&Store::conversationChanged,
                          [&] { return b.store().conversations().get(onB).value.title == u"Live two"_s; }));
    }

private:
    SyncPeers m_peers;
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
