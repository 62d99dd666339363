// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The wizard's "Test" button: the real McpClient against server-everything (stdio and
// Streamable HTTP), a command that does not exist, a server that never answers, a bearer-protected
// endpoint answering 401, and nothing listening at all.
#include "core/onboarding/mcp_server_probe.h"
#include "mcp_test_peers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace harness::core;

namespace {

McpProbeResult probe(const McpServerConfig& config, int timeoutMs = 60'000, const QString& token = {})
{
    McpServerProbe probe;
    probe.setTimeout(timeoutMs);
    QSignalSpy finished(&probe, &McpServerProbe::finished);
    probe.start(config, token);
    if (!finished.wait(timeoutMs + 30'000))
        return {};
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<McpProbeResult>();
}

/// Answers every HTTP request with 401 and a bearer challenge, like a server whose token is wrong.
class UnauthorizedServer final : public QTcpServer {
public:
    UnauthorizedServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write(
                        "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer error=\"invalid_token\"\r\n"
                        "Content-Type: application/json\r\nContent-Length: 27\r\nConnection: close\r\n\r\n"
                        "{\"error\":\"invalid_token\"}\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
};

} // namespace

class TestMcpServerProbe final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { HARNESS_REQUIRE_PEER(McpTestPeers::missing()); }

    void everythingOverStdioListsItsTools()
    {
        const auto result = probe(McpTestPeers::stdioServer(QStringLiteral("everything"),
                                                            QStringLiteral("mcp-server-everything"),
                                                            {QStringLiteral("stdio")}));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.tools.size() >= 5);
        QStringList names;
        for (const auto& tool : result.tools)
            names.append(tool.name);
        QVERIFY2(names.contains(QStringLiteral("echo")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(!result.serverName.isEmpty());
        QVERIFY(McpClient::supportedProtocolVersions().contains(result.protocolVersion));
    }

    void everythingOverStreamableHttp()
    {
        McpTestPeers::EverythingHttp server;
        QString error;
        QVERIFY2(server.start(QStringLiteral("streamableHttp"), &error), qPrintable(error));
        McpServerConfig config;
        config.name = QStringLiteral("everything-http");
        config.transport = McpServerConfig::Transport::Http;
        config.url = server.url(QStringLiteral("/mcp"));
        const auto result = probe(config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.tools.size() >= 5);
    }

    void missingCommandSaysWhatToInstall_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("hint");
        QTest::newRow("unknown program")
            << QStringLiteral("harness-no-such-mcp-server") << QStringLiteral("full path");
        QTest::newRow("missing path")
            << QStringLiteral("/nonexistent/bin/server") << QStringLiteral("full path");
    }

    void missingCommandSaysWhatToInstall()
    {
        QFETCH(QString, command);
        QFETCH(QString, hint);
        McpServerConfig config;
        config.name = QStringLiteral("ghost");
        config.command = command;
        const auto result = probe(config);
        QCOMPARE(result.outcome, McpProbeResult::Outcome::CommandNotFound);
        QVERIFY2(result.error.contains(command) && result.error.contains(hint), qPrintable(result.error));
    }

    void uvxHintWhenUvIsMissing()
    {
        // An empty PATH for the server makes uvx (and everything else) unfindable.
        McpServerConfig config;
        config.name = QStringLiteral("time");
        config.command = QStringLiteral("uvx");
        config.env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        const auto result = probe(config);
        QCOMPARE(result.outcome, McpProbeResult::Outcome::CommandNotFound);
        QVERIFY2(result.error.contains(QLatin1String("https://docs.astral.sh/uv/")),
                 qPrintable(result.error));
    }

    void silentServerTimesOut()
    {
        McpServerConfig config;
        config.name = QStringLiteral("silent");
        config.command = QStringLiteral("sleep");
        config.args = QStringList{QStringLiteral("600")};
        const auto result = probe(config, 1500);
        QCOMPARE(result.outcome, McpProbeResult::Outcome::Timeout);
        QVERIFY2(result.error.contains(QLatin1String("silent")), qPrintable(result.error));
    }

    void crashingServerShowsItsOutput()
    {
        McpServerConfig config;
        config.name = QStringLiteral("crashy");
        config.command = QStringLiteral("sh");
        config.args = QStringList{QStringLiteral("-c"), QStringLiteral("echo 'missing API key' >&2; exit 3")};
        const auto result = probe(config);
        QCOMPARE(result.outcome, McpProbeResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QLatin1String("crashy")), qPrintable(result.error));
    }

    void unauthorizedHttpServerIsExplained()
    {
        UnauthorizedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        McpServerConfig config;
        config.name = QStringLiteral("locked");
        config.transport = McpServerConfig::Transport::Http;
        config.auth = McpServerConfig::AuthKind::Bearer;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(server.serverPort()));
        const auto result = probe(config, 60'000, QStringLiteral("wrong-token"));
        QCOMPARE(result.outcome, McpProbeResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QLatin1String("refused the access token")) &&
                     result.error.contains(QLatin1String("invalid_token")),
                 qPrintable(result.error));
    }

    void nothingListeningIsExplained()
    {
        McpServerConfig config;
        config.name = QStringLiteral("nobody");
        config.transport = McpServerConfig::Transport::Http;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(McpTestPeers::freePort()));
        const auto result = probe(config);
        QCOMPARE(result.outcome, McpProbeResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QLatin1String("nobody")), qPrintable(result.error));
    }

    void invalidConfigIsRefusedBeforeStarting()
    {
        McpServerConfig config;
        config.name = QStringLiteral("empty");
        const auto result = probe(config);
        QCOMPARE(result.outcome, McpProbeResult::Outcome::Failed);
        QVERIFY(result.error.contains(QLatin1String("no command")));
    }
};

QTEST_GUILESS_MAIN(TestMcpServerProbe)
#include "tst_mcp_server_probe.moc"
