// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_conformance_client.h"

#include "core/mcp/mcp_client.h"
#include "core/mcp/mcp_oauth.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace harness::core {

McpConformanceClient::McpConformanceClient(const QUrl& url, const QString& scenario, QObject* parent)
    : QObject(parent), m_url(url), m_scenario(scenario)
{}

McpConformanceClient::~McpConformanceClient() = default;

QJsonObject McpConformanceClient::exampleArguments(const QJsonObject& inputSchema)
{
    QJsonObject args;
    const QJsonObject props = inputSchema.value(QLatin1String("properties")).toObject();
    for (const QJsonValue& name : inputSchema.value(QLatin1String("required")).toArray()) {
        const QJsonObject prop = props.value(name.toString()).toObject();
        QJsonValue value;
        const QString type = prop.value(QLatin1String("type")).toString();
        if (prop.contains(QLatin1String("default")))
            value = prop.value(QLatin1String("default"));
        else if (!prop.value(QLatin1String("enum")).toArray().isEmpty())
            value = prop.value(QLatin1String("enum")).toArray().first();
        else if (type == QLatin1String("number") || type == QLatin1String("integer"))
            value = 1;
        else if (type == QLatin1String("boolean"))
            value = true;
        else if (type == QLatin1String("array"))
            value = QJsonArray();
        else if (type == QLatin1String("object"))
            value = QJsonObject();
        else
            value = QStringLiteral("test");
        args.insert(name.toString(), value);
    }
    return args;
}

void McpConformanceClient::run()
{
    McpServerConfig config;
    config.name = QStringLiteral("conformance");
    config.transport = McpServerConfig::Transport::Http;
    config.url = m_url;
    config.auth = McpServerConfig::AuthKind::OAuth;
    m_client = std::make_unique<McpClient>(config);
    m_client->setElicitationHandler(&m_elicitation);
    m_client->setAuthorizationOpener(&m_opener);
    // The conformance suite's client ID metadata document (SEP-991).
    m_client->oauth()->setClientMetadataUrl(
        QUrl(QStringLiteral("https://conformance-test.local/client-metadata.json")));
    const QJsonObject context = QJsonDocument::fromJson(qgetenv("MCP_CONFORMANCE_CONTEXT")).object();
    if (context.contains(QLatin1String("client_id")))
        m_client->oauth()->setClient(McpOAuthClient{context.value(QLatin1String("client_id")).toString(),
                                                    context.value(QLatin1String("client_secret")).toString(),
                                                    {}});
    connect(&m_opener, &HeadlessAuthorizationOpener::failed, this,
            [this](const QString& error) { m_report << QStringLiteral("authorization: %1").arg(error); });
    m_report << QStringLiteral("scenario %1, server %2").arg(m_scenario, m_url.toString());
    connect(m_client.get(), &McpClient::failed, this, [this](const QString& error) {
        m_report << QStringLiteral("failed: %1").arg(error);
        finish(1);
    });
    connect(m_client.get(), &McpClient::ready, this, [this] {
        m_report << QStringLiteral("initialized, protocol %1, %2 tools")
                        .arg(m_client->protocolVersion())
                        .arg(m_client->tools().size());
        for (const McpTool& t : m_client->tools())
            m_pendingTools << t.name;
        callNext();
    });
    m_client->start();
}

void McpConformanceClient::callNext()
{
    if (m_pendingTools.isEmpty()) {
        connect(m_client.get(), &McpClient::stopped, this, [this] { finish(m_failed ? 1 : 0); });
        m_client->stop();
        return;
    }
    const QString name = m_pendingTools.takeFirst();
    QJsonObject schema;
    for (const McpTool& t : m_client->tools()) {
        if (t.name == name)
            schema = t.inputSchema;
    }
    McpToolCall* call = m_client->callTool(name, exampleArguments(schema));
    connect(call, &McpToolCall::finished, this, [this, call, name] {
        const McpToolResult r = call->result();
        if (r.failure != McpToolResult::Failure::None && r.failure != McpToolResult::Failure::ToolError)
            m_failed = true;
        m_report << QStringLiteral("%1 -> %2").arg(name, r.modelText());
        call->deleteLater();
        callNext();
    });
}

void McpConformanceClient::finish(int exitCode)
{
    if (!m_client)
        return;
    m_client->disconnect(this);
    m_client.release()->deleteLater();
    emit finished(exitCode);
}

} // namespace harness::core
