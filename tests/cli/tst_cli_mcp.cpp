// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli mcp policy / export / import, the terminal elicitation form and the terminal
// approval question, against the real server-everything (on a pseudo-terminal where a user types).
#include "core/mcp/mcp_servers_json.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/tool_policy_repository.h"
#include "mcp/mcp_test_peers.h"
#include "support/run_cli.h"
#include "support/scripted_llm_server.h"
#include "support/temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace harness::core;
using harness::test::CliRun;
using harness::test::ScriptedLlmServer;
using harness::test::TempStore;

namespace {

/// harness-cli (harness::test::runCli) on the data folder `dataDir` with the scripted model's key;
/// with `terminalInput` on a pseudo-terminal where that is what the user types.
CliRun runCli(const QStringList& args, const QString& dataDir, const QByteArray& terminalInput = {})
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HARNESS_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("HARNESS_TEST_KEY"), QStringLiteral("sk-test"));
    env.remove(QStringLiteral("OPENROUTER_API_KEY"));
    return harness::test::runCli(args, env, terminalInput);
}

/// What the terminal tests need: server-everything from tests/peers and util-linux `script`.
QString missingTerminalPeers()
{
    const QString peers = McpTestPeers::missing();
    return peers.isEmpty()
               ? harness::test::missingProgram(QStringLiteral("script"), QStringLiteral("bsdutils"))
               : peers;
}

QString everythingBin()
{
    return qEnvironmentVariable("HARNESS_TEST_PEERS") +
           QStringLiteral("/node_modules/.bin/mcp-server-everything");
}

StoredMcpServer saveEverything(Store& store)
{
    StoredMcpServer server;
    server.config.name = QStringLiteral("everything");
    server.config.command = everythingBin();
    server.config.args = {QStringLiteral("stdio")};
    if (store.mcpServers().create(server))
        qFatal("cannot save server");
    return server;
}

} // namespace

