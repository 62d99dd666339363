// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Export of all data as JSON and import into another profile: a faithful round trip, a merge by id
// that never duplicates, newer copies win, no secret leaves, bad files change nothing.
#include "core/setup/data_portability.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/message_repository.h"
#include "core/store/provider_repository.h"
#include "core/store/settings_repository.h"
#include "support/temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

class TestDataPortability final : public QObject {
    Q_OBJECT

    struct Fixture {
        Provider provider;
        StoredMcpServer server;
        Harness harness;
        Conversation conversation;
        Message question;
        Message answer;
    };

    static Fixture populate(Store& store)
    {
        Fixture f;
        f.provider.name = QStringLiteral("Local");
        f.provider.kind = Provider::Kind::OpenAiCompatible;
        f.provider.baseUrl = QStringLiteral("http://127.0.0.1:11434/v1");
        f.provider.headers = {{QStringLiteral("X-Team"), QStringLiteral("blue")}};
        if (store.providers().create(f.provider))
            qFatal("provider");
        f.server.config.name = QStringLiteral("files");
        f.server.config.command = QStringLiteral("npx");
        f.server.config.args = {QStringLiteral("-y"),
                                QStringLiteral("@modelcontextprotocol/server-filesystem"),
                                QStringLiteral("/tmp")};
        f.server.config.env = {{QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")},
                               {QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_canary_secret")}};
        if (store.mcpServers().create(f.server))
            qFatal("server");
        f.harness.name = QStringLiteral("Coder");
        f.harness.model = QStringLiteral("qwen2.5-coder:7b");
        f.harness.status = HarnessStatus::Started;
        f.harness.systemPrompt = QStringLiteral("Be brief. Ünïcode ✓");
        f.harness.skills = {QStringLiteral("review")};
        f.harness.suggestedPrompts = {QStringLiteral("Explain this repo")};
        f.harness.mcpServerIds = {f.server.id};
        f.harness.providerId = f.provider.id;
        if (store.harnesses().create(f.harness))
            qFatal("harness");
        f.conversation.title = QStringLiteral("Refactor plan");
        f.conversation.lastHarnessId = f.harness.id;
        f.conversation.pinned = true;
        if (store.conversations().create(f.conversation))
            qFatal("conversation");
        f.question.conversationId = f.conversation.id;
        f.question.role = MessageRole::User;
        f.question.content = QStringLiteral("List the files");
        if (store.messages().append(f.question))
            qFatal("question");
        f.answer.conversationId = f.conversation.id;
        f.answer.role = MessageRole::Assistant;
        f.answer.content = QStringLiteral("There are **two** files.");
        f.answer.model = f.harness.model;
        ToolCallPart call;
        call.callId = QStringLiteral("call_1");
        call.name = QStringLiteral("files__list");
        call.arguments = QStringLiteral("{\"path\":\"/tmp\"}");
        UsagePart usage;
        usage.promptTokens = 12;
        usage.completionTokens = 7;
        f.answer.parts = {ReasoningPart{QStringLiteral("Look first"), std::nullopt}, call, usage};
        if (store.messages().append(f.answer))
            qFatal("answer");
        UserSettings s;
        s.autoSwitchHarness = false;
        s.defaultHarnessId = f.harness.id;
        s.theme = UserSettings::Theme::Dark;
        s.language = QStringLiteral("de");
        s.showUsage = false;
        s.streamStallTimeoutSeconds = 90;
        if (store.settings().save(s))
            qFatal("settings");
        return f;
    }

private Q_SLOTS:
    void roundTripIntoAnEmptyProfile()
    {
        TempStore source;
        const Fixture f = populate(*source.store);
        PortabilityReport exported;
        const QByteArray json = DataPortability::exportJson(*source.store, &exported);
        QVERIFY(exported.ok());
        QCOMPARE(exported.harnesses.added, 1);
        QCOMPARE(exported.messages.added, 2);
        QCOMPARE(exported.secretsLeftOut, 1);
        QVERIFY(!json.contains("ghp_canary_secret"));
        QVERIFY(json.contains("LOG_LEVEL"));

        TempStore target;
        const auto report = DataPortability::importJson(*target.store, json);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.providers.added, 1);
        QCOMPARE(report.mcpServers.added, 1);
        QCOMPARE(report.harnesses.added, 1);
        QCOMPARE(report.conversations.added, 1);
        QCOMPARE(report.messages.added, 2);
        QVERIFY(report.settingsApplied);
        QVERIFY(report.summary().contains(QLatin1String("Added 1 harness")));

        auto& t = *target.store;
        const auto provider = t.providers().get(f.provider.id);
        QVERIFY(provider.ok());
        QCOMPARE(provider.value.baseUrl, f.provider.baseUrl);
        QCOMPARE(provider.value.headers, f.provider.headers);
        const auto server = t.mcpServers().get(f.server.id);
        QVERIFY(server.ok());
        QCOMPARE(server.value.config.args, f.server.config.args);
        QCOMPARE(server.value.config.env.value(QStringLiteral("LOG_LEVEL")), QStringLiteral("debug"));
        QVERIFY(!server.value.config.env.contains(QStringLiteral("GITHUB_TOKEN")));
        const auto harness = t.harnesses().get(f.harness.id);
        QVERIFY(harness.ok());
        QCOMPARE(harness.value.name, f.harness.name);
        QCOMPARE(harness.value.systemPrompt, f.harness.systemPrompt);
        QCOMPARE(harness.value.status, HarnessStatus::Started);
        QCOMPARE(harness.value.skills, f.harness.skills);
        QCOMPARE(harness.value.suggestedPrompts, f.harness.suggestedPrompts);
        QCOMPARE(harness.value.mcpServerIds, QStringList{f.server.id});
        QCOMPARE(harness.value.providerId, f.provider.id);
        const auto conversation = t.conversations().get(f.conversation.id);
        QVERIFY(conversation.ok());
        QCOMPARE(conversation.value.title, f.conversation.title);
        QVERIFY(conversation.value.pinned);
        QCOMPARE(conversation.value.lastHarnessId, f.harness.id);
        const auto messages = t.messages().page(f.conversation.id, 0, 100);
        QCOMPARE(messages.value.size(), 2);
        QCOMPARE(messages.value.at(0).id, f.question.id);
        QCOMPARE(messages.value.at(1).id, f.answer.id);
        QCOMPARE(messages.value.at(1).content, f.answer.content);
        QCOMPARE(messages.value.at(1).parts, f.answer.parts);
        QCOMPARE(messages.value.at(1).model, f.answer.model);
        const auto settings = t.settings().load().value;
        QCOMPARE(settings.autoSwitchHarness, false);
        QCOMPARE(settings.defaultHarnessId, f.harness.id);
        QCOMPARE(settings.theme, UserSettings::Theme::Dark);
        QCOMPARE(settings.language, QStringLiteral("de"));
        QCOMPARE(settings.showUsage, false);
        QCOMPARE(settings.streamStallTimeoutSeconds, 90);

        // A second export of the imported profile holds the same messages (updatedAt is the import's).
        const auto messagesOf = [](const QByteArray& file) {
            auto array = QJsonDocument::fromJson(file)
                             .object()
                             .value(QStringLiteral("conversations"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("messages"))
                             .toArray();
            for (auto it = array.begin(); it != array.end(); ++it) {
                auto o = it->toObject();
                o.remove(QStringLiteral("updatedAt"));
                *it = o;
            }
            return array;
        };
        QCOMPARE(messagesOf(DataPortability::exportJson(t)), messagesOf(json));
    }

    void earlierVersionsOfEditedMessagesTravel()
    {
        TempStore source;
        const Fixture f = populate(*source.store);
        Message edited;
        edited.conversationId = f.conversation.id;
        edited.role = MessageRole::User;
        edited.content = QStringLiteral("List the files, sorted");
        QVERIFY(!source.store->messages().appendReplacing(f.question.id, edited));
        QCOMPARE(source.store->messages().count(f.conversation.id).value, 1);
        TempStore target;
        const auto report =
            DataPortability::importJson(*target.store, DataPortability::exportJson(*source.store));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.messages.added, 3);
        auto& t = *target.store;
        QCOMPARE(t.messages().count(f.conversation.id).value, 1);
        QCOMPARE(t.messages().page(f.conversation.id, 0, 10).value.at(0).content, edited.content);
        const auto earlier = t.messages().supersededBy(edited.id);
        QCOMPARE(earlier.value.size(), 2);
        QCOMPARE(earlier.value.at(0).id, f.question.id);
        QCOMPARE(earlier.value.at(1).id, f.answer.id);
    }

    void anEditMadeSinceTheLastImportHidesTheOldBranchHere()
    {
        TempStore source;
        const Fixture f = populate(*source.store);
        TempStore target;
        QVERIFY(DataPortability::importJson(*target.store, DataPortability::exportJson(*source.store)).ok());
        QCOMPARE(target.store->messages().count(f.conversation.id).value, 2);

        QTest::qWait(2); // the edit is newer than the copies already on the target
        Message edited;
        edited.conversationId = f.conversation.id;
        edited.role = MessageRole::User;
        edited.content = QStringLiteral("List the files, sorted");
        QVERIFY(!source.store->messages().appendReplacing(f.question.id, edited));
        const auto report =
            DataPortability::importJson(*target.store, DataPortability::exportJson(*source.store));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.messages.added, 1);
        QCOMPARE(report.messages.updated, 2);
        auto& t = *target.store;
        const auto shown = t.messages().page(f.conversation.id, 0, 10).value;
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).id, edited.id);
        QCOMPARE(t.messages().supersededBy(edited.id).value.size(), 2);
        QCOMPARE(t.messages().get(f.answer.id).value.supersededBy, edited.id);
    }

    void importingTwiceDuplicatesNothing()
    {
        TempStore source;
        populate(*source.store);
        const QByteArray json = DataPortability::exportJson(*source.store);
        TempStore target;
        QVERIFY(DataPortability::importJson(*target.store, json).ok());
        const auto second = DataPortability::importJson(*target.store, json);
        QVERIFY(second.ok());
        QCOMPARE(second.harnesses.added + second.conversations.added + second.messages.added +
                     second.providers.added + second.mcpServers.added,
                 0);
        QCOMPARE(second.harnesses.updated + second.conversations.updated + second.messages.updated, 0);
        QCOMPARE(second.messages.unchanged, 2);
        QVERIFY(second.summary().contains(QLatin1String("already here")));
        QCOMPARE(target.store->harnesses().count().value, 1);
        QCOMPARE(target.store->conversations().count().value, 1);
        QCOMPARE(target.store->providers().list().value.size(), 1);
        QCOMPARE(target.store->mcpServers().list().value.size(), 1);
    }

    void newerCopiesWinAndLocalWorkIsKept()
    {
        TempStore source;
        const Fixture f = populate(*source.store);
        TempStore target;
        QVERIFY(DataPortability::importJson(*target.store, DataPortability::exportJson(*source.store)).ok());
        // Here: a new local conversation. There: the harness renamed and a message added later.
        target.addConversation(QStringLiteral("Only on this device"));
        QTest::qWait(5); // updated_at is in ms
        Harness renamed = source.store->harnesses().get(f.harness.id).value;
        renamed.name = QStringLiteral("Coder 2");
        QVERIFY(!source.store->harnesses().update(renamed));
        source.addMessage(f.conversation.id, MessageRole::User, QStringLiteral("And now?"));

        const auto report =
            DataPortability::importJson(*target.store, DataPortability::exportJson(*source.store));
        QVERIFY(report.ok());
        QCOMPARE(report.harnesses.updated, 1);
        QCOMPARE(report.messages.added, 1);
        QCOMPARE(target.store->harnesses().get(f.harness.id).value.name, QStringLiteral("Coder 2"));
        QCOMPARE(target.store->messages().count(f.conversation.id).value, 3);
        QCOMPARE(target.store->conversations().count().value, 2);

        // An older file does not undo newer local edits.
        Harness local = target.store->harnesses().get(f.harness.id).value;
        QTest::qWait(5);
        local.name = QStringLiteral("Mine");
        QVERIFY(!target.store->harnesses().update(local));
        const auto stale =
            DataPortability::importJson(*target.store, DataPortability::exportJson(*source.store));
        QCOMPARE(stale.harnesses.unchanged, 1);
        QCOMPARE(target.store->harnesses().get(f.harness.id).value.name, QStringLiteral("Mine"));
    }

    void serverWithTheSameNameIsMergedAndItsSecretsKept()
    {
        TempStore source;
        const Fixture f = populate(*source.store);
        TempStore target;
        StoredMcpServer mine;
        mine.config.name = QStringLiteral("files");
        mine.config.command = QStringLiteral("my-files");
        QVERIFY(!target.store->mcpServers().create(mine));
        const auto report =
            DataPortability::importJson(*target.store, DataPortability::exportJson(*source.store));
        QVERIFY(report.ok());
        QCOMPARE(report.mcpServers.added, 0);
        QCOMPARE(target.store->mcpServers().list().value.size(), 1);
        // The harness now uses the server that was already here.
        QCOMPARE(target.store->harnesses().get(f.harness.id).value.mcpServerIds, QStringList{mine.id});
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("other json") << QByteArray("{\"mcpServers\": {}}")
                                    << QStringLiteral("not a Harness Desktop export");
        QTest::newRow("newer format") << QByteArray("{\"format\":\"harness-desktop-export\",\"version\":99}")
                                      << QStringLiteral("newer Harness Desktop");
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        TempStore target;
        const auto report = DataPortability::importJson(*target.store, json);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(messagePart), qPrintable(report.error));
        QVERIFY(report.error.contains(QLatin1String("Nothing was imported")));
        QCOMPARE(target.store->conversations().count().value, 0);
    }

    void duplicateIdsInAFileNeverMakeASecondRow()
    {
        TempStore source;
        const Fixture f = populate(*source.store);
        auto document = QJsonDocument::fromJson(DataPortability::exportJson(*source.store)).object();
        // The same message id twice in one conversation, and again in a second conversation.
        auto conversations = document.value(QStringLiteral("conversations")).toArray();
        auto conversation = conversations.at(0).toObject();
        auto messages = conversation.value(QStringLiteral("messages")).toArray();
        auto broken = messages.at(1).toObject();
        broken.insert(QStringLiteral("id"), messages.at(0).toObject().value(QStringLiteral("id")));
        broken.insert(QStringLiteral("updatedAt"), 0);
        messages.append(broken);
        conversation.insert(QStringLiteral("messages"), messages);
        QJsonObject other = conversation;
        other.insert(QStringLiteral("id"), QStringLiteral("other-conversation"));
        conversations.append(other);
        document.insert(QStringLiteral("conversations"), conversations);
        TempStore target;
        const auto report = DataPortability::importAll(*target.store, document);
        // Duplicate ids in a file are handled as "already here", never as a second row.
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!report.problems.isEmpty());
        QCOMPARE(target.store->messages().count(f.conversation.id).value, 2);
        QCOMPARE(target.store->messages().count(QStringLiteral("other-conversation")).value, 0);
    }
};

QTEST_GUILESS_MAIN(TestDataPortability)
#include "tst_data_portability.moc"
