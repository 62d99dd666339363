// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The wizard's answers -> a stored harness, against a real Store in a temporary directory:
// drafts at any step, creation, editing, duplication, server names, and secrets that reach the
// keychain (and the engine) but never the database.
#include "core/engine/engine.h"
#include "core/engine/mcp_credential_keeper.h"
#include "core/onboarding/harness_builder.h"
#include "core/onboarding/mcp_server_catalog.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "support/secret_io.h"
#include "support/temp_store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::readSecret;
using harness::test::TempStore;

namespace {

DraftServer fromCatalog(const QString& id, const QHash<QString, QString>& inputs = {})
{
    const auto* entry = McpServerCatalog::builtIn().find(id);
    Q_ASSERT(entry);
    DraftServer server;
    server.catalogId = id;
    server.config = entry->toConfig(inputs, &server.problem);
    if (server.config.name.isEmpty())
        server.config.name = id; // kept by name while incomplete
    return server;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHarnessBuilder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void draftSavedOnTheFirstPage()
    {
        TempStore temp;
        MemorySecretStore secrets;
        HarnessBuilder builder(*temp.store, &secrets);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Research");
        // A catalog server still missing its folder stays in the draft but not in the store.
        draft.servers.append(fromCatalog(QStringLiteral("filesystem")));
        QVERIFY(!draft.servers.first().problem.isEmpty());
        const auto result = builder.saveDraft(draft);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.serversNotSaved.size(), 1);
        const auto stored = temp.store->harnesses().get(result.harnessId);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value.status, HarnessStatus::Draft);
        QCOMPARE(stored.value.name, QStringLiteral("Research"));
        QVERIFY(stored.value.model.isEmpty());
        QVERIFY(stored.value.mcpServerIds.isEmpty());
        QCOMPARE(draft.servers.size(), 1); // nothing the user chose is lost
        QCOMPARE(temp.store->mcpServers().list().value.size(), 0);

