// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_tool_provider.h"

#include <QPointer>

namespace harness::core {

namespace {

/// A ToolInvocation over one McpToolCall.
class McpToolInvocation final : public ToolInvocation {
public:
    McpToolInvocation(McpToolCall* call, QObject* parent) : ToolInvocation(parent), m_call(call)
    {
        connect(call, &McpToolCall::progressed, this, &ToolInvocation::progressed);
        connect(call, &McpToolCall::finished, this, [this] {
            const ToolOutcome outcome = McpToolProvider::toOutcome(m_call->result());
            m_call->deleteLater();
            Q_EMIT finished(outcome);
        });
    }
    ~McpToolInvocation() override
    {
        if (m_call) {
            m_call->disconnect(this);
            m_call->cancel();
            m_call->deleteLater();
        }
    }
    void cancel() override
    {
        if (m_call)
            m_call->cancel();
    }

private:
    QPointer<McpToolCall> m_call;
};

QJsonObject displayItem(const McpContentPart& part)
{
    switch (part.kind) {
    case McpContentPart::Kind::Text:
        return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), part.text}};
    case McpContentPart::Kind::Image:
    case McpContentPart::Kind::Audio:
        return {{QStringLiteral("type"), part.kind == McpContentPart::Kind::Image ? QStringLiteral("image")
                                                                                  : QStringLiteral("audio")},
                {QStringLiteral("mimeType"), part.mimeType},
                {QStringLiteral("data"), QString::fromLatin1(part.base64)}};
    case McpContentPart::Kind::ResourceLink:
        return {{QStringLiteral("type"), QStringLiteral("resource")},
                {QStringLiteral("link"), true},
                {QStringLiteral("uri"), part.uri},
                {QStringLiteral("name"), part.title.isEmpty() ? part.name : part.title},
                {QStringLiteral("mimeType"), part.mimeType},
                {QStringLiteral("description"), part.description}};
    case McpContentPart::Kind::Resource: {
        QJsonObject item{{QStringLiteral("type"), QStringLiteral("resource")},
                         {QStringLiteral("uri"), part.uri},
                         {QStringLiteral("mimeType"), part.mimeType}};
        if (!part.base64.isEmpty())
            item.insert(QStringLiteral("blob"), QString::fromLatin1(part.base64));
        else
            item.insert(QStringLiteral("text"), part.text);
        return item;
    }
    case McpContentPart::Kind::Unknown:
        break;
    }
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), part.text}};
}

} // namespace

McpToolProvider::McpToolProvider(McpServerRegistry* registry, QObject* parent)
    : ToolProvider(parent), m_registry(registry), m_resolver([](const Harness& h) { return h.mcpServerIds; })
{}

ToolSpec McpToolProvider::toToolSpec(const McpExposedTool& t)
{
    ToolSpec spec;
    spec.name = t.exposedName;
    spec.description = t.tool.description;
    spec.inputSchema = t.tool.inputSchema.isEmpty()
                           ? QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}
                           : t.tool.inputSchema;
    spec.server = t.server;
    spec.tool = t.tool.name;
    spec.title = t.tool.displayName();
    spec.readOnly = t.tool.readOnlyHint();
    spec.destructive = t.tool.destructiveHint();
    return spec;
}

ToolOutcome McpToolProvider::toOutcome(const McpToolResult& result)
{
    ToolOutcome outcome;
    outcome.textForModel = result.modelText();
    outcome.isError = result.isError;
    for (const McpContentPart& part : result.parts)
        outcome.items.append(displayItem(part));
    outcome.structuredContent = result.structuredContent;
    return outcome;
}

void McpToolProvider::listTools(const Harness& harness, QObject* context, ListCallback done)
{
    McpToolListing* listing = m_registry->listTools(m_resolver(harness));
    QPointer<QObject> guard(context);
    connect(listing, &McpToolListing::finished, this, [listing, guard, done] {
        listing->deleteLater();
        if (!guard)
            return;
        QList<ToolSpec> specs;
        for (const McpExposedTool& t : listing->tools())
            specs << toToolSpec(t);
        QStringList errors;
        const auto byServer = listing->errors();
        for (auto it = byServer.begin(); it != byServer.end(); ++it)
            errors << tr("%1: %2").arg(it.key(), it.value());
        errors.sort();
        done(specs, errors);
    });
}

ToolInvocation* McpToolProvider::callTool(const Harness& /*harness*/, const ToolSpec& tool,
                                          const QJsonObject& arguments, QObject* parent)
{
    // The exposed name is authoritative; it maps back to (server, tool) exactly.
    return new McpToolInvocation(m_registry->callTool(tool.name, arguments), parent);
}

} // namespace harness::core
