// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/onboarding/mcp_server_probe.h"

#include "core/mcp/mcp_client.h"
#include "core/mcp/mcp_oauth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace harness::core {

namespace {
/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpServerProbe)
};

QString installHint(const QString& command)
{
    const QString base = QFileInfo(command).fileName();
    if (base == QLatin1String("npx") || base == QLatin1String("node") || base == QLatin1String("npm"))
        return Tr::tr("Install Node.js (https://nodejs.org), which provides npx, then test again.");
    if (base == QLatin1String("uvx") || base == QLatin1String("uv"))
        return Tr::tr("Install uv (https://docs.astral.sh/uv/), which provides uvx, then test again.");
    if (base == QLatin1String("docker"))
        return Tr::tr("Install Docker (https://docs.docker.com/get-docker/), then test again.");
    return Tr::tr("Install it, or enter the full path of the program.");
}
} // namespace

McpServerProbe::McpServerProbe(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<McpProbeResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        McpProbeResult result;
        result.outcome = McpProbeResult::Outcome::Timeout;
        const QString name = m_client ? m_client->name() : QString();
        result.error =
            Tr::tr("MCP server \"%1\" did not answer within %n second(s). Check that the command or URL "
                   "is right; a server fetched by npx or uvx may need longer the first time.",
                   nullptr, m_timeoutMs / 1000)
                .arg(name);
        if (m_timeoutMs < 1000)
            result.error =
                Tr::tr("MCP server \"%1\" did not answer in time. Check that the command or URL is right.")
                    .arg(name);
        finish(result);
    });
}

McpServerProbe::~McpServerProbe() = default;

QString McpServerProbe::resolveCommand(const QString& command, const QMap<QString, QString>& env)
{
    if (command.contains(QLatin1Char('/')) || command.contains(QDir::separator())) {
        const QFileInfo info(command);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    QStringList paths;
    if (env.contains(QStringLiteral("PATH")))
        paths = env.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(command, paths);
}

void McpServerProbe::start(const McpServerConfig& original, const QString& bearerToken,
                           const QMap<QString, QString>& secretEnv)
{
    cancel();
    m_elapsed.start();
    McpServerConfig config = original;
    for (auto it = secretEnv.cbegin(); it != secretEnv.cend(); ++it)
        config.env.insert(it.key(), it.value());

    if (const QString problem = config.validationError(); !problem.isEmpty()) {
        McpProbeResult result;
        result.error = problem;
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }
    if (config.isStdio() && resolveCommand(config.command, config.env).isEmpty()) {
        McpProbeResult result;
        result.outcome = McpProbeResult::Outcome::CommandNotFound;
        result.error = Tr::tr("The command \"%1\" of MCP server \"%2\" was not found. %3")
                           .arg(config.command, config.name, installHint(config.command));
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }

    m_client = new McpClient(config, this);
    if (!bearerToken.isEmpty())
        m_client->setBearerToken(bearerToken);
    if (m_opener)
        m_client->setAuthorizationOpener(m_opener);
    if (McpOAuth* oauth = m_client->oauth())
        connect(oauth, &McpOAuth::authorized, this, &McpServerProbe::signedIn);
    connect(m_client, &McpClient::ready, this, [this] {
        McpProbeResult result;
        result.outcome = McpProbeResult::Outcome::Connected;
        const QJsonObject info = m_client->serverInfo();
        result.serverName = QStringLiteral("%1 %2")
                                .arg(info.value(QLatin1String("name")).toString(),
                                     info.value(QLatin1String("version")).toString())
                                .trimmed();
        result.protocolVersion = m_client->protocolVersion();
        result.tools = m_client->tools();
        if (McpOAuth* oauth = m_client->oauth()) {
            result.oauthTokens = oauth->tokens();
            result.oauthClient = oauth->client();
        }
        finish(result);
    });
    connect(m_client, &McpClient::failed, this, [this](const QString& error) {
        McpProbeResult result;
        result.error = error;
        finish(result);
    });
    m_timer.start(m_timeoutMs);
    m_client->start();
}

void McpServerProbe::cancel()
{
    if (!m_client)
        return;
    McpProbeResult result;
    result.outcome = McpProbeResult::Outcome::Cancelled;
    result.error = Tr::tr("The test was cancelled.");
    finish(result);
}

void McpServerProbe::finish(McpProbeResult result)
{
    m_timer.stop();
    result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (McpClient* client = m_client) {
        m_client = nullptr;
        client->disconnect(this);
        // Ends the session cleanly; the client goes once stopped (or with this probe).
        connect(client, &McpClient::stopped, client, &QObject::deleteLater);
        if (client->state() == McpClient::State::Idle || client->state() == McpClient::State::Failed)
            client->deleteLater();
        else
            client->stop();
    }
    Q_EMIT finished(result);
}

} // namespace harness::core
