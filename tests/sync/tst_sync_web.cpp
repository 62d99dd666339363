// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The desktop's real sync engine against the Harness web backend with the desktop module
// installed: what the web app writes through its own functions (messages:send,
// conversations:create, harnesses:update, ... and its hard deletes) shows on the desktop while it
// is live and at its next start; what the desktop writes is returned by the web's own queries in
// the web's shapes; fields the desktop does not know survive its edits.
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/message_repository.h"
#include "core/store/settings_repository.h"
#include "sync_peers.h"
#include "sync_profile.h"
#include "web_calls.h"

#include <QStandardPaths>

using namespace harness::core;
using namespace Qt::StringLiterals;
using harness::test::SyncPeers;
using harness::test::SyncProfile;
using harness::test::WebApp;

namespace {

/// A desktop signed in as `user`, live, with everything pulled.
std::unique_ptr<SyncProfile> liveDesktop(SyncPeers& peers, const QString& user)
{
    auto desktop = std::make_unique<SyncProfile>(peers.deploymentUrl(), true);
    desktop->signIn(peers.token(user));
    QSignalSpy live(desktop->engine.get(), &SyncEngine::liveChanged);
    if (!desktop->settle() || !(desktop->engine->isLive() || live.wait(20'000)))
        return {};
    return desktop;
}

Message assistantAnswer(const QString& conversationId)
{
    Message m;
    m.conversationId = conversationId;
    m.role = MessageRole::Assistant;
    m.content = u"Porto has the best pastéis de nata."_s;
    m.model = u"anthropic/claude-sonnet-4.6"_s;
    m.parts.appendReasoning(u"Compare bakeries."_s);
    ToolCallPart call;
    call.callId = u"call-1"_s;
    call.name = u"search__web"_s;
    call.arguments = u"{\"q\":\"nata\"}"_s;
    call.status = ToolCallStatus::Done;
    m.parts.set(call);
    m.parts.set(ToolResultPart{u"call-1"_s, u"Manteigaria, Pastéis de Belém"_s, false, {}, {}});
    UsagePart usage;
    usage.promptTokens = 120;
    usage.completionTokens = 40;
    usage.totalTokens = 160;
    usage.cost = 0.0012;
    m.parts.set(usage);
    return m;
}

} // namespace

class TestSyncWeb final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_START_SYNC_PEERS(m_peers);
    }
    void cleanupTestCase() { m_peers.stop(); }

    void webWritesShowOnTheDesktopWhileItIsLive()
    {
        const QString user = u"web-live"_s;
        WebApp web{m_peers, user};
        auto desktop = liveDesktop(m_peers, user);
        QVERIFY(desktop);
        Store& store = desktop->store();

        // harnesses:create, with a bearer server and its token.
        const QString harnessId = web.createHarness(
            u"From the web"_s, QJsonArray{QJsonObject{{u"name"_s, u"Docs"_s},
                                                      {u"url"_s, u"https://mcp.example/docs"_s},
                                                      {u"authType"_s, u"bearer"_s},
                                                      {u"authToken"_s, u"tok-web-123"_s}}});
        QVERIFY(!harnessId.isEmpty());
        QVERIFY(desktop->waitFor(&Store::harnessesChanged,
                                 [&] { return store.harnesses().get(harnessId).ok(); }));
        const Harness h = store.harnesses().get(harnessId).value;
        QCOMPARE(h.model, u"claude-sonnet-4.6"_s);
        QCOMPARE(h.skills, QList<Skill>{Skill(u"cite"_s, u"Cites sources"_s)});
        QCOMPARE(h.mcpServerIds.size(), 1);
        QCOMPARE(desktop->secret(u"mcp/%1/bearer"_s.arg(h.mcpServerIds.first())), u"tok-web-123"_s);
        QCOMPARE(desktop->count(u"SELECT count(*) FROM harnesses WHERE remote_base LIKE '%tok-web%'"_s), 0);

        // conversations:create, messages:send (user and assistant).
        const QString conversationId = web.createConversation(u"Lisbon"_s, harnessId);
        QVERIFY(desktop->waitFor(&Store::conversationsChanged,
                                 [&] { return store.conversations().get(conversationId).ok(); }));
        QCOMPARE(store.conversations().get(conversationId).value.lastHarnessId, harnessId);
        const QString question = web.send(conversationId, u"Where is the best nata?"_s);
        QVERIFY(desktop->waitFor(&Store::messageAdded, [&] { return store.messages().get(question).ok(); }));
        const QString answer = web.send(conversationId, u"In Belém."_s, u"assistant"_s);
        QVERIFY(desktop->waitFor(&Store::messageAdded, [&] { return store.messages().get(answer).ok(); }));
        QCOMPARE(store.messages().currentBranch(conversationId).value.size(), 2);
        QCOMPARE(store.messages().get(answer).value.role, MessageRole::Assistant);

        // updateTitle, setPinned, harnesses:update, userSettings:update.
        QVERIFY(!web.call(u"conversations:updateTitle"_s,
                          {{u"id"_s, conversationId}, {u"title"_s, u"Lisbon trip"_s}})
                     .isUndefined());
        QVERIFY(desktop->waitFor(&Store::conversationChanged, [&] {
            return store.conversations().get(conversationId).value.title == u"Lisbon trip"_s;
        }));
        QVERIFY(!web.call(u"conversations:setPinned"_s, {{u"id"_s, conversationId}, {u"pinned"_s, true}})
                     .isUndefined());
        QVERIFY(desktop->waitFor(&Store::conversationChanged,
                                 [&] { return store.conversations().get(conversationId).value.pinned; }));
        QVERIFY(!web.call(u"harnesses:update"_s, {{u"id"_s, harnessId}, {u"model"_s, u"gpt-5.5"_s}})
                     .isUndefined());
        QVERIFY(desktop->waitFor(&Store::harnessesChanged, [&] {
            return store.harnesses().get(harnessId).value.model == u"gpt-5.5"_s;
        }));
        QVERIFY(!web.call(u"userSettings:update"_s, {{u"autoSwitchHarness"_s, false}}).isUndefined());
        QVERIFY(desktop->waitFor(&Store::settingsChanged,
                                 [&] { return !store.settings().load().value.autoSwitchHarness; }));

        // Edit on the web (a fork sibling): stored, not listed in the sidebar, as on the web.
        const QString fork =
            web.call(u"conversations:editForkAndSend"_s, {{u"conversationId"_s, conversationId},
                                                          {u"upToMessageCount"_s, 0},
                                                          {u"newContent"_s, u"Where is nata cheap?"_s}})
                .toString();
        QVERIFY(!fork.isEmpty());
        QVERIFY(desktop->waitFor(&Store::conversationsChanged,
                                 [&] { return store.conversations().get(fork).ok(); }));
        QCOMPARE(store.conversations().get(fork).value.editParentId, conversationId);
        QCOMPARE(store.conversations().count().value, 1);

        // Hard deletes: regenerate (messages:removeFrom), conversations:remove, harnesses:remove.
        QVERIFY(!web.call(u"messages:removeFrom"_s, {{u"id"_s, answer}}).isUndefined());
        QVERIFY(
            desktop->waitFor(&Store::messagesRemoved, [&] { return !store.messages().get(answer).ok(); }));
        QVERIFY(store.messages().get(question).ok());
        QVERIFY(!web.call(u"conversations:remove"_s, {{u"id"_s, conversationId}}).isUndefined());
        QVERIFY(desktop->waitFor(&Store::conversationsChanged,
                                 [&] { return !store.conversations().get(conversationId).ok(); }));
        QVERIFY(!store.messages().get(question).ok());
        QVERIFY(!web.call(u"harnesses:remove"_s, {{u"id"_s, harnessId}}).isUndefined());
        QVERIFY(desktop->waitFor(&Store::harnessesChanged,
                                 [&] { return !store.harnesses().get(harnessId).ok(); }));
        QCOMPARE(desktop->count(u"SELECT count(*) FROM outbox"_s), 0); // nothing echoed back
    }

    void desktopWritesAreReturnedByTheWebsQueriesInItsShapes()
    {
        const QString user = u"desktop-writes"_s;
        WebApp web{m_peers, user};
        SyncProfile desktop(m_peers.deploymentUrl());
        desktop.signIn(m_peers.token(user));
        QVERIFY(desktop.settle());
        StoredMcpServer stdio;
        stdio.config.name = u"files"_s;
        stdio.config.command = u"mcp-files"_s;
        QVERIFY(!desktop.store().mcpServers().create(stdio));
        StoredMcpServer search;
        search.config.name = u"search"_s;
        search.config.transport = McpServerConfig::Transport::Http;
        search.config.url = QUrl(u"https://mcp.example/search"_s);
        search.config.auth = McpServerConfig::AuthKind::Bearer;
        QVERIFY(!desktop.store().mcpServers().create(search));
        Harness h;
        h.name = u"Desktop researcher"_s;
        h.model = u"claude-opus-4.7-thinking"_s;
        h.status = HarnessStatus::Started;
        h.systemPrompt = u"Answer briefly."_s;
        h.skills = {Skill(u"cite"_s, u"Cites its sources"_s)};
        h.mcpServerIds = {stdio.id, search.id};
        QVERIFY(!desktop.store().harnesses().create(h));
        auto c = desktop.temp.addConversation(u"Nata"_s);
        QVERIFY(!desktop.store().conversations().setLastHarness(c.id, h.id));
        QVERIFY(!desktop.store().conversations().setPinned(c.id, true));
        desktop.temp.addMessage(c.id, MessageRole::User, u"Where is the best nata?"_s);
        Message answer = assistantAnswer(c.id);
        QVERIFY(!desktop.store().messages().append(answer));
        UserSettings settings = desktop.store().settings().load().value;
        settings.autoSwitchHarness = false;
        QVERIFY(!desktop.store().settings().save(settings));
        QVERIFY(desktop.settle());

        const QString harnessWebId = desktop.store().harnesses().get(h.id).value.remoteId;
        const QJsonObject webHarness = web.byId(web.harnesses(), harnessWebId);
        QCOMPARE(webHarness.value(u"name"_s).toString(), h.name);
        QCOMPARE(webHarness.value(u"model"_s).toString(), u"claude-opus-4.7-thinking"_s);
        QCOMPARE(webHarness.value(u"systemPrompt"_s).toString(), h.systemPrompt);
        QCOMPARE(
            webHarness.value(u"skills"_s).toArray(),
            (QJsonArray{QJsonObject{{u"name"_s, u"cite"_s}, {u"description"_s, u"Cites its sources"_s}}}));
        // The stdio server stays on this device.
        QCOMPARE(webHarness.value(u"mcpServers"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"name"_s, u"search"_s},
                                         {u"url"_s, u"https://mcp.example/search"_s},
                                         {u"authType"_s, u"bearer"_s}}}));

        const QString conversationWebId = desktop.store().conversations().get(c.id).value.remoteId;
        const QJsonObject webConversation = web.byId(web.conversations(), conversationWebId);
        QCOMPARE(webConversation.value(u"title"_s).toString(), u"Nata"_s);
        QCOMPARE(webConversation.value(u"lastHarnessId"_s).toString(), harnessWebId);
        QVERIFY(webConversation.value(u"pinnedAt"_s).isDouble());
        QVERIFY(!webConversation.value(u"workspaceId"_s).toString().isEmpty()); // the Default workspace

        const QJsonArray messages = web.messages(conversationWebId);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"user"_s);
        const QJsonObject saved = messages.at(1).toObject();
        // As the web's backend saves an assistant message.
        QCOMPARE(saved.value(u"content"_s).toString(), answer.content);
        QCOMPARE(saved.value(u"model"_s).toString(), u"anthropic/claude-sonnet-4.6"_s);
        QCOMPARE(saved.value(u"reasoning"_s).toString(), u"Compare bakeries."_s);
        QCOMPARE(saved.value(u"usage"_s).toObject(), (QJsonObject{{u"promptTokens"_s, 120},
                                                                  {u"completionTokens"_s, 40},
                                                                  {u"totalTokens"_s, 160},
                                                                  {u"cost"_s, 0.0012}}));
        const QJsonArray parts = saved.value(u"parts"_s).toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(1).toObject().value(u"type"_s).toString(), u"text"_s);
        const QJsonObject call = parts.at(2).toObject();
        QCOMPARE(call.value(u"tool"_s).toString(), u"search__web"_s);
        QCOMPARE(call.value(u"call_id"_s).toString(), u"call-1"_s);
        QCOMPARE(call.value(u"arguments"_s).toObject().value(u"q"_s).toString(), u"nata"_s);
        QCOMPARE(call.value(u"result"_s).toString(), u"Manteigaria, Pastéis de Belém"_s);
        QCOMPARE(saved.value(u"toolCalls"_s).toArray().size(), 1);
        QVERIFY(!saved.contains(u"interrupted"_s));

        const QJsonObject webSettings = web.read(u"userSettings:get"_s).toObject();
        QCOMPARE(webSettings.value(u"autoSwitchHarness"_s).toBool(true), false);
        QCOMPARE(webSettings.value(u"displayMode"_s).toString(), u"standard"_s);
    }

    void fieldsTheDesktopDoesNotKnowSurviveItsEdits()
    {
        const QString user = u"unknown-fields"_s;
        WebApp web{m_peers, user};
        const QString harnessId = web.createHarness(
            u"Agentic"_s,
            QJsonArray{QJsonObject{{u"name"_s, u"Docs"_s},
                                   {u"url"_s, u"https://mcp.example/docs"_s},
                                   {u"authType"_s, u"bearer"_s},
                                   {u"authToken"_s, u"keep-me"_s}},
                       QJsonObject{{u"name"_s, u"Campus"_s},
                                   {u"url"_s, u"https://tiger.example"_s},
                                   {u"authType"_s, u"tiger_junction"_s}}},
            {{u"agent"_s, u"claude-code"_s}, {u"agentMode"_s, u"plan"_s}, {u"reasoningEffort"_s, u"high"_s}});
        QVERIFY(!harnessId.isEmpty());
        QVERIFY(!web.call(u"userSettings:update"_s, {{u"displayMode"_s, u"zen"_s}, {u"rewindSeams"_s, false}})
                     .isUndefined());
        SyncProfile desktop(m_peers.deploymentUrl());
        desktop.signIn(m_peers.token(user));
        QVERIFY(desktop.settle());

        Harness h = desktop.store().harnesses().get(harnessId).value;
        h.name = u"Agentic (renamed on the desktop)"_s;
        QVERIFY(!desktop.store().harnesses().update(h));
        UserSettings settings = desktop.store().settings().load().value;
        settings.autoSwitchHarness = false;
        QVERIFY(!desktop.store().settings().save(settings));
        QVERIFY(desktop.settle());

        const QJsonObject after = web.byId(web.harnesses(), harnessId);
        QCOMPARE(after.value(u"name"_s).toString(), h.name);
        QCOMPARE(after.value(u"agent"_s).toString(), u"claude-code"_s);
        QCOMPARE(after.value(u"agentMode"_s).toString(), u"plan"_s);
        QCOMPARE(after.value(u"reasoningEffort"_s).toString(), u"high"_s);
        const QJsonArray servers = after.value(u"mcpServers"_s).toArray();
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).toObject().value(u"authToken"_s).toString(), u"keep-me"_s);
        QCOMPARE(servers.at(1).toObject().value(u"authType"_s).toString(), u"tiger_junction"_s);
        const QJsonObject webSettings = web.read(u"userSettings:get"_s).toObject();
        QCOMPARE(webSettings.value(u"autoSwitchHarness"_s).toBool(true), false);
        QCOMPARE(webSettings.value(u"displayMode"_s).toString(), u"zen"_s);
        QCOMPARE(webSettings.value(u"rewindSeams"_s).toBool(true), false);

        // Moving a server around on the desktop sends the web's entries back, tokens untouched.
        h = desktop.store().harnesses().get(harnessId).value;
        h.mcpServerIds.clear();
        QVERIFY(!desktop.store().harnesses().update(h));
        QVERIFY(desktop.settle());
        const QJsonArray kept = web.byId(web.harnesses(), harnessId).value(u"mcpServers"_s).toArray();
        QCOMPARE(kept.size(), 1); // the desktop removed Docs; the entry it cannot run stays
        QCOMPARE(kept.at(0).toObject().value(u"url"_s).toString(), u"https://tiger.example"_s);
    }

    void desktopDeletesAreTheWebsHardDeletes()
    {
        const QString user = u"desktop-deletes"_s;
        WebApp web{m_peers, user};
        const QString harnessId = web.createHarness(u"Doomed"_s);
        const QString conversationId = web.createConversation(u"Doomed chat"_s, harnessId);
        const QString first = web.send(conversationId, u"one"_s);
        const QString second = web.send(conversationId, u"two"_s);
        SyncProfile desktop(m_peers.deploymentUrl());
        desktop.signIn(m_peers.token(user));
        QVERIFY(desktop.settle());
        QVERIFY(desktop.exec(u"DELETE FROM messages WHERE id = '%1'"_s.arg(second)));
        QVERIFY(desktop.settle());
        QCOMPARE(web.messages(conversationId).size(), 1);
        QCOMPARE(web.messages(conversationId).at(0).toObject().value(u"_id"_s).toString(), first);
        QVERIFY(!desktop.store().conversations().remove(conversationId));
        QVERIFY(!desktop.store().harnesses().remove(harnessId));
        QVERIFY(desktop.settle());
        QCOMPARE(web.conversations().size(), 0);
        QCOMPARE(web.harnesses().size(), 0);
        QCOMPARE(web.messages(conversationId).size(), 0);
    }

    void aDesktopThatWasOffCatchesUpAtItsNextStart()
    {
        const QString user = u"catch-up"_s;
        WebApp web{m_peers, user};
        const QString harnessId = web.createHarness(u"H"_s);
        const QString kept = web.createConversation(u"Kept"_s, harnessId);
        const QString gone = web.createConversation(u"Gone"_s, harnessId);
        const QString stays = web.send(kept, u"stays"_s);
        const QString removed = web.send(kept, u"removed"_s, u"assistant"_s);
        SyncProfile desktop(m_peers.deploymentUrl());
        desktop.signIn(m_peers.token(user));
        QVERIFY(desktop.settle());
        desktop.engine->stop();
        desktop.engine.reset(); // the app quits

        QVERIFY(!web.call(u"messages:removeFrom"_s, {{u"id"_s, removed}}).isUndefined());
        const QString added = web.send(kept, u"added while away"_s);
        QVERIFY(!web.call(u"conversations:updateTitle"_s, {{u"id"_s, kept}, {u"title"_s, u"Kept, renamed"_s}})
                     .isUndefined());
        QVERIFY(!web.call(u"conversations:remove"_s, {{u"id"_s, gone}}).isUndefined());
        const QString fresh = web.createConversation(u"New while away"_s, harnessId);

        desktop.makeEngine(m_peers.deploymentUrl(), false);
        QSignalSpy asked(desktop.engine.get(), &SyncEngine::localDataDecisionNeeded);
        desktop.engine->start(m_peers.token(user));
        QCOMPARE(asked.count(), 0);
        QVERIFY(desktop.settle());
        Store& store = desktop.store();
        QCOMPARE(store.conversations().get(kept).value.title, u"Kept, renamed"_s);
        QVERIFY(!store.conversations().get(gone).ok());
        QVERIFY(store.conversations().get(fresh).ok());
        QVERIFY(store.messages().get(stays).ok());
        QVERIFY(!store.messages().get(removed).ok());
        QVERIFY(store.messages().get(added).ok());
        QCOMPARE(desktop.text(u"SELECT group_concat(content, '|') FROM (SELECT content FROM messages WHERE "
                              "conversation_id = '%1' ORDER BY seq)"_s.arg(kept)),
                 u"stays|added while away"_s);
    }

    void aWebEditMadeMeanwhileWinsOverAnOfflineDesktopEdit()
    {
        const QString user = u"conflicts"_s;
        WebApp web{m_peers, user};
        const QString harnessId = web.createHarness(u"H"_s);
        const QString conversationId = web.createConversation(u"Original"_s, harnessId);
        SyncProfile desktop(m_peers.deploymentUrl());
        desktop.signIn(m_peers.token(user));
        QVERIFY(desktop.settle());
        desktop.engine->stop(); // the laptop goes offline
        QVERIFY(!desktop.store().conversations().rename(conversationId, u"Desktop title"_s));
        QVERIFY(!desktop.store().conversations().setPinned(conversationId, true));
        QVERIFY(!web.call(u"conversations:updateTitle"_s,
                          {{u"id"_s, conversationId}, {u"title"_s, u"Web title"_s}})
                     .isUndefined());
        desktop.engine->start(m_peers.token(user));
        QVERIFY(desktop.settle());
        // The title the web changed meanwhile wins; the pin nobody else touched goes through.
        const QJsonObject onWeb = web.byId(web.conversations(), conversationId);
        QCOMPARE(onWeb.value(u"title"_s).toString(), u"Web title"_s);
        QVERIFY(onWeb.value(u"pinnedAt"_s).isDouble());
        QCOMPARE(desktop.store().conversations().get(conversationId).value.title, u"Web title"_s);
    }

    void anUnsyncedMessageOfAConversationDeletedOnTheWebStaysWithANote()
    {
        const QString user = u"kept-local"_s;
        WebApp web{m_peers, user};
        const QString harnessId = web.createHarness(u"H"_s);
        const QString conversationId = web.createConversation(u"Deleted on the web"_s, harnessId);
        web.send(conversationId, u"old"_s);
        SyncProfile desktop(m_peers.deploymentUrl());
        desktop.signIn(m_peers.token(user));
        QVERIFY(desktop.settle());
        desktop.engine->stop(); // offline on a plane
        const auto typed = desktop.temp.addMessage(conversationId, MessageRole::User, u"typed on a plane"_s);
        QVERIFY(!web.call(u"conversations:remove"_s, {{u"id"_s, conversationId}}).isUndefined());
        QSignalSpy kept(desktop.engine.get(), &SyncEngine::messagesKeptLocally);
        desktop.engine->start(m_peers.token(user));
        QVERIFY(desktop.settle());
        QCOMPARE(web.conversations().size(), 0); // the delete wins on the web
        const auto message = desktop.store().messages().get(typed.id);
        QVERIFY(message.ok());
        QVERIFY(message.value.error.contains(u"kept on this device only"_s));
        QCOMPARE(kept.count(), 1);
        QCOMPARE(desktop.store().messages().currentBranch(conversationId).value.size(), 1);
    }

private:
    SyncPeers m_peers;
};

QTEST_GUILESS_MAIN(TestSyncWeb)
#include "tst_sync_web.moc"
