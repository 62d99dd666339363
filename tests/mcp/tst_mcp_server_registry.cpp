// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The registry with several real servers: aggregated tools where broken servers do not hide the
// others, calls by exposed name (filesystem, memory), sharing, restart after a crash, and no child
// process left behind.
#include "core/mcp/mcp_server_log.h"
#include "core/mcp/mcp_server_registry.h"
#include "mcp_test_peers.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30'000;
}

class TestMcpServerRegistry final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void brokenServersDoNotHideOthers();
    void filesystemServer();
    void memoryServer();
    void unknownExposedName();
    void collidingNamesStayDistinct();
    void sharedServerStopsWithLastUser();
    void useWhileStoppingStartsAgain();
    void restartsAfterCrash();
    void stopAllEndsEveryProcess();
    void destroyingTheRegistryLeavesNoProcess();

private:
    QList<McpServerConfig> configs() const;
    McpToolListing* listAndWait(const QStringList& servers);
    McpToolResult callAndWait(const QString& exposedName, const QJsonObject& args);
    QList<qint64> runningPids();

    std::unique_ptr<McpServerRegistry> m_registry;
    QTemporaryDir m_dir;
};

void TestMcpServerRegistry::initTestCase()
{
    HARNESS_REQUIRE_PEER(McpTestPeers::missing());
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(u"files/hello.txt"_s));
    QVERIFY(QDir(m_dir.path()).mkpath(u"files"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Hello from the test.\n");
}

QList<McpServerConfig> TestMcpServerRegistry::configs() const
{
    McpServerConfig everything = McpTestPeers::stdioServer(u"everything"_s, u"mcp-server-everything"_s);
    McpServerConfig fs =
        McpTestPeers::stdioServer(u"file system"_s, u"mcp-server-filesystem"_s, {m_dir.filePath(u"files"_s)});
    McpServerConfig memory = McpTestPeers::stdioServer(u"memory"_s, u"mcp-server-memory"_s);
    memory.env.insert(u"MEMORY_FILE_PATH"_s, m_dir.filePath(u"memory.jsonl"_s));
    McpServerConfig missing;
    missing.name = u"missing"_s;
    missing.command = u"harness-test-no-such-server"_s;
    McpServerConfig crashing;
    crashing.name = u"crashing"_s;
    crashing.command = u"node"_s;
    crashing.args = {u"-e"_s, u"process.stderr.write('boom: MY_API_KEY is not set\\n'); process.exit(3)"_s};
    return {everything, fs, memory, missing, crashing};
}

void TestMcpServerRegistry::init()
{
    m_registry = std::make_unique<McpServerRegistry>();
    m_registry->setRestartPolicy(50, 400, 2);
    m_registry->setServers(configs());
}

void TestMcpServerRegistry::cleanup()
{
    if (!m_registry)
        return;
    QList<qint64> pids = runningPids();
    for (const QString& name : m_registry->serverNames()) {
        if (const qint64 pid = m_registry->client(name)->processId(); pid > 0 && !pids.contains(pid))
            pids << pid;
    }
    m_registry.reset();
    for (qint64 pid : pids)
        QVERIFY2(!McpTestPeers::processExists(pid), qPrintable(QString::number(pid)));
}

QList<qint64> TestMcpServerRegistry::runningPids()
{
    // The servers that stay up (the crashing one may be between restarts).
    QList<qint64> pids;
    for (const QString& name : {u"everything"_s, u"file system"_s, u"memory"_s}) {
        const McpClient* client = m_registry->client(name);
        if (const qint64 pid = client ? client->processId() : 0; pid > 0)
            pids << pid;
    }
    return pids;
}

McpToolListing* TestMcpServerRegistry::listAndWait(const QStringList& servers)
{
    McpToolListing* listing = m_registry->listTools(servers);
    QSignalSpy finished(listing, &McpToolListing::finished);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    }();
    return listing;
}

McpToolResult TestMcpServerRegistry::callAndWait(const QString& exposedName, const QJsonObject& args)
{
    McpToolCall* call = m_registry->callTool(exposedName, args);
    QSignalSpy finished(call, &McpToolCall::finished);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    }();
    const McpToolResult r = call->result();
    call->deleteLater();
    return r;
}

