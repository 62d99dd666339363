// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_tool_call.h"

#include <QCoreApplication>

namespace harness::core {

McpToolCall::McpToolCall(const QString& server, const QString& tool, const QJsonObject& arguments,
                         QObject* parent)
    : QObject(parent), m_server(server), m_tool(tool), m_arguments(arguments)
{}

McpToolCall::~McpToolCall() = default;

void McpToolCall::cancel(const QString& reason)
{
    if (m_finished)
        return;
    const QString why = reason.isEmpty()
                            ? QCoreApplication::translate("McpToolCall", "The user stopped the tool call.")
                            : reason;
    if (m_cancelHandler) {
        auto handler = m_cancelHandler;
        handler(why);
    }
    if (!m_finished)
        finish(McpToolResult::fromFailure(McpToolResult::Failure::Cancelled, why));
}

void McpToolCall::reportProgress(double progress, double total, const QString& message)
{
    if (m_finished)
        return;
    m_progress = progress;
    m_total = total;
    emit progressed(progress, total, message);
}

void McpToolCall::finish(const McpToolResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelHandler = nullptr;
    m_result = result;
    emit finished();
}

} // namespace harness::core
