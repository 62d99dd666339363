// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// bench_mcp_echo [calls]: calls server-everything's echo tool <calls> times (default 1000) over
// stdio and over Streamable HTTP, with our McpClient and with the official TypeScript SDK client
// (bench/mcp/sdk_echo_client.mjs), and prints the median round trips, the ratio ours/theirs
// (target <= 1.0) and our process's memory.
#include "core/mcp/mcp_client.h"
#include "support/peer_requirement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {

/// tests/peers, or HARNESS_TEST_PEERS when set (as ctest does).
const QString kPeers = qEnvironmentVariable("HARNESS_TEST_PEERS", QStringLiteral(HARNESS_PEERS_DIR));
const QString kSource = QStringLiteral(HARNESS_SOURCE_DIR);

QString everythingScript()
{
    return kPeers + u"/node_modules/@modelcontextprotocol/server-everything/dist/index.js"_s;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

QString procStatus(const char* key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(qstrlen(key)).trimmed());
    }
    return u"?"_s;
}

bool waitFor(McpClient& client)
{
    QEventLoop loop;
    QObject::connect(&client, &McpClient::ready, &loop, &QEventLoop::quit);
    QObject::connect(&client, &McpClient::failed, &loop, &QEventLoop::quit);
    client.start();
    loop.exec();
    if (!client.isReady())
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(client.errorString()));
    return client.isReady();
}

/// Round-trip times in ms of \a calls sequential echo calls (after a warm-up).
QList<double> runOurs(const McpServerConfig& config, int calls)
{
    McpClient client(config);
    if (!waitFor(client))
        return {};
    QList<double> times;
    const int warmup = std::min(50, calls);
    for (int i = 0; i < warmup + calls; ++i) {
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        McpToolCall* call = client.callTool(u"echo"_s, {{u"message"_s, u"call %1"_s.arg(i)}});
        QObject::connect(call, &McpToolCall::finished, &loop, &QEventLoop::quit);
        if (!call->isFinished())
            loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (call->result().isError) {
            std::fprintf(stderr, "echo failed: %s\n", qPrintable(call->result().modelText()));
            return {};
        }
        delete call;
        if (i >= warmup)
            times << ms;
    }
    QEventLoop loop;
    QObject::connect(&client, &McpClient::stopped, &loop, &QEventLoop::quit);
    client.stop();
    loop.exec();
    return times;
}

QList<double> runSdk(const QStringList& args, int calls)
{
    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(u"node"_s,
               QStringList{kSource + u"/bench/mcp/sdk_echo_client.mjs"_s, kPeers, QString::number(calls)} +
                   args);
    if (!node.waitForFinished(600'000) || node.exitCode() != 0) {
        std::fprintf(stderr, "SDK baseline failed\n");
        return {};
    }
    QList<double> times;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(node.readAllStandardOutput()).object().value(u"times"_s).toArray())
        times << v.toDouble();
    return times;
}

/// server-everything streamableHttp on a free loopback port; returns the process (running) or nullptr.
std::unique_ptr<QProcess> startHttpServer(quint16* port)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    *port = probe.serverPort();
    probe.close();
    auto server = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORT"_s, QString::number(*port));
    server->setProcessEnvironment(env);
    server->setProcessChannelMode(QProcess::MergedChannels);
    server->start(u"node"_s,
                  {kSource + u"/tests/mcp/loopback.mjs"_s, everythingScript(), u"streamableHttp"_s});
    QByteArray out;
    while (server->waitForReadyRead(15'000)) {
        out += server->readAll();
        if (out.contains("listening on port"))
            return server;
    }
    std::fprintf(stderr, "HTTP server did not start: %s\n", out.constData());
    return nullptr;
}

void report(const char* transport, const QList<double>& ours, const QList<double>& theirs)
{
    const double a = median(ours);
    const double b = median(theirs);
    std::printf("%-6s ours median %.3f ms  sdk median %.3f ms  ratio ours/sdk %.2f %s\n", transport, a, b,
                b > 0 ? a / b : 0.0, b > 0 && a / b <= 1.0 ? "(target met)" : "(target <= 1.0 missed)");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString missing = harness::test::missingProgram(u"node"_s, u"nodejs"_s);
    if (missing.isEmpty())
        missing = harness::test::missingNpmPeers(
            {u"@modelcontextprotocol/server-everything/dist/index.js"_s, u"@modelcontextprotocol/sdk"_s},
            kPeers);
    if (!missing.isEmpty())
        return harness::test::missingPeerExitCode(u"bench_mcp_echo"_s, missing);
    const int calls = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    std::printf("bench_mcp_echo: %d sequential echo calls per run\n", calls);
    std::printf("memory at start: RSS %s, peak %s\n", qPrintable(procStatus("VmRSS:")),
                qPrintable(procStatus("VmHWM:")));

    McpServerConfig stdio;
    stdio.name = u"everything"_s;
    stdio.command = u"node"_s;
    stdio.args = {everythingScript(), u"stdio"_s};
    const QList<double> oursStdio = runOurs(stdio, calls);
    const QList<double> sdkStdio = runSdk({u"stdio"_s, u"node"_s, everythingScript(), u"stdio"_s}, calls);
    std::printf("memory after stdio run: RSS %s, peak %s\n", qPrintable(procStatus("VmRSS:")),
                qPrintable(procStatus("VmHWM:")));

    quint16 port = 0;
    std::unique_ptr<QProcess> server = startHttpServer(&port);
    QList<double> oursHttp;
    QList<double> sdkHttp;
    if (server) {
        const QString url = u"http://127.0.0.1:%1/mcp"_s.arg(port);
        McpServerConfig http;
        http.name = u"everything-http"_s;
        http.transport = McpServerConfig::Transport::Http;
        http.url = QUrl(url);
        oursHttp = runOurs(http, calls);
        sdkHttp = runSdk({u"http"_s, url}, calls);
        server->terminate();
        if (!server->waitForFinished(5000))
            server->kill();
        server->waitForFinished(2000);
    }
    std::printf("memory after http run: RSS %s, peak %s\n", qPrintable(procStatus("VmRSS:")),
                qPrintable(procStatus("VmHWM:")));
    report("stdio", oursStdio, sdkStdio);
    report("http", oursHttp, sdkHttp);
    const bool complete = oursStdio.size() == calls && sdkStdio.size() == calls && oursHttp.size() == calls &&
                          sdkHttp.size() == calls;
    return complete ? 0 : 1;
}
