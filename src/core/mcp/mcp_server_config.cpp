// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_server_config.h"

#include <QCoreApplication>

namespace harness::core {

QString McpServerConfig::validationError() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("McpServerConfig", "The MCP server has no name. Give it a name.");
    if (isStdio()) {
        if (command.trimmed().isEmpty())
            return QCoreApplication::translate(
                       "McpServerConfig", "MCP server \"%1\" has no command. Enter the program to start, "
                                          "for example \"npx\".")
                .arg(name);
        return {};
    }
    if (!url.isValid() || url.isRelative())
        return QCoreApplication::translate("McpServerConfig",
                                           "MCP server \"%1\" has no valid URL. Enter an address such as "
                                           "https://example.com/mcp.")
            .arg(name);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QCoreApplication::translate(
                   "McpServerConfig", "MCP server \"%1\" uses the URL scheme \"%2\"; only http and https "
                                      "are supported.")
            .arg(name, url.scheme());
    return {};
}

} // namespace harness::core
