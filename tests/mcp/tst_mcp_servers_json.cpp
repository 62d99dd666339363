// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_servers_json.h"

#include <QJsonDocument>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

class TestMcpServersJson final : public QObject {
    Q_OBJECT
private slots:
    void importsClaudeDesktopFile();
    void importsHttpAndSseEntries();
    void extractsBearerToken();
    void badEntries_data();
    void badEntries();
    void badDocuments_data();
    void badDocuments();
    void exportRoundTrips();
};

void TestMcpServersJson::importsClaudeDesktopFile()
{
    const QByteArray json = R"({"mcpServers": {
        "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
        "github": {"command": "gh-mcp", "env": {"GITHUB_TOKEN": "abc", "DEBUG": 1}, "cwd": "/srv"}
    }})";
    const McpImportResult r = McpServersJson::parse(json);
    QVERIFY(r.documentError.isEmpty());
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.servers.size(), 2);
    const McpServerConfig fs = r.servers.at(0).name == u"filesystem"_s ? r.servers.at(0) : r.servers.at(1);
    const McpServerConfig gh = r.servers.at(0).name == u"github"_s ? r.servers.at(0) : r.servers.at(1);
    QCOMPARE(fs.transport, McpServerConfig::Transport::Stdio);
    QCOMPARE(fs.command, u"npx"_s);
    QCOMPARE(fs.args, (QStringList{u"-y"_s, u"@modelcontextprotocol/server-filesystem"_s, u"/tmp"_s}));
    QCOMPARE(gh.env.value(u"GITHUB_TOKEN"_s), u"abc"_s);
    QCOMPARE(gh.env.value(u"DEBUG"_s), u"1"_s);
    QCOMPARE(gh.workingDirectory, u"/srv"_s);
    QVERIFY(fs.validationError().isEmpty());
}

void TestMcpServersJson::importsHttpAndSseEntries()
{
    const QByteArray json = R"({"mcpServers": {
        "remote": {"url": "https://mcp.example.com/mcp", "headers": {"X-Team": "blue"}},
        "typed": {"type": "http", "url": "http://127.0.0.1:3001/mcp"},
        "old": {"type": "sse", "url": "http://127.0.0.1:3001/sse"}
    }})";
    const McpImportResult r = McpServersJson::parse(json);
    QCOMPARE(r.problems.size(), 0);
    QCOMPARE(r.servers.size(), 3);
    for (const McpServerConfig& s : r.servers) {
        if (s.name == u"remote"_s) {
            QCOMPARE(s.transport, McpServerConfig::Transport::Http);
            QCOMPARE(s.url, QUrl(u"https://mcp.example.com/mcp"_s));
            QCOMPARE(s.headers.value(u"X-Team"_s), u"blue"_s);
        } else if (s.name == u"typed"_s) {
            QCOMPARE(s.transport, McpServerConfig::Transport::Http);
        } else {
            QCOMPARE(s.name, u"old"_s);
            QCOMPARE(s.transport, McpServerConfig::Transport::LegacySse);
        }
    }
}

void TestMcpServersJson::extractsBearerToken()
{
    const QByteArray json =
        R"({"mcpServers": {"r": {"url": "https://x.test/mcp", "headers": {"authorization": "Bearer s3cret"}}}})";
    const McpImportResult r = McpServersJson::parse(json);
    QCOMPARE(r.servers.size(), 1);
    QCOMPARE(r.servers.at(0).auth, McpServerConfig::AuthKind::Bearer);
    QVERIFY(r.servers.at(0).headers.isEmpty());
    QCOMPARE(r.bearerTokens.value(u"r"_s), u"s3cret"_s);
    // The token never comes back out on export.
    QVERIFY(!McpServersJson::serialize(r.servers).contains("s3cret"));
}

void TestMcpServersJson::badEntries_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("not an object") << QByteArray("42") << u"not an object"_s;
    QTest::newRow("neither command nor url") << QByteArray(R"({"args": ["x"]})") << u"neither"_s;
    QTest::newRow("both") << QByteArray(R"({"command": "a", "url": "http://x.test"})") << u"both"_s;
    QTest::newRow("empty command") << QByteArray(R"({"command": ""})") << u"command"_s;
    QTest::newRow("args not list") << QByteArray(R"({"command": "a", "args": "x y"})") << u"args"_s;
    QTest::newRow("env not strings") << QByteArray(R"({"command": "a", "env": {"A": [1]}})") << u"env"_s;
    QTest::newRow("bad url") << QByteArray(R"({"url": "ftp://x.test/"})") << u"url"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"type": "websocket", "url": "http://x.test"})")
                                  << u"websocket"_s;
}

void TestMcpServersJson::badEntries()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, reasonContains);
    const QByteArray json = R"({"mcpServers": {"good": {"command": "ok"}, "bad": )" + entry + "}}";
    const McpImportResult r = McpServersJson::parse(json);
    QVERIFY(r.documentError.isEmpty());
    QCOMPARE(r.servers.size(), 1);
    QCOMPARE(r.servers.at(0).name, u"good"_s);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).entryName, u"bad"_s);
    QVERIFY2(r.problems.at(0).reason.contains(reasonContains, Qt::CaseInsensitive),
             qPrintable(r.problems.at(0).reason));
}

void TestMcpServersJson::badDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{mcpServers: ");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no mcpServers") << QByteArray(R"({"other": {}})");
}

void TestMcpServersJson::badDocuments()
{
    QFETCH(QByteArray, json);
    const McpImportResult r = McpServersJson::parse(json);
    QVERIFY(!r.documentError.isEmpty());
    QVERIFY(r.servers.isEmpty());
}

void TestMcpServersJson::exportRoundTrips()
{
    McpServerConfig a;
    a.name = u"local"_s;
    a.command = u"node"_s;
    a.args = {u"server.js"_s, u"--flag"_s};
    a.env = {{u"K"_s, u"V"_s}};
    a.workingDirectory = u"/tmp"_s;
    McpServerConfig b;
    b.name = u"remote"_s;
    b.transport = McpServerConfig::Transport::Http;
    b.url = QUrl(u"https://x.test/mcp"_s);
    b.headers = {{u"X-A"_s, u"1"_s}};
    b.auth = McpServerConfig::AuthKind::OAuth; // how it signs in survives; its tokens are never written
    McpServerConfig c;
    c.name = u"legacy"_s;
    c.transport = McpServerConfig::Transport::LegacySse;
    c.url = QUrl(u"http://127.0.0.1:1/sse"_s);
    c.auth = McpServerConfig::AuthKind::Bearer;
    const QByteArray json = McpServersJson::serialize({a, b, c});
    QVERIFY(QJsonDocument::fromJson(json).object().value(u"mcpServers"_s).isObject());
    const McpImportResult r = McpServersJson::parse(json);
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.servers.size(), 3);
    for (const McpServerConfig& s : r.servers) {
        const McpServerConfig& expected = s.name == a.name ? a : s.name == b.name ? b : c;
        QCOMPARE(s, expected);
    }
}

QTEST_GUILESS_MAIN(TestMcpServersJson)
#include "tst_mcp_servers_json.moc"
