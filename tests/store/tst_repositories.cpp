// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/message_repository.h"
#include "core/store/provider_repository.h"
#include "core/store/settings_repository.h"
#include "support/temp_store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

class TestRepositories final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void conversation_createGetRenamePinRemove()
    {
        TempStore temp;
        QSignalSpy listChanged(temp.store.get(), &Store::conversationsChanged);
        auto c = temp.addConversation(QStringLiteral("First"), 1000);
        QCOMPARE(listChanged.count(), 1);
        QVERIFY(!c.id.isEmpty());
        QVERIFY(c.createdAt > 0);
        auto got = temp.store->conversations().get(c.id);
        QVERIFY(got.ok());
        QCOMPARE(got.value.title, QStringLiteral("First"));
        QCOMPARE(got.value.lastMessageAt, 1000);

        QVERIFY(!temp.store->conversations().rename(c.id, QStringLiteral("  Renamed  ")));
        QVERIFY(!temp.store->conversations().setPinned(c.id, true));
        got = temp.store->conversations().get(c.id);
        QCOMPARE(got.value.title, QStringLiteral("Renamed"));
        QVERIFY(got.value.pinned);
        QVERIFY(got.value.updatedAt >= got.value.createdAt);

        QCOMPARE(temp.store->conversations().rename(QStringLiteral("nope"), QStringLiteral("x")).kind,
                 StoreError::Kind::NotFound);
        QVERIFY(!temp.store->conversations().remove(c.id));
        QCOMPARE(temp.store->conversations().get(c.id).error.kind, StoreError::Kind::NotFound);
    }

    void conversation_listIsPinnedThenRecentAndSkipsArchived()
    {
        TempStore temp;
        auto old = temp.addConversation(QStringLiteral("old"), 1000);
        auto recent = temp.addConversation(QStringLiteral("recent"), 3000);
        auto pinned = temp.addConversation(QStringLiteral("pinned"), 500, true);
        auto archived = temp.addConversation(QStringLiteral("archived"), 9000);
        QVERIFY(!temp.store->conversations().setArchived(archived.id, true));
        auto list = temp.store->conversations().list(0, 10);
        QVERIFY(list.ok());
        QCOMPARE(list.value.size(), 3);
        QCOMPARE(list.value.at(0).id, pinned.id);
        QCOMPARE(list.value.at(1).id, recent.id);
        QCOMPARE(list.value.at(2).id, old.id);
        QCOMPARE(temp.store->conversations().list(0, 10, true).value.size(), 4);
        QCOMPARE(temp.store->conversations().list(1, 1).value.first().id, recent.id);
        QCOMPARE(temp.store->conversations().count().value, 3);
    }

    void conversation_resolveByUniquePrefix()
    {
        TempStore temp;
        Conversation a;
        a.id = QStringLiteral("abc-111");
        QVERIFY(!temp.store->conversations().create(a));
        Conversation b;
        b.id = QStringLiteral("abd-222");
        QVERIFY(!temp.store->conversations().create(b));
        QCOMPARE(temp.store->conversations().resolve(QStringLiteral("abc")).value.id, a.id);
        QCOMPARE(temp.store->conversations().resolve(QStringLiteral("ab")).error.kind,
                 StoreError::Kind::Invalid);
        QCOMPARE(temp.store->conversations().resolve(QStringLiteral("zz")).error.kind,
                 StoreError::Kind::NotFound);
        QCOMPARE(temp.store->conversations().resolve(QStringLiteral("a%")).error.kind,
                 StoreError::Kind::NotFound);
    }

    void message_appendAssignsSeqAndMovesConversationForward()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("chat"), 1000);
        QSignalSpy added(temp.store.get(), &Store::messageAdded);
        auto m1 = temp.addMessage(c.id, MessageRole::User, QStringLiteral("hello"), 5000);
        auto m2 = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("hi!"), 6000);
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(0).at(0).toString(), c.id);
        QCOMPARE(m1.seq, 1);
        QCOMPARE(m2.seq, 2);
        QCOMPARE(temp.store->conversations().get(c.id).value.lastMessageAt, 6000);
        QCOMPARE(temp.store->messages().count(c.id).value, 2);

        Message orphan;
        orphan.conversationId = QStringLiteral("missing");
        QCOMPARE(temp.store->messages().append(orphan).kind, StoreError::Kind::NotFound);
    }

    void message_partsAndStatusRoundTrip()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("tools"));
        Message m;
        m.conversationId = c.id;
        m.role = MessageRole::Assistant;
        m.status = MessageStatus::Streaming;
        m.model = QStringLiteral("openai/gpt-4o");
        QVERIFY(!temp.store->messages().append(m));
        m.content = QStringLiteral("Let me look that up.");
        m.status = MessageStatus::Complete;
        ToolCallPart call;
        call.callId = QStringLiteral("call_1");
        call.name = QStringLiteral("files__read");
        call.arguments = QStringLiteral("{\"path\":\"/tmp\"}");
        UsagePart usage;
        usage.totalTokens = 42;
        m.parts = {ReasoningPart{QStringLiteral("think"), std::nullopt}, call, usage};
        QSignalSpy changed(temp.store.get(), &Store::messageChanged);
        QVERIFY(!temp.store->messages().update(m));
        QCOMPARE(changed.count(), 1);
        auto got = temp.store->messages().get(m.id);
        QVERIFY(got.ok());
        QCOMPARE(got.value.content, m.content);
        QCOMPARE(got.value.status, MessageStatus::Complete);
        QCOMPARE(got.value.model, m.model);
        QCOMPARE(got.value.parts, m.parts);
    }

    void message_pagesAreOldestFirstAndWalkBackwards()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("long"));
        for (int i = 1; i <= 120; ++i)
            temp.addMessage(c.id, i % 2 ? MessageRole::User : MessageRole::Assistant, QString::number(i));
        auto newest = temp.store->messages().page(c.id, 0, 50);
        QCOMPARE(newest.value.size(), 50);
        QCOMPARE(newest.value.first().content, QStringLiteral("71"));
        QCOMPARE(newest.value.last().content, QStringLiteral("120"));
        auto older = temp.store->messages().page(c.id, newest.value.first().seq, 50);
        QCOMPARE(older.value.first().content, QStringLiteral("21"));
        auto oldest = temp.store->messages().page(c.id, older.value.first().seq, 50);
        QCOMPARE(oldest.value.size(), 20);
        QCOMPARE(oldest.value.first().content, QStringLiteral("1"));
    }

    void message_streamingLeftByACrashBecomesInterruptedWithItsText()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("crash"));
        Message m;
        m.conversationId = c.id;
        m.role = MessageRole::Assistant;
        m.status = MessageStatus::Streaming;
        m.content = QStringLiteral("The answer is");
        QVERIFY(!temp.store->messages().append(m));
        temp.addMessage(c.id, MessageRole::User, QStringLiteral("untouched"));
        // A new process opens the same file.
        temp.store.reset();
        Store reopened(temp.path());
        QVERIFY(!reopened.open());
        auto recovered = reopened.messages().recoverInterrupted();
        QVERIFY(recovered.ok());
        QCOMPARE(recovered.value, 1);
        auto got = reopened.messages().get(m.id);
        QCOMPARE(got.value.status, MessageStatus::Interrupted);
        QCOMPARE(got.value.content, QStringLiteral("The answer is"));
        QVERIFY(!got.value.error.isEmpty());
        QCOMPARE(reopened.messages().recoverInterrupted().value, 0);
    }

    void conversation_removeCascadesToMessages()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("gone"));
        auto m = temp.addMessage(c.id, MessageRole::User, QStringLiteral("bye"));
        QVERIFY(!temp.store->conversations().remove(c.id));
        QCOMPARE(temp.store->messages().get(m.id).error.kind, StoreError::Kind::NotFound);
    }

    void harness_crudWithOrderedServers()
    {
        TempStore temp;
        auto& db = temp.store->database();
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO mcp_servers (id, name, transport, command, created_at, "
                                        "updated_at) VALUES ('s1', 'files', 'stdio', 'npx', 1, 1), "
                                        "('s2', 'web', 'http', '', 1, 1)")));
        Harness h;
        h.name = QStringLiteral("Researcher");
        h.model = QStringLiteral("anthropic/claude-sonnet-4");
        h.status = HarnessStatus::Started;
        h.systemPrompt = QStringLiteral("Be brief.");
        h.skills = {Skill{QStringLiteral("search"), QStringLiteral("Finds sources on the web")},
                    Skill{QStringLiteral("summarise")}};
        h.suggestedPrompts = {QStringLiteral("What's new?")};
        h.mcpServerIds = {QStringLiteral("s2"), QStringLiteral("s1")};
        QVERIFY(!temp.store->harnesses().create(h));
        auto got = temp.store->harnesses().get(h.id);
        QVERIFY(got.ok());
        QCOMPARE(got.value.name, h.name);
        QCOMPARE(got.value.status, HarnessStatus::Started);
        QCOMPARE(got.value.skills, h.skills);
        QCOMPARE(got.value.suggestedPrompts, h.suggestedPrompts);
        QCOMPARE(got.value.mcpServerIds, h.mcpServerIds);
        QCOMPARE(got.value.maxIterations, Harness::DefaultMaxIterations);
        QVERIFY(got.value.providerId.isEmpty());
        QCOMPARE(temp.store->harnesses().findByName(QStringLiteral("researcher")).value.id, h.id);

        h.mcpServerIds = {QStringLiteral("s1")};
        h.status = HarnessStatus::Stopped;
        QVERIFY(!temp.store->harnesses().update(h));
        got = temp.store->harnesses().get(h.id);
        QCOMPARE(got.value.mcpServerIds, QStringList{QStringLiteral("s1")});
        QCOMPARE(got.value.status, HarnessStatus::Stopped);

        h.mcpServerIds = {QStringLiteral("missing")};
        QCOMPARE(temp.store->harnesses().update(h).kind, StoreError::Kind::NotFound);
        QCOMPARE(temp.store->harnesses().get(h.id).value.mcpServerIds, QStringList{QStringLiteral("s1")});

        Harness unnamed;
        QCOMPARE(temp.store->harnesses().create(unnamed).kind, StoreError::Kind::Invalid);

        QVERIFY(!temp.store->harnesses().markUsed(h.id));
        QVERIFY(temp.store->harnesses().get(h.id).value.lastUsedAt > 0);
        QCOMPARE(temp.store->harnesses().list().value.size(), 1);

        // Deleting the harness keeps conversations that used it.
        auto c = temp.addConversation(QStringLiteral("with harness"));
        QVERIFY(!temp.store->conversations().setLastHarness(c.id, h.id));
        QVERIFY(!temp.store->harnesses().remove(h.id));
        QVERIFY(temp.store->conversations().get(c.id).value.lastHarnessId.isEmpty());
    }

    void provider_firstIsDefaultCatalogCachedKeyNeverStored()
    {
        TempStore temp;
        auto& providers = temp.store->providers();
        QCOMPARE(providers.defaultProvider().error.kind, StoreError::Kind::NotFound);
        Provider openRouter;
        openRouter.name = QStringLiteral("OpenRouter");
        openRouter.baseUrl = QStringLiteral("https://openrouter.ai/api/v1");
        QVERIFY(!providers.create(openRouter));
        QVERIFY(openRouter.isDefault);
        Provider ollama;
        ollama.name = QStringLiteral("Ollama");
        ollama.kind = Provider::Kind::OpenAiCompatible;
        ollama.baseUrl = QStringLiteral("http://localhost:11434/v1");
        QVERIFY(!providers.create(ollama));
        QVERIFY(!ollama.isDefault);
        QCOMPARE(providers.defaultProvider().value.id, openRouter.id);
        QVERIFY(!providers.setDefault(ollama.id));
        QCOMPARE(providers.defaultProvider().value.id, ollama.id);
        QCOMPARE(providers.list().value.size(), 2);
        QCOMPARE(providers.findByName(QStringLiteral("ollama")).value.kind, Provider::Kind::OpenAiCompatible);

        Provider bad;
        bad.name = QStringLiteral("bad");
        bad.baseUrl = QStringLiteral("ftp://example.com");
        QCOMPARE(providers.create(bad).kind, StoreError::Kind::Invalid);

        QVERIFY(!providers.saveCatalog(
            openRouter.id,
            {QJsonObject{{QStringLiteral("id"), QStringLiteral("openai/gpt-4o")},
                         {QStringLiteral("contextLength"), 128000}},
             QJsonObject{{QStringLiteral("id"), QStringLiteral("anthropic/claude-sonnet-4")}}}));
        auto catalog = providers.catalog(openRouter.id);
        QCOMPARE(catalog.value.size(), 2);
        QCOMPARE(catalog.value.at(1).value(QStringLiteral("contextLength")).toInt(), 128000);
        QVERIFY(providers.catalogFetchedAt(openRouter.id).value > 0);

        // Removing the default makes the other provider the default; its catalog goes with it.
        QVERIFY(!providers.remove(ollama.id));
        QCOMPARE(providers.defaultProvider().value.id, openRouter.id);
        QVERIFY(providers.defaultProvider().value.isDefault);
        QVERIFY(!providers.remove(openRouter.id));
        QCOMPARE(providers.catalog(openRouter.id).value.size(), 0);
    }

    void mcpServer_roundTripsWithoutSecrets()
    {
        TempStore temp;
        QSignalSpy changed(temp.store.get(), &Store::mcpServersChanged);
        StoredMcpServer files;
        files.config.name = QStringLiteral("files");
        files.config.command = QStringLiteral("npx");
        files.config.args = {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-filesystem"),
                             QStringLiteral("/tmp")};
        files.config.env = {{QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")}};
        QVERIFY(!temp.store->mcpServers().create(files));
        StoredMcpServer web;
        web.config.name = QStringLiteral("web");
        web.config.transport = McpServerConfig::Transport::LegacySse;
        web.config.url = QUrl(QStringLiteral("https://mcp.example.com/sse"));
        web.config.headers = {{QStringLiteral("X-Team"), QStringLiteral("blue")}};
        web.config.auth = McpServerConfig::AuthKind::Bearer;
        QVERIFY(!temp.store->mcpServers().create(web));
        QCOMPARE(changed.count(), 2);
        auto got = temp.store->mcpServers().findByName(QStringLiteral("web"));
        QVERIFY(got.ok());
        QCOMPARE(got.value.config, web.config);
        QCOMPARE(temp.store->mcpServers().get(files.id).value.config, files.config);
        QCOMPARE(got.value.secretKey(), QStringLiteral("mcp/%1/bearer").arg(web.id));

        StoredMcpServer duplicate;
        duplicate.config = files.config;
        QCOMPARE(temp.store->mcpServers().create(duplicate).kind, StoreError::Kind::Invalid);
        StoredMcpServer leaky;
        leaky.config = web.config;
        leaky.config.name = QStringLiteral("leaky");
        leaky.config.headers.insert(QStringLiteral("Authorization"), QStringLiteral("Bearer secret"));
        QCOMPARE(temp.store->mcpServers().create(leaky).kind, StoreError::Kind::Invalid);
        StoredMcpServer empty;
        empty.config.name = QStringLiteral("empty");
        QCOMPARE(temp.store->mcpServers().create(empty).kind, StoreError::Kind::Invalid);

        QCOMPARE(temp.store->mcpServers().list().value.size(), 2);
        QVERIFY(!temp.store->mcpServers().remove(files.id));
        QCOMPARE(temp.store->mcpServers().list().value.size(), 1);
    }

    void settings_defaultsThenPersist()
    {
        TempStore temp;
        auto loaded = temp.store->settings().load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value.autoSwitchHarness); // the web app's default
        QCOMPARE(loaded.value.theme, UserSettings::Theme::System);
        UserSettings s = loaded.value;
        s.autoSwitchHarness = false;
        s.theme = UserSettings::Theme::Dark;
        s.language = QStringLiteral("de");
        QVERIFY(!temp.store->settings().save(s));
        s.streamStallTimeoutSeconds = 1;
        QCOMPARE(temp.store->settings().save(s).kind, StoreError::Kind::Invalid);
        temp.store.reset();
        Store reopened(temp.path());
        QVERIFY(!reopened.open());
        auto again = reopened.settings().load().value;
        QVERIFY(!again.autoSwitchHarness);
        QCOMPARE(again.theme, UserSettings::Theme::Dark);
        QCOMPARE(again.language, QStringLiteral("de"));
        QCOMPARE(again.streamStallTimeoutSeconds, 60);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