void TestMcpServerRegistry::brokenServersDoNotHideOthers()
{
    McpToolListing* listing = listAndWait(m_registry->serverNames() << u"not-configured"_s);
    QStringList names;
    for (const McpExposedTool& t : listing->tools())
        names << t.exposedName;
    QVERIFY2(names.contains(u"everything__echo"_s), qPrintable(names.join(u',')));
    QVERIFY(names.contains(u"file_system__read_text_file"_s));
    QVERIFY(names.contains(u"memory__create_entities"_s));
    const auto errors = listing->errors();
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors.value(u"missing"_s).contains(u"harness-test-no-such-server"_s),
             qPrintable(errors.value(u"missing"_s)));
    QVERIFY2(errors.value(u"crashing"_s).contains(u"code 3"_s), qPrintable(errors.value(u"crashing"_s)));
    // The error shows the server's last words, which usually say what to fix.
    QVERIFY(errors.value(u"crashing"_s).contains(u"MY_API_KEY is not set"_s));
    QVERIFY(errors.value(u"not-configured"_s).contains(u"not configured"_s));
    // The crashing server's stderr is in its log.
    QVERIFY(m_registry->client(u"crashing"_s)->log()->tail(100).contains(u"MY_API_KEY is not set"_s));
    // Exposed names map back exactly.
    const auto ref = m_registry->resolve(u"file_system__read_text_file"_s);
    QVERIFY(ref.has_value());
    QCOMPARE(ref->server, u"file system"_s);
    QCOMPARE(ref->tool, u"read_text_file"_s);
}

void TestMcpServerRegistry::filesystemServer()
{
    listAndWait({u"file system"_s});
    const McpToolResult listed =
        callAndWait(u"file_system__list_directory"_s, {{u"path"_s, m_dir.filePath(u"files"_s)}});
    QVERIFY2(listed.modelText().contains(u"hello.txt"_s), qPrintable(listed.modelText()));
    const McpToolResult read =
        callAndWait(u"file_system__read_text_file"_s, {{u"path"_s, m_dir.filePath(u"files/hello.txt"_s)}});
    QVERIFY2(!read.isError, qPrintable(read.modelText()));
    QVERIFY(read.modelText().contains(u"Hello from the test."_s));
    // Outside the allowed directory the tool reports an error the model can read.
    const McpToolResult denied =
        callAndWait(u"file_system__read_text_file"_s, {{u"path"_s, u"/etc/hostname"_s}});
    QVERIFY(denied.isError);
    QVERIFY(denied.modelText().startsWith(u"Error: "_s));
}

void TestMcpServerRegistry::memoryServer()
{
    listAndWait({u"memory"_s});
    const QJsonObject entity{{u"name"_s, u"Ada Lovelace"_s},
                             {u"entityType"_s, u"person"_s},
                             {u"observations"_s, QJsonArray{u"wrote the first program"_s}}};
    const McpToolResult created =
        callAndWait(u"memory__create_entities"_s, {{u"entities"_s, QJsonArray{entity}}});
    QVERIFY2(!created.isError, qPrintable(created.modelText()));
    const McpToolResult graph = callAndWait(u"memory__read_graph"_s, {});
    QVERIFY2(graph.modelText().contains(u"Ada Lovelace"_s), qPrintable(graph.modelText()));
    QVERIFY(graph.modelText().contains(u"wrote the first program"_s));
}

void TestMcpServerRegistry::unknownExposedName()
{
    const McpToolResult r = callAndWait(u"nobody__nothing"_s, {});
    QVERIFY(r.isError);
    QVERIFY(r.modelText().contains(u"nobody__nothing"_s));
}

void TestMcpServerRegistry::collidingNamesStayDistinct()
{
    // Two servers whose names sanitise to the same text: every tool gets its own exposed name
    // and each name reaches its own server.
    McpServerConfig dotted = McpTestPeers::stdioServer(u"team.tools"_s, u"mcp-server-memory"_s);
    dotted.env.insert(u"MEMORY_FILE_PATH"_s, m_dir.filePath(u"dotted.jsonl"_s));
    McpServerConfig spaced = McpTestPeers::stdioServer(u"team tools"_s, u"mcp-server-memory"_s);
    spaced.env.insert(u"MEMORY_FILE_PATH"_s, m_dir.filePath(u"spaced.jsonl"_s));
    m_registry->setServers({dotted, spaced});
    McpToolListing* listing = listAndWait({u"team.tools"_s, u"team tools"_s});
    QVERIFY2(listing->errors().isEmpty(), qPrintable(listing->errors().values().join(u'\n')));
    QSet<QString> names;
    QString dottedCreate;
    QString spacedGraph;
    for (const McpExposedTool& t : listing->tools()) {
        names.insert(t.exposedName);
        QVERIFY(McpToolNameMap::isValidExposedName(t.exposedName));
        if (t.server == u"team.tools"_s && t.tool.name == u"create_entities"_s)
            dottedCreate = t.exposedName;
        if (t.server == u"team tools"_s && t.tool.name == u"read_graph"_s)
            spacedGraph = t.exposedName;
    }
    QCOMPARE(names.size(), listing->tools().size());
    QVERIFY(dottedCreate.startsWith(u"team_tools__create_entities_"_s));
    const QJsonObject entity{
        {u"name"_s, u"OnlyInDotted"_s}, {u"entityType"_s, u"x"_s}, {u"observations"_s, QJsonArray{}}};
    QVERIFY(!callAndWait(dottedCreate, {{u"entities"_s, QJsonArray{entity}}}).isError);
    // The other server does not know the entity: the names were not mixed up.
    QVERIFY(!callAndWait(spacedGraph, {}).modelText().contains(u"OnlyInDotted"_s));
}

