// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_server_registry.h"
#include "core/mcp/mcp_tool_result.h"
#include "core/tools/tool_provider.h"

#include <functional>

namespace harness::core {

/// The engine's ToolProvider backed by MCP servers: a harness's servers come from the registry
/// (started on first use, shared), tools are exposed as `<server>__<tool>`, calls go to the
/// right server and can be cancelled, and one broken server only adds an entry to serverErrors.
class McpToolProvider final : public ToolProvider {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpToolProvider)
public:
    /// Maps a harness to the registry's server names (its mcpServerIds are store row ids).
    using ServerResolver = std::function<QStringList(const Harness&)>;

    /// \a registry is not owned and must outlive the provider.
    explicit McpToolProvider(McpServerRegistry* registry, QObject* parent = nullptr);

    /// The default treats Harness::mcpServerIds as server names.
    void setServerResolver(ServerResolver resolver) { m_resolver = std::move(resolver); }

    void listTools(const Harness& harness, QObject* context, ListCallback done) override;
    ToolInvocation* callTool(const Harness& harness, const ToolSpec& tool, const QJsonObject& arguments,
                             QObject* parent) override;

    static ToolSpec toToolSpec(const McpExposedTool& tool);
    /// The model text, the display items ({type: text|image|audio|resource, ...}) and
    /// structuredContent of a result.
    static ToolOutcome toOutcome(const McpToolResult& result);

private:
    McpServerRegistry* m_registry;
    ServerResolver m_resolver;
};

} // namespace harness::core
