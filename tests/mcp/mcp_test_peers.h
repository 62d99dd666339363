// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/mcp_server_config.h"
#include "support/peer_requirement.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <memory>

/// Helpers for tests that start the real MCP servers installed under tests/peers.
namespace McpTestPeers {

inline QString peersDir()
{
    return harness::test::peersDir();
}

inline QString bin(const QString& name)
{
    return peersDir() + QStringLiteral("/node_modules/.bin/") + name;
}

inline QString script(const QString& package)
{
    return peersDir() + QStringLiteral("/node_modules/@modelcontextprotocol/") + package +
           QStringLiteral("/dist/index.js");
}

/// Empty when the peers can run (node on PATH, the npm peers installed); otherwise what is missing
/// and how to install it. Tests start with HARNESS_REQUIRE_PEER(McpTestPeers::missing()).
inline QString missing()
{
    if (const QString node = harness::test::missingProgram(QStringLiteral("node"), QStringLiteral("nodejs"));
        !node.isEmpty())
        return node;
    return harness::test::missingNpmPeers({QStringLiteral(".bin/mcp-server-everything"),
                                           QStringLiteral("@modelcontextprotocol/sdk/package.json")});
}

inline harness::core::McpServerConfig stdioServer(const QString& name, const QString& binName,
                                                  const QStringList& args = {})
{
    harness::core::McpServerConfig c;
    c.name = name;
    c.command = bin(binName);
    c.args = args;
    return c;
}

inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

inline bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    return true;
}

/// server-everything in an HTTP mode ("streamableHttp" or "sse") on 127.0.0.1:<free port>.
class EverythingHttp final {
public:
    ~EverythingHttp()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    /// Starts the server; returns false (with the output in \a error) if it did not come up.
    bool start(const QString& mode, QString* error)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PORT"), QString::number(m_port));
            m_process.setProcessEnvironment(env);
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(QStringLiteral("node"), {qEnvironmentVariable("HARNESS_SOURCE_DIR") +
                                                         QStringLiteral("/tests/mcp/loopback.mjs"),
                                                     script(QStringLiteral("server-everything")), mode});
            QByteArray output;
            while (m_process.waitForReadyRead(15000)) {
                output += m_process.readAll();
                if (output.contains("listening on port") || output.contains("running on port"))
                    return true;
                if (output.contains("in use"))
                    break;
            }
            output += m_process.readAll();
            *error = QString::fromUtf8(output);
            m_process.kill();
            m_process.waitForFinished(2000);
        }
        return false;
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    /// Everything the server printed (requests it received are logged).
    QByteArray output() { return m_output += m_process.readAll(); }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

/// tests/mcp/streamable_peer.mjs: a spec-following Streamable HTTP server on the official SDK
/// (or another script of tests/mcp that prints "listening on port N", e.g. oauth_peer.mjs).
class StreamablePeer final {
public:
    explicit StreamablePeer(QString script = QStringLiteral("streamable_peer.mjs"))
        : m_script(std::move(script))
    {}
    ~StreamablePeer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    bool start(QString* error)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("node"), {qEnvironmentVariable("HARNESS_SOURCE_DIR") +
                                                 QStringLiteral("/tests/mcp/") + m_script});
        while (m_process.waitForReadyRead(15000)) {
            m_output += m_process.readAll();
            const qsizetype at = m_output.indexOf("listening on port ");
            const qsizetype nl = m_output.indexOf('\n', at);
            if (at >= 0 && nl > at) {
                m_port = quint16(m_output.mid(at + 18, nl - at - 18).trimmed().toUInt());
                return m_port != 0;
            }
        }
        *error = QString::fromUtf8(m_output + m_process.readAll());
        return false;
    }

    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    QByteArray output() { return m_output += m_process.readAll(); }

private:
    QString m_script;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace McpTestPeers