        // Saving again updates the same draft; an empty name gets a placeholder name.
        draft.harness.name.clear();
        QVERIFY(builder.saveDraft(draft).ok());
        QCOMPARE(temp.store->harnesses().count().value, 1);
        QCOMPARE(temp.store->harnesses().get(result.harnessId).value.name,
                 QStringLiteral("Untitled harness"));
    }

    void createsHarnessWithServersAndSecrets()
    {
        TempStore temp;
        MemorySecretStore secrets;
        HarnessBuilder builder(*temp.store, &secrets);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Coder");
        draft.harness.model = QStringLiteral("anthropic/claude-sonnet-4");
        draft.harness.systemPrompt = QStringLiteral("Be brief.");
        draft.harness.skills = QStringList{QStringLiteral("Writes tests first")};
        draft.servers.append(
            fromCatalog(QStringLiteral("filesystem"), {{QStringLiteral("folder"), temp.dir.path()}}));
        auto github = fromCatalog(QStringLiteral("github"));
        github.bearerToken = QStringLiteral("ghp_secret_token_1234");
        draft.servers.append(github);
        auto brave = fromCatalog(QStringLiteral("brave-search"));
        brave.envSecrets.insert(QStringLiteral("BRAVE_API_KEY"), QStringLiteral("BSA_secret_key_5678"));
        draft.servers.append(brave);
        DraftServer custom;
        custom.config.name = QStringLiteral("intranet");
        custom.config.transport = McpServerConfig::Transport::Http;
        custom.config.url = QUrl(QStringLiteral("http://127.0.0.1:9/mcp"));
        draft.servers.append(custom);

        QSignalSpy secretsSaved(&builder, &HarnessBuilder::secretsSaved);
        const auto result = builder.save(draft, HarnessStatus::Started);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.serversNotSaved.isEmpty());
        QVERIFY(secretsSaved.wait(5000));
        QCOMPARE(secretsSaved.first().first().toStringList(), QStringList());

        const auto stored = temp.store->harnesses().get(result.harnessId).value;
        QCOMPARE(stored.status, HarnessStatus::Started);
        QCOMPARE(stored.systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(stored.skills, QStringList{QStringLiteral("Writes tests first")});
        QCOMPARE(stored.mcpServerIds.size(), 4);
        QStringList names;
        for (const auto& id : stored.mcpServerIds)
            names.append(temp.store->mcpServers().get(id).value.config.name);
        QCOMPARE(names, (QStringList{QStringLiteral("filesystem"), QStringLiteral("github"),
                                     QStringLiteral("brave-search"), QStringLiteral("intranet")}));
        const auto githubRow = temp.store->mcpServers().findByName(QStringLiteral("github")).value;
        const auto braveRow = temp.store->mcpServers().findByName(QStringLiteral("brave-search")).value;
        QCOMPARE(readSecret(secrets, githubRow.secretKey()).value, QStringLiteral("ghp_secret_token_1234"));
        const auto env = readSecret(secrets, braveRow.envSecretKey());
        QVERIFY(env.ok());
        QCOMPARE(QJsonDocument::fromJson(env.value.toUtf8())
                     .object()
                     .value(QLatin1String("BRAVE_API_KEY"))
                     .toString(),
                 QStringLiteral("BSA_secret_key_5678"));
        QVERIFY(!braveRow.config.env.contains(QStringLiteral("BRAVE_API_KEY")));
        // The typed secrets left the draft, and never reached the database file.
        QVERIFY(draft.servers.at(1).bearerToken.isEmpty());
        QVERIFY(draft.servers.at(2).envSecrets.isEmpty());
        temp.store->database().close();
        const QByteArray db = fileBytes(temp.path()) + fileBytes(temp.path() + QStringLiteral("-wal"));
        QVERIFY(!db.isEmpty());
        QVERIFY(!db.contains("ghp_secret_token_1234"));
        QVERIFY(!db.contains("BSA_secret_key_5678"));
    }

    void theEngineHandsSecretEnvironmentToTheServer()
    {
        TempStore temp;
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        HarnessBuilder builder(*temp.store, &secrets);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Search");
        draft.harness.model = QStringLiteral("openai/gpt-4o");
        auto brave = fromCatalog(QStringLiteral("brave-search"));
        brave.envSecrets.insert(QStringLiteral("BRAVE_API_KEY"), QStringLiteral("BSA_key"));
        draft.servers.append(brave);
        QSignalSpy secretsSaved(&builder, &HarnessBuilder::secretsSaved);
        QVERIFY(builder.save(draft, HarnessStatus::Started).ok());
        QVERIFY(secretsSaved.wait(5000));
        engine.reloadMcpServers();
        const auto envOf = [&engine] {
            for (const auto& config : engine.mcp().servers())
                if (config.name == QLatin1String("brave-search"))
                    return config.env.value(QStringLiteral("BRAVE_API_KEY"));
            return QString();
        };
        QTRY_COMPARE(envOf(), QStringLiteral("BSA_key"));
    }

    void creationNeedsAModelAndCompleteServers()
    {
        TempStore temp;
        HarnessBuilder builder(*temp.store, nullptr);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Half");
        auto result = builder.save(draft, HarnessStatus::Started);
        QVERIFY(result.error.contains(QLatin1String("model")));
        draft.harness.model = QStringLiteral("openai/gpt-4o");
        draft.servers.append(fromCatalog(QStringLiteral("git")));
        result = builder.save(draft, HarnessStatus::Started);
        QVERIFY2(result.error.contains(QLatin1String("Repository folder")), qPrintable(result.error));
        QCOMPARE(temp.store->harnesses().count().value, 0);
        QCOMPARE(temp.store->mcpServers().list().value.size(), 0);
        QVERIFY(draft.harness.id.isEmpty());
    }

    void draftThenCreateKeepsOneHarness()
    {
        TempStore temp;
        HarnessBuilder builder(*temp.store, nullptr);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Step by step");
        QVERIFY(builder.saveDraft(draft).ok());
        draft.harness.model = QStringLiteral("openai/gpt-4o");
        draft.servers.append(fromCatalog(QStringLiteral("memory")));
        QVERIFY(builder.saveDraft(draft).ok());
        QCOMPARE(temp.store->mcpServers().list().value.size(), 1);
        const auto result = builder.save(draft, HarnessStatus::Started);
        QVERIFY(result.ok());
        QCOMPARE(temp.store->harnesses().count().value, 1);
        QCOMPARE(temp.store->mcpServers().list().value.size(), 1); // the draft's row, reused
        QCOMPARE(temp.store->harnesses().get(result.harnessId).value.status, HarnessStatus::Started);
    }

    void editingLoadsTheHarnessBack()
    {
        TempStore temp;
        HarnessBuilder builder(*temp.store, nullptr);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Editor");
        draft.harness.model = QStringLiteral("openai/gpt-4o");
        draft.servers.append(fromCatalog(QStringLiteral("memory")));
        draft.servers.append(fromCatalog(QStringLiteral("time")));
        const auto created = builder.save(draft, HarnessStatus::Stopped);
        QVERIFY(created.ok());

        auto loaded = HarnessDraft::load(*temp.store, created.harnessId);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value.harness.name, QStringLiteral("Editor"));
        QCOMPARE(loaded.value.servers.size(), 2);
        QCOMPARE(loaded.value.servers.at(1).config.name, QStringLiteral("time"));
        QVERIFY(!loaded.value.servers.at(1).storedId.isEmpty());

        loaded.value.harness.model = QStringLiteral("anthropic/claude-sonnet-4");
        loaded.value.servers.removeFirst();
        loaded.value.servers.first().config.args.append(QStringLiteral("--local-timezone=Europe/Lisbon"));
        QVERIFY(builder.save(loaded.value, loaded.value.harness.status).ok());
        const auto stored = temp.store->harnesses().get(created.harnessId).value;
        QCOMPARE(stored.model, QStringLiteral("anthropic/claude-sonnet-4"));
        QCOMPARE(stored.status, HarnessStatus::Stopped);
        QCOMPARE(stored.mcpServerIds.size(), 1);
        QCOMPARE(temp.store->mcpServers().get(stored.mcpServerIds.first()).value.config.args.last(),
                 QStringLiteral("--local-timezone=Europe/Lisbon"));
        QCOMPARE(temp.store->harnesses().count().value, 1);
        QVERIFY(!HarnessDraft::load(*temp.store, QStringLiteral("no-such-id")).ok());
    }

    void serverNamesStayUnique()
    {
        TempStore temp;
        StoredMcpServer mine;
        mine.config.name = QStringLiteral("filesystem");
        mine.config.command = QStringLiteral("my-own-fs");
        QVERIFY(!temp.store->mcpServers().create(mine));
        HarnessBuilder builder(*temp.store, nullptr);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Files");
        draft.harness.model = QStringLiteral("m");
        draft.servers.append(
            fromCatalog(QStringLiteral("filesystem"), {{QStringLiteral("folder"), QStringLiteral("/tmp")}}));
        QVERIFY(builder.save(draft, HarnessStatus::Started).ok());
        QCOMPARE(draft.servers.first().config.name, QStringLiteral("filesystem-2"));
        QCOMPARE(temp.store->mcpServers().get(mine.id).value.config.command, QStringLiteral("my-own-fs"));
    }

    void secretEnvironmentIsMergedNotReplaced()
    {
        TempStore temp;
        MemorySecretStore secrets;
        HarnessBuilder builder(*temp.store, &secrets);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Keys");
        draft.harness.model = QStringLiteral("m");
        DraftServer server;
        server.config.name = QStringLiteral("keys");
        server.config.command = QStringLiteral("keys-server");
        server.envSecrets = {{QStringLiteral("A"), QStringLiteral("1")},
                             {QStringLiteral("B"), QStringLiteral("2")}};
        draft.servers.append(server);
        QSignalSpy saved(&builder, &HarnessBuilder::secretsSaved);
        QVERIFY(builder.save(draft, HarnessStatus::Started).ok());
        QVERIFY(saved.wait(5000));
        draft.servers.first().envSecrets = {{QStringLiteral("B"), QStringLiteral("3")}};
        QVERIFY(builder.save(draft, HarnessStatus::Started).ok());
        QVERIFY(saved.wait(5000));
        StoredMcpServer row;
        row.id = draft.servers.first().storedId;
        const auto env =
            QJsonDocument::fromJson(readSecret(secrets, row.envSecretKey()).value.toUtf8()).object();
        QCOMPARE(env.value(QLatin1String("A")).toString(), QStringLiteral("1"));
        QCOMPARE(env.value(QLatin1String("B")).toString(), QStringLiteral("3"));
    }

    void secretsWithoutAKeychainAreReported()
    {
        TempStore temp;
        HarnessBuilder builder(*temp.store, nullptr);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("No keychain");
        draft.harness.model = QStringLiteral("m");
        auto github = fromCatalog(QStringLiteral("github"));
        github.bearerToken = QStringLiteral("t");
        draft.servers.append(github);
        QSignalSpy saved(&builder, &HarnessBuilder::secretsSaved);
        QVERIFY(builder.save(draft, HarnessStatus::Started).ok());
        QVERIFY(saved.wait(5000));
        const auto errors = saved.first().first().toStringList();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QLatin1String("github")));
    }

    void aWizardSignInIsKeptWhereTheEngineLooks()
    {
        TempStore temp;
        MemorySecretStore secrets;
        HarnessBuilder builder(*temp.store, &secrets);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Issues");
        draft.harness.model = QStringLiteral("m");
        DraftServer linear = fromCatalog(QStringLiteral("linear"));
        McpOAuthTokens tokens;
        tokens.accessToken = QStringLiteral("at-123");
        tokens.refreshToken = QStringLiteral("rt-456");
        McpOAuthClient client;
        client.clientId = QStringLiteral("client-1");
        linear.oauthCredentials = McpCredentialKeeper::encode(tokens, client);
        draft.servers.append(linear);
        QSignalSpy saved(&builder, &HarnessBuilder::secretsSaved);
        QVERIFY(builder.save(draft, HarnessStatus::Started).ok());
        QVERIFY(saved.wait(5000));
        QVERIFY(saved.first().first().toStringList().isEmpty());
        const auto stored =
            readSecret(secrets, McpCredentialKeeper::oauthKey(draft.servers.first().storedId));
        QVERIFY(stored.ok());
        McpOAuthTokens back;
        McpOAuthClient backClient;
        QVERIFY(McpCredentialKeeper::decode(stored.value, &back, &backClient));
        QCOMPARE(back.accessToken, QStringLiteral("at-123"));
        QCOMPARE(back.refreshToken, QStringLiteral("rt-456"));
        QCOMPARE(backClient.clientId, QStringLiteral("client-1"));
        QVERIFY(draft.servers.first().oauthCredentials.isEmpty());
    }

    void duplicateCopiesNameAndServers()
    {
        TempStore temp;
        HarnessBuilder builder(*temp.store, nullptr);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Original");
        draft.harness.model = QStringLiteral("openai/gpt-4o");
        draft.harness.systemPrompt = QStringLiteral("Prompt");
        draft.servers.append(fromCatalog(QStringLiteral("memory")));
        draft.servers.append(fromCatalog(QStringLiteral("time")));
        const auto created = builder.save(draft, HarnessStatus::Started);
        QVERIFY(created.ok());
        const auto copy = HarnessBuilder::duplicate(*temp.store, created.harnessId);
        QVERIFY(copy.ok());
        QCOMPARE(copy.value.name, QStringLiteral("Original (copy)"));
        QVERIFY(copy.value.id != created.harnessId);
        const auto stored = temp.store->harnesses().get(copy.value.id).value;
        QCOMPARE(stored.mcpServerIds, temp.store->harnesses().get(created.harnessId).value.mcpServerIds);
        QCOMPARE(stored.systemPrompt, QStringLiteral("Prompt"));
        QCOMPARE(stored.status, HarnessStatus::Stopped);
        QCOMPARE(HarnessBuilder::duplicate(*temp.store, created.harnessId).value.name,
                 QStringLiteral("Original (copy 2)"));
        QCOMPARE(temp.store->harnesses().count().value, 3);
        QCOMPARE(temp.store->mcpServers().list().value.size(), 2); // servers are shared, not copied
        QVERIFY(!HarnessBuilder::duplicate(*temp.store, QStringLiteral("missing")).ok());
    }
};

QTEST_GUILESS_MAIN(TestHarnessBuilder)
#include "tst_harness_builder.moc"
