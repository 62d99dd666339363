// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Two desktops of one user converge through the real convex/ functions; another user sees none
// of it; a change on one desktop reaches the other over the live WebSocket subscription.
#include "core/engine/history_builder.h"
#include "core/itemmodels/message_list_model.h"
#include "core/model/ids.h"
#include "core/model/message_parts.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "core/store/search_repository.h"
#include "core/store/settings_repository.h"
#include "sync_peers.h"
#include "sync_profile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QStandardPaths>

using namespace harness::core;
using harness::test::SyncPeers;
using harness::test::SyncProfile;

class TestSyncConvergence final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_peers.start(), qPrintable(m_peers.error()));
    }
    void cleanupTestCase() { m_peers.stop(); }

    void twoDesktopsOfOneUserConverge()
    {
        SyncProfile a(m_peers.deploymentUrl());
        SyncProfile b(m_peers.deploymentUrl());
        const QString alice = QStringLiteral("alice-converge");

        // Desktop A: an MCP server, a harness using it, a conversation with a question.
        const qint64 now = nowMs();
        QVERIFY(a.exec(
            QStringLiteral("INSERT INTO mcp_servers (id, name, transport, command, args, created_at, "
                           "updated_at) VALUES ('srv-1', 'files', 'stdio', 'npx', '[\"-y\",\"fs\"]', %1, %1)")
                .arg(now)));
        Harness h;
        h.name = QStringLiteral("Writer");
        h.model = QStringLiteral("vendor/model-1");
        h.systemPrompt = QStringLiteral("Be brief.");
        h.skills = {QStringLiteral("summaries")};
        h.mcpServerIds = {QStringLiteral("srv-1")};
        QVERIFY(!a.store().harnesses().create(h));
        auto conversation = a.temp.addConversation(QStringLiteral("Plan"));
        QVERIFY(!a.store().conversations().setLastHarness(conversation.id, h.id));
        const auto question = a.temp.addMessage(conversation.id, MessageRole::User, QStringLiteral("Hello?"));
        // An answer still streaming does not travel yet.
        Message answer;
        answer.conversationId = conversation.id;
        answer.role = MessageRole::Assistant;
        answer.status = MessageStatus::Streaming;
        answer.content = QStringLiteral("Hi");
        QVERIFY(!a.store().messages().append(answer));

        a.signIn(m_peers.token(alice));
        QVERIFY(a.settle());
        b.engine->start(m_peers.token(alice));
        QVERIFY(b.settle());
        QCOMPARE(b.engine->status(), SyncEngine::Status::Synced);

        QCOMPARE(b.text(QStringLiteral("SELECT name || '|' || model || '|' || system_prompt || '|' || skills "
                                       "FROM harnesses WHERE id = '%1'")
                            .arg(h.id)),
                 QStringLiteral("Writer|vendor/model-1|Be brief.|[\"summaries\"]"));
        QCOMPARE(b.text(QStringLiteral("SELECT server_id FROM harness_mcp_servers WHERE harness_id = '%1'")
                            .arg(h.id)),
                 QStringLiteral("srv-1"));
        QCOMPARE(b.text(QStringLiteral("SELECT command || ' ' || args FROM mcp_servers WHERE id = 'srv-1'")),
                 QStringLiteral("npx [\"-y\",\"fs\"]"));
        auto onB = b.store().conversations().get(conversation.id);
        QVERIFY(onB.ok());
        QCOMPARE(onB.value.title, QStringLiteral("Plan"));
        QCOMPARE(onB.value.lastHarnessId, h.id);
        QCOMPARE(b.text(QStringLiteral("SELECT group_concat(id) FROM messages WHERE conversation_id = '%1'")
                            .arg(conversation.id)),
                 question.id);

        // The answer completes (reasoning, a tool call and its result, usage): now it travels.
        answer.content = QStringLiteral("Hi there, here is the plan.");
        answer.parts.appendReasoning(QStringLiteral("Think first."));
        ToolCallPart call;
        call.callId = QStringLiteral("c1");
        call.name = QStringLiteral("files__read");
        call.arguments = QStringLiteral("{\"path\":\"a\"}");
        call.server = QStringLiteral("files");
        call.status = ToolCallStatus::Done;
        answer.parts.set(call);
        answer.parts.set(ToolResultPart{QStringLiteral("c1"), QStringLiteral("file text"), false, {}, {}});
        UsagePart usage;
        usage.promptTokens = 12;
        usage.completionTokens = 30;
        usage.totalTokens = 42;
        answer.parts.set(usage);
        answer.status = MessageStatus::Complete;
        QVERIFY(!a.store().messages().update(answer));
        QVERIFY(a.settle());
        QVERIFY(b.settle());
        auto answerOnB = b.store().messages().get(answer.id);
        QVERIFY2(answerOnB.ok(), "the completed answer reached desktop B");
        QCOMPARE(answerOnB.value.content, answer.content);
        QCOMPARE(answerOnB.value.status, MessageStatus::Complete);
        QVERIFY(answerOnB.value.parts.reasoning());
        QCOMPARE(answerOnB.value.parts.reasoning()->text, QStringLiteral("Think first."));
        QCOMPARE(answerOnB.value.parts.toolCalls().value(0).name, QStringLiteral("files__read"));
        QVERIFY(answerOnB.value.parts.toolResult(QStringLiteral("c1")));
        QCOMPARE(answerOnB.value.parts.toolResult(QStringLiteral("c1"))->content,
                 QStringLiteral("file text"));
        QCOMPARE(answerOnB.value.seq, 2);

        // Concurrent edits of different fields of one conversation both survive (per-field LWW).
        Harness other;
        other.name = QStringLiteral("Reviewer");
        other.model = QStringLiteral("vendor/model-2");
        QVERIFY(!b.store().harnesses().create(other));
        QVERIFY(!b.store().conversations().setLastHarness(conversation.id, other.id));
        QTest::qWait(5);
        QVERIFY(!a.store().conversations().rename(conversation.id, QStringLiteral("Plan v2")));
        QVERIFY(b.settle());
        QVERIFY(a.settle());
        QVERIFY(b.settle());
        for (SyncProfile* p : {&a, &b}) {
            auto c = p->store().conversations().get(conversation.id);
            QVERIFY(c.ok());
            QCOMPARE(c.value.title, QStringLiteral("Plan v2"));
            QCOMPARE(c.value.lastHarnessId, other.id);
        }

        // Settings travel; deletes travel (a message on B, the harness and then the conversation on A).
        UserSettings settings;
        settings.autoSwitchHarness = false;
        QVERIFY(!a.store().settings().save(settings));
        QVERIFY(b.exec(QStringLiteral("DELETE FROM messages WHERE id = '%1'").arg(question.id)));
        QVERIFY(b.settle());
        QVERIFY(a.settle());
        QVERIFY(!a.store().messages().get(question.id).ok());
        QVERIFY(b.settle());
        QCOMPARE(b.store().settings().load().value.autoSwitchHarness, false);

        QVERIFY(!a.store().harnesses().remove(h.id));
        QVERIFY(!a.store().conversations().remove(conversation.id));
        QVERIFY(a.settle());
        QVERIFY(b.settle());
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM harnesses WHERE id = '%1'").arg(h.id)), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM conversations")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM messages")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM harnesses")), 1); // B's "Reviewer"
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM harnesses")), 1);
        QCOMPARE(a.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void editAndResendShowsOnlyTheNewBranchOnTheOtherDesktop()
    {
        SyncProfile a(m_peers.deploymentUrl());
        SyncProfile b(m_peers.deploymentUrl());
        const QString frank = QStringLiteral("frank-branches");
        const auto conversation = a.temp.addConversation(QStringLiteral("Trip"));
        const auto intro =
            a.temp.addMessage(conversation.id, MessageRole::User, QStringLiteral("Help me travel"));
        const auto introAnswer =
            a.temp.addMessage(conversation.id, MessageRole::Assistant, QStringLiteral("Sure"));
        const auto question =
            a.temp.addMessage(conversation.id, MessageRole::User, QStringLiteral("Plan three days in Tokyo"));
        const auto answer =
            a.temp.addMessage(conversation.id, MessageRole::Assistant, QStringLiteral("Day one: Shibuya"));
        a.signIn(m_peers.token(frank));
        QVERIFY(a.settle());
        b.engine->start(m_peers.token(frank));
        QVERIFY(b.settle());

        // B shows the conversation as it was.
        MessageListModel shown(b.store());
        shown.setConversation(conversation.id);
        QCOMPARE(shown.rowCount(), 4);

        // A edits the question and gets a new answer.
        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("Plan three days in Kyoto");
        QVERIFY(!a.store().messages().appendReplacing(question.id, edit));
        const auto newAnswer = a.temp.addMessage(conversation.id, MessageRole::Assistant,
                                                 QStringLiteral("Day one: Fushimi Inari"));
        QVERIFY(a.settle());
        QSignalSpy superseded(&b.store(), &Store::messagesSuperseded);
        QVERIFY(b.settle());

        // The open view on B drops the replaced branch and shows the new one at once, like A...
        QCOMPARE(superseded.count(), 1);
        QCOMPARE(superseded.first().at(1).toString(), edit.id);
        const auto listed = [](MessageListModel& model) {
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out.append(model.index(r).data(MessageListModel::ContentRole).toString());
            return out;
        };
        const QStringList current{QStringLiteral("Help me travel"), QStringLiteral("Sure"),
                                  QStringLiteral("Plan three days in Kyoto"),
                                  QStringLiteral("Day one: Fushimi Inari")};
        QCOMPARE(listed(shown), current);
        MessageListModel onA(a.store());
        onA.setConversation(conversation.id);
        QCOMPARE(listed(onA), current);
        // ...and so does the conversation opened afresh, with the old branch kept as the earlier
        // version of the edited message.
        shown.setConversation(conversation.id);
        QCOMPARE(listed(shown), current);
        const int editRow = shown.rowOf(edit.id);
        QVERIFY(shown.index(editRow).data(MessageListModel::HasEarlierVersionRole).toBool());
        shown.setEarlierVersionShown(edit.id, true);
        QCOMPARE(shown.index(editRow).data(MessageListModel::ContentRole).toString(),
                 QStringLiteral("Plan three days in Tokyo"));
        QVERIFY(shown.index(editRow).data(MessageListModel::SupersededRole).toBool());
        const auto earlier = b.store().messages().supersededBy(edit.id);
        QCOMPARE(earlier.value.size(), 2);
        QCOMPARE(earlier.value.at(0).id, question.id);
        QCOMPARE(earlier.value.at(1).id, answer.id);
        QCOMPARE(b.store().messages().get(newAnswer.id).value.content, newAnswer.content);

        // What B sends the model next, and what B's search finds, is the new branch only.
        Harness harness;
        const auto history = HistoryBuilder::build(b.store(), conversation.id, harness);
        QVERIFY(history.ok());
        QStringList sent;
        for (const auto& m : history.value)
            sent.append(m.content);
        QCOMPARE(sent, current);
        QVERIFY(b.store().search().search(QStringLiteral("Shibuya")).value.isEmpty());
        QCOMPARE(b.store().search().search(QStringLiteral("Fushimi")).value.size(), 1);

        // Editing on B travels back to A the same way (the mark of messages A pushed itself).
        Message again;
        again.role = MessageRole::User;
        again.content = QStringLiteral("Plan three days in Osaka");
        QVERIFY(!b.store().messages().appendReplacing(edit.id, again));
        QVERIFY(b.settle());
        QVERIFY(a.settle());
        QCOMPARE(a.store().messages().count(conversation.id).value, 3);
        QCOMPARE(a.store().messages().get(newAnswer.id).value.supersededBy, again.id);
        QCOMPARE(a.store().messages().get(answer.id).value.supersededBy, edit.id); // older history stays
        for (SyncProfile* p : {&a, &b})
            QCOMPARE(p->count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void anotherUserSeesNothing()
    {
        const QString carol = QStringLiteral("carol-private");
        const QString dave = QStringLiteral("dave-other");
        SyncProfile c(m_peers.deploymentUrl());
        const auto secret = c.temp.addConversation(QStringLiteral("Carol's secret"));
        c.temp.addMessage(secret.id, MessageRole::User, QStringLiteral("private words"));
        c.signIn(m_peers.token(carol));
        QVERIFY(c.settle());

        // Dave's desktop, even one that happens to use the same client id, gets nothing of Carol's
        // and cannot change her row.
        SyncProfile d(m_peers.deploymentUrl());
        d.engine->start(m_peers.token(dave));
        QVERIFY(d.settle());
        QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM conversations")), 0);
        QCOMPARE(d.count(QStringLiteral("SELECT count(*) FROM messages")), 0);
        Conversation clash;
        clash.id = secret.id;
        clash.title = QStringLiteral("Dave was here");
        QVERIFY(!d.store().conversations().create(clash));
        QVERIFY(d.settle());

        const auto carolRows = m_peers.everything(carol);
        QCOMPARE(carolRows.value(QStringLiteral("conversations")).toArray().size(), 1);
        QCOMPARE(carolRows.value(QStringLiteral("conversations"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("title")),
                 QStringLiteral("Carol's secret"));
        const auto daveRows = m_peers.everything(dave);
        QCOMPARE(daveRows.value(QStringLiteral("conversations")).toArray().size(), 1);
        QCOMPARE(daveRows.value(QStringLiteral("conversations"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("title")),
                 QStringLiteral("Dave was here"));
        QCOMPARE(daveRows.value(QStringLiteral("messages")).toArray().size(), 0);
        QVERIFY(c.settle());
        QCOMPARE(c.text(QStringLiteral("SELECT title FROM conversations")), QStringLiteral("Carol's secret"));
    }

    void liveUpdateArrivesOverTheSocket()
    {
        const QString erin = QStringLiteral("erin-live");
        SyncProfile a(m_peers.deploymentUrl(), true);
        SyncProfile b(m_peers.deploymentUrl(), true);
        a.engine->start(m_peers.token(erin));
        b.engine->start(m_peers.token(erin));
        QVERIFY(a.settle());
        QVERIFY(b.settle());
        QTRY_VERIFY_WITH_TIMEOUT(a.engine->isLive() && b.engine->isLive(), 20'000);

        // No polling here (10 min interval): only the subscription can bring the change.
        QElapsedTimer clock;
        clock.start();
        const auto c = a.temp.addConversation(QStringLiteral("Live one"));
        QTRY_VERIFY_WITH_TIMEOUT(b.store().conversations().get(c.id).ok(), 20'000);
        qInfo("change from A visible on B after %lld ms", clock.elapsed());
        QCOMPARE(b.store().conversations().get(c.id).value.title, QStringLiteral("Live one"));

        // The socket drops: it reconnects and the next change still arrives.
        QVERIFY(m_peers.faults({{QStringLiteral("dropConnections"), true}}));
        QTRY_VERIFY_WITH_TIMEOUT(a.engine->isLive() && b.engine->isLive(), 30'000);
        QVERIFY(!a.store().conversations().rename(c.id, QStringLiteral("Live two")));
        QTRY_COMPARE_WITH_TIMEOUT(b.store().conversations().get(c.id).value.title, QStringLiteral("Live two"),
                                  20'000);
    }

private:
    SyncPeers m_peers;
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