class TestCliMcp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(qEnvironmentVariable("HARNESS_CLI")));
    }

    void policySetListUnset()
    {
        TempStore temp;
        const StoredMcpServer server = saveEverything(*temp.store);
        Harness h;
        h.name = QStringLiteral("Coder");
        h.model = QStringLiteral("m");
        QVERIFY(!temp.store->harnesses().create(h));
        const QString dir = temp.dir.path();

        auto run = runCli({QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("list")}, dir);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("No tool policies")));
        run = runCli(
            {QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("never")},
            dir);
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("set"),
                      QStringLiteral("--harness"), QStringLiteral("Coder"), QStringLiteral("--server"),
                      QStringLiteral("everything"), QStringLiteral("--tool"), QStringLiteral("echo"),
                      QStringLiteral("always")},
                     dir);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(temp.store->toolPolicies().resolve(h.id, server.id, QStringLiteral("echo")),
                 std::optional(ToolPolicy::Always));
        QCOMPARE(temp.store->toolPolicies().resolve(h.id, server.id, QStringLiteral("other")),
                 std::optional(ToolPolicy::Never));

        run = runCli({QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("list"),
                      QStringLiteral("--json")},
                     dir);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rules = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(1)[QStringLiteral("harness")].toString(), QStringLiteral("Coder"));
        QCOMPARE(rules.at(1)[QStringLiteral("server")].toString(), QStringLiteral("everything"));
        QCOMPARE(rules.at(1)[QStringLiteral("tool")].toString(), QStringLiteral("echo"));
        QCOMPARE(rules.at(1)[QStringLiteral("policy")].toString(), QStringLiteral("always"));

        // Mistakes say what is wrong.
        run = runCli({QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("set"),
                      QStringLiteral("--server"), QStringLiteral("nope"), QStringLiteral("ask")},
                     dir);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("no saved MCP server named \"nope\"")));
        run = runCli({QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("set"),
                      QStringLiteral("--tool"), QStringLiteral("echo"), QStringLiteral("ask")},
                     dir);
        QCOMPARE(run.exitCode, 2);
        run = runCli(
            {QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("maybe")},
            dir);
        QCOMPARE(run.exitCode, 2);

        run = runCli({QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("unset")}, dir);
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("unset")}, dir);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(temp.store->toolPolicies().list().value.size(), 1);
    }

    void exportWritesNoSecretsAndImportsBack()
    {
        TempStore temp;
        saveEverything(*temp.store);
        StoredMcpServer oauth;
        oauth.config.name = QStringLiteral("remote");
        oauth.config.transport = McpServerConfig::Transport::Http;
        oauth.config.url = QUrl(QStringLiteral("https://mcp.example.com/mcp"));
        oauth.config.headers = {{QStringLiteral("X-Team"), QStringLiteral("blue")}};
        oauth.config.auth = McpServerConfig::AuthKind::OAuth;
        QVERIFY(!temp.store->mcpServers().create(oauth));
        StoredMcpServer bearer;
        bearer.config.name = QStringLiteral("tokened");
        bearer.config.transport = McpServerConfig::Transport::Http;
        bearer.config.url = QUrl(QStringLiteral("http://127.0.0.1:9/mcp"));
        bearer.config.auth = McpServerConfig::AuthKind::Bearer;
        QVERIFY(!temp.store->mcpServers().create(bearer));

        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("servers.json"));
        auto run = runCli({QStringLiteral("mcp"), QStringLiteral("export"), QStringLiteral("--output"), file},
                          temp.dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("\"tokened\": its access token is not exported")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("\"remote\": its OAuth sign-in is not exported")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("\"everything\"")));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray json = written.readAll();
        QVERIFY(!json.contains("Authorization"));
        const auto parsed = McpServersJson::parse(json);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(parsed.servers.size(), 3);

        // stdout without --output, and the same document.
        run = runCli({QStringLiteral("mcp"), QStringLiteral("export")}, temp.dir.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()), QJsonDocument::fromJson(json));

        // Round trip: import into another profile, the same servers come back.
        TempStore other;
        run = runCli({QStringLiteral("mcp"), QStringLiteral("import"), file}, other.dir.path());
        QCOMPARE(run.exitCode, 0);
        const auto imported = other.store->mcpServers().list().value;
        QCOMPARE(imported.size(), 3);
        for (const StoredMcpServer& original : temp.store->mcpServers().list().value) {
            const auto copy = other.store->mcpServers().findByName(original.config.name);
            QVERIFY(copy.ok());
            QCOMPARE(copy.value.config, original.config);
        }
    }

    void elicitationFormOnTheTerminal()
    {
        HARNESS_REQUIRE_PEER(missingTerminalPeers());
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("servers.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("mcpServers"),
                                       QJsonObject{{QStringLiteral("everything"),
                                                    QJsonObject{{QStringLiteral("command"), everythingBin()},
                                                                {QStringLiteral("args"),
                                                                 QJsonArray{QStringLiteral("stdio")}}}}}}})
                .toJson());
        file.close();
        const QStringList args{QStringLiteral("mcp"),        QStringLiteral("call"),
                               QStringLiteral("--config"),   config,
                               QStringLiteral("everything"), QStringLiteral("trigger-elicitation-request")};
        // Fields in order: name (required) first, then by key. Wrong answers are asked again.
        const QByteArray typed = "\n"                // name is required: asked again
                                 "Ann Smith\n"       // name
                                 "1990-02-30\n"      // birthdate: no such day
                                 "1990-02-03\n"      //
                                 "maybe\n"           // check: yes/no
                                 "y\n"               //
                                 "not-an-email\n"    // email
                                 "ann@example.com\n" //
                                 "\n"                // firstLine: keeps its default
                                 "-\n"               // homepage: left empty
                                 "500\n"             // integer: 1..100
                                 "7\n"               //
                                 "2\n"               // legacy titled enum: the 2nd choice (Dogs = pet-2)
                                 "\n"                // number: default 3.14
                                 "Tuna, trout\n"     // titled multi-select by label
                                 "\n"                // titled single: default
                                 "\n"                // untitled multi: default
                                 "Joey\n"            // untitled single
                                 "a\n";              // accept
        auto run = runCli(args, dir.path(), typed);
        QCOMPARE(run.exitCode, 0);
        const QString& screen = run.out;
        QVERIFY2(screen.contains(QLatin1String("MCP server \"everything\" asks:")), qPrintable(screen));
        QVERIFY2(screen.contains(QLatin1String("\"String\" is required.")), qPrintable(screen));
        QVERIFY2(screen.contains(QLatin1String("must be a date like")), qPrintable(screen));
        QVERIFY2(screen.contains(QLatin1String("Answer yes or no")), qPrintable(screen));
        QVERIFY2(screen.contains(QLatin1String("must be an email address")), qPrintable(screen));
        QVERIFY2(screen.contains(QLatin1String("must be at most 100")), qPrintable(screen));
        QVERIFY2(screen.contains(QLatin1String("[It was a dark and stormy night.]")), qPrintable(screen));
        // What the server got back.
        QVERIFY2(screen.contains(QLatin1String("User provided the requested information")),
                 qPrintable(screen));
        QVERIFY(screen.contains(QLatin1String("- Name: Ann Smith")));
        QVERIFY(screen.contains(QLatin1String("- Agreed to terms: true")));
        QVERIFY(screen.contains(QLatin1String("- Email: ann@example.com")));
        QVERIFY(screen.contains(QLatin1String("- Birthdate: 1990-02-03")));
        QVERIFY(screen.contains(QLatin1String("- Favorite Integer: 7")));
        QVERIFY(screen.contains(QLatin1String("- Favorite Number: 3.14")));
        const QString raw = screen.mid(screen.indexOf(QLatin1String("Raw result")));
        QVERIFY2(raw.contains(QLatin1String("\"legacyTitledEnum\": \"pet-2\"")), qPrintable(raw));
        QVERIFY2(raw.contains(QLatin1String("\"untitledSingleSelectEnum\": \"Joey\"")), qPrintable(raw));
        QVERIFY2(raw.contains(QLatin1String("\"firstLine\": \"It was a dark and stormy night.\"")),
                 qPrintable(raw));
        QVERIFY2(raw.contains(QLatin1String("fish-3")), qPrintable(raw));
        QVERIFY(!raw.contains(QLatin1String("\"homepage\"")));

        // Decline, typed.
        run = runCli(args, dir.path(), "Ann\n\n\n\n\n\n\n\n\n\n\n\n\nd\n");
        QVERIFY2(run.out.contains(QLatin1String("User declined")), qPrintable(run.out));

        // No terminal: declined, and the user is told why.
        run = runCli(args, dir.path());
        QVERIFY2(run.err.contains(QLatin1String("declined because stdin is not a terminal")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("User declined")), qPrintable(run.out));
    }

    void approvalOnTheTerminalAndWithoutOne()
    {
        HARNESS_REQUIRE_PEER(missingTerminalPeers());
        TempStore temp;
        const StoredMcpServer server = saveEverything(*temp.store);
        Harness h;
        h.name = QStringLiteral("Tools");
        h.model = QStringLiteral("test/model");
        h.status = HarnessStatus::Started;
        h.mcpServerIds = {server.id};
        QVERIFY(!temp.store->harnesses().create(h));
        ScriptedLlmServer llm;
        QVERIFY(llm.listen());
        const auto toolTurn = [] {
            auto r = ScriptedLlmServer::Response::sse();
            r.chunk(ScriptedLlmServer::toolCallChunk(0, QStringLiteral("c1"),
                                                     QStringLiteral("everything__toggle-simulated-logging"),
                                                     QStringLiteral("{}")))
                .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("tool_calls")))
                .done();
            return r;
        };
        const auto done = [] {
            auto r = ScriptedLlmServer::Response::sse();
            r.chunk(ScriptedLlmServer::textChunk(QStringLiteral("Done.")))
                .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop")))
                .done();
            return r;
        };
        const QStringList args{QStringLiteral("chat"),
                               QStringLiteral("--harness"),
                               QStringLiteral("Tools"),
                               QStringLiteral("--base-url"),
                               llm.baseUrl().toString(),
                               QStringLiteral("--api-key-env"),
                               QStringLiteral("HARNESS_TEST_KEY"),
                               QStringLiteral("Toggle logging")};

        // stdin is not a terminal and no --yes: denied, the model is told how to allow it.
        llm.enqueue(toolTurn());
        llm.enqueue(done());
        auto run = runCli(args, temp.dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(llm.requests().size() == 2);
        QVERIFY2(llm.requests().at(1).body.contains("stdin is not a terminal"),
                 llm.requests().at(1).body.constData());
        QVERIFY(llm.requests().at(1).body.contains("--yes"));

        // On a terminal: the question shows the tool and its annotations; "a" allows it and
        // stores the rule, so the next run does not ask.
        llm.enqueue(toolTurn());
        llm.enqueue(done());
        run = runCli(args, temp.dir.path(), "a\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Tool call: Toggle Simulated Logging")) ||
                     run.out.contains(QLatin1String("Tool call:")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("server \"everything\", tool \"toggle-simulated-logging\"")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("[may change things]")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("[y] once / [s] this session / [a] always / [n] deny")));
        QVERIFY2(!llm.requests().at(3).body.contains("not allow"), llm.requests().at(3).body.constData());
        QVERIFY(llm.requests().at(3).body.contains("logging"));
        QCOMPARE(
            temp.store->toolPolicies().resolve(h.id, server.id, QStringLiteral("toggle-simulated-logging")),
            std::optional(ToolPolicy::Always));

        // Stored "always": no terminal needed any more.
        llm.enqueue(toolTurn());
        llm.enqueue(done());
        run = runCli(args, temp.dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!llm.requests().at(5).body.contains("not a terminal"));

        // "never" wins even over --yes, with a reason that names the command to change it.
        ToolPolicyRule never{h.id, server.id, QStringLiteral("toggle-simulated-logging"), ToolPolicy::Never};
        QVERIFY(!temp.store->toolPolicies().set(never));
        llm.enqueue(toolTurn());
        llm.enqueue(done());
        run = runCli(QStringList{args}.mid(0, 7) +
                         QStringList{QStringLiteral("--yes"), QStringLiteral("Toggle logging")},
                     temp.dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(llm.requests().at(7).body.contains("set to never run"),
                 llm.requests().at(7).body.constData());
    }
};

QTEST_MAIN(TestCliMcp)
#include "tst_cli_mcp.moc"