void TestMcpServerRegistry::sharedServerStopsWithLastUser()
{
    m_registry->acquire(u"everything"_s);
    m_registry->acquire(u"everything"_s);
    McpClient* client = m_registry->client(u"everything"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client->isReady(), kTimeoutMs);
    const qint64 pid = client->processId();
    QCOMPARE(m_registry->userCount(u"everything"_s), 2);
    m_registry->release(u"everything"_s);
    QVERIFY(client->isReady());
    QCOMPARE(client->processId(), pid); // the second user keeps the same process
    m_registry->release(u"everything"_s);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), McpClient::State::Idle, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!McpTestPeers::processExists(pid), kTimeoutMs);
}

void TestMcpServerRegistry::useWhileStoppingStartsAgain()
{
    m_registry->acquire(u"everything"_s);
    McpClient* client = m_registry->client(u"everything"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client->isReady(), kTimeoutMs);
    const qint64 pid = client->processId();
    m_registry->release(u"everything"_s); // the last user leaves: the server is stopping...
    QCOMPARE(client->state(), McpClient::State::Stopping);
    // ...and a new conversation uses it right away: it comes back instead of failing.
    McpToolListing* listing = listAndWait({u"everything"_s});
    QVERIFY2(listing->errors().isEmpty(), qPrintable(listing->errors().value(u"everything"_s)));
    QVERIFY(!listing->tools().isEmpty());
    QCOMPARE(callAndWait(u"everything__echo"_s, {{u"message"_s, u"again"_s}}).modelText(), u"Echo: again"_s);
    QVERIFY(client->processId() != pid);
    QVERIFY(!McpTestPeers::processExists(pid));
}

void TestMcpServerRegistry::restartsAfterCrash()
{
    listAndWait({u"everything"_s});
    McpClient* client = m_registry->client(u"everything"_s);
    const qint64 pid = client->processId();
    QSignalSpy failed(m_registry.get(), &McpServerRegistry::serverFailed);
    QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QCOMPARE(failed.at(0).at(0).toString(), u"everything"_s);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"crashed"_s), qPrintable(failed.at(0).at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(client->isReady(), kTimeoutMs);
    QVERIFY(client->processId() != pid);
    QCOMPARE(callAndWait(u"everything__echo"_s, {{u"message"_s, u"back"_s}}).modelText(), u"Echo: back"_s);
}

void TestMcpServerRegistry::stopAllEndsEveryProcess()
{
    listAndWait(m_registry->serverNames());
    const QList<qint64> pids = runningPids();
    QCOMPARE(pids.size(), 3);
    QSignalSpy stopped(m_registry.get(), &McpServerRegistry::allStopped);
    m_registry->stopAll();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kTimeoutMs);
    for (qint64 pid : pids)
        QTRY_VERIFY_WITH_TIMEOUT(!McpTestPeers::processExists(pid), kTimeoutMs);
}

void TestMcpServerRegistry::destroyingTheRegistryLeavesNoProcess()
{
    listAndWait(m_registry->serverNames());
    McpToolCall* running = m_registry->callTool(u"everything__trigger-long-running-operation"_s,
                                                {{u"duration"_s, 60}, {u"steps"_s, 60}});
    QSignalSpy finished(running, &McpToolCall::finished);
    const QList<qint64> pids = runningPids();
    QCOMPARE(pids.size(), 3);
    m_registry.reset(); // no stopAll(): the destructor must still end every child
    QCOMPARE(finished.size(), 1);
    for (qint64 pid : pids)
        QVERIFY2(!McpTestPeers::processExists(pid), qPrintable(QString::number(pid)));
}

QTEST_GUILESS_MAIN(TestMcpServerRegistry)
#include "tst_mcp_server_registry.moc"
