// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The built-in catalog of well-known MCP servers: every entry valid, ids unique, answers turned
// into usable configs, and bad catalog documents rejected entry by entry.
#include "core/onboarding/mcp_server_catalog.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace harness::core;

class TestMcpServerCatalog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtInCatalogIsCompleteAndValid()
    {
        // Parse the compiled-in resource again, collecting problems instead of warnings.
        QFile file(QStringLiteral(":/onboarding/mcp_server_catalog.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList problems;
        const auto catalog = McpServerCatalog::fromJson(file.readAll(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(catalog.entries().size(), McpServerCatalog::builtIn().entries().size());
        QVERIFY(catalog.entries().size() >= 12);
        QSet<QString> ids;
        for (const auto& entry : catalog.entries()) {
            QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
            ids.insert(entry.id);
            QVERIFY(!entry.description.isEmpty());
            QCOMPARE(entry.homepage.scheme(), QStringLiteral("https"));
        }
        for (const char* id : {"filesystem", "memory", "fetch", "git", "github", "everything",
                               "sequential-thinking", "time", "brave-search", "sqlite", "playwright"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        // The kinds of connection the wizard handles are all represented.
        QVERIFY(McpServerCatalog::builtIn().find(QStringLiteral("github"))->auth ==
                McpServerConfig::AuthKind::Bearer);
        QVERIFY(McpServerCatalog::builtIn().find(QStringLiteral("linear"))->auth ==
                McpServerConfig::AuthKind::OAuth);
        QVERIFY(McpServerCatalog::builtIn().find(QStringLiteral("brave-search"))->needsConnection());
        QVERIFY(!McpServerCatalog::builtIn().find(QStringLiteral("memory"))->needsConnection());
        QVERIFY(McpServerCatalog::builtIn().find(QStringLiteral("no-such-server")) == nullptr);
    }

    void filesystemNeedsItsFolder()
    {
        const auto* entry = McpServerCatalog::builtIn().find(QStringLiteral("filesystem"));
        QVERIFY(entry);
        QCOMPARE(entry->inputs.size(), 1);
        QCOMPARE(entry->inputs.first().kind, McpCatalogInput::Kind::Folder);
        QString error;
        auto config = entry->toConfig({}, &error);
        QVERIFY(error.contains(entry->inputs.first().label));
        QVERIFY(config.command.isEmpty());

        config = entry->toConfig({{QStringLiteral("folder"), QStringLiteral("/home/ada/My Notes")}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(config.name, QStringLiteral("filesystem"));
        QCOMPARE(config.transport, McpServerConfig::Transport::Stdio);
        QCOMPARE(config.command, QStringLiteral("npx"));
        // A path with a space stays one argument: there is no shell in between.
        QCOMPARE(config.args,
                 (QStringList{QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-filesystem"),
                              QStringLiteral("/home/ada/My Notes")}));
        QVERIFY(config.validationError().isEmpty());

        config = entry->toConfig({{QStringLiteral("folder"), QStringLiteral("~/projects")}}, &error);
        QCOMPARE(config.args.last(), QDir::homePath() + QStringLiteral("/projects"));
    }

    void remoteEntriesBecomeHttpConfigs()
    {
        QString error;
        const auto github = McpServerCatalog::builtIn().find(QStringLiteral("github"))->toConfig({}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(github.transport, McpServerConfig::Transport::Http);
        QCOMPARE(github.auth, McpServerConfig::AuthKind::Bearer);
        QCOMPARE(github.url.scheme(), QStringLiteral("https"));
        QVERIFY(github.headers.isEmpty()); // the token is a secret: never a header in the config
        const auto* brave = McpServerCatalog::builtIn().find(QStringLiteral("brave-search"));
        QCOMPARE(brave->secrets.size(), 1);
        QCOMPARE(brave->secrets.first().envVar, QStringLiteral("BRAVE_API_KEY"));
        QVERIFY(!brave->toConfig({}, &error).env.contains(QStringLiteral("BRAVE_API_KEY")));
    }

    void badEntriesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("problem");
        const QByteArray base = "\"name\": \"X\", \"description\": \"d\", \"homepage\": \"https://x.org\"";
        QTest::newRow("bad id") << "{\"id\": \"Bad Id\", " + base +
                                       ", \"transport\": \"stdio\", \"command\": \"x\"}"
                                << QStringLiteral("id");
        QTest::newRow("no command") << "{\"id\": \"a\", " + base + ", \"transport\": \"stdio\"}"
                                    << QStringLiteral("command");
        QTest::newRow("http homepage")
            << QByteArray("{\"id\": \"a\", \"name\": \"X\", \"description\": \"d\", "
                          "\"homepage\": \"http://x.org\", \"transport\": \"stdio\", "
                          "\"command\": \"x\"}")
            << QStringLiteral("homepage");
        QTest::newRow("unknown placeholder")
            << "{\"id\": \"a\", " + base +
                   ", \"transport\": \"stdio\", \"command\": \"x\", \"args\": [\"{dir}\"]}"
            << QStringLiteral("placeholders");
        QTest::newRow("unused input") << "{\"id\": \"a\", " + base +
                                             ", \"transport\": \"stdio\", \"command\": \"x\", \"inputs\": "
                                             "[{\"key\": \"dir\", \"label\": \"Dir\"}]}"
                                      << QStringLiteral("placeholders");
        QTest::newRow("bearer without secret")
            << "{\"id\": \"a\", " + base +
                   ", \"transport\": \"http\", \"url\": \"https://x.org/mcp\", \"auth\": \"bearer\"}"
            << QStringLiteral("bearer");
        QTest::newRow("env secret on http") << "{\"id\": \"a\", " + base +
                                                   ", \"transport\": \"http\", \"url\": "
                                                   "\"https://x.org/mcp\", \"secrets\": [{\"kind\": \"env\", "
                                                   "\"env\": \"KEY\", \"label\": \"Key\"}]}"
                                            << QStringLiteral("env secret");
        QTest::newRow("ftp url") << "{\"id\": \"a\", " + base +
                                        ", \"transport\": \"http\", \"url\": \"ftp://x.org\"}"
                                 << QStringLiteral("ftp");
    }

    void badEntriesAreRejected()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, problem);
        const QByteArray good =
            "{\"id\": \"good\", \"name\": \"Good\", \"description\": \"d\", \"homepage\": "
            "\"https://x.org\", \"transport\": \"stdio\", \"command\": \"x\"}";
        QStringList problems;
        const auto catalog =
            McpServerCatalog::fromJson("{\"servers\": [" + good + ", " + entry + "]}", &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        QCOMPARE(catalog.entries().size(), 1); // the good entry survives
        QCOMPARE(catalog.entries().first().id, QStringLiteral("good"));
    }

    void duplicateIdsAndBrokenDocuments()
    {
        const QByteArray entry = "{\"id\": \"a\", \"name\": \"A\", \"description\": \"d\", \"homepage\": "
                                 "\"https://x.org\", \"transport\": \"stdio\", \"command\": \"x\"}";
        QStringList problems;
        auto catalog = McpServerCatalog::fromJson("{\"servers\": [" + entry + ", " + entry + "]}", &problems);
        QCOMPARE(catalog.entries().size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("twice")));
        problems.clear();
        catalog = McpServerCatalog::fromJson("not json", &problems);
        QVERIFY(catalog.entries().isEmpty());
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMcpServerCatalog)
#include "tst_mcp_server_catalog.moc"
