// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/mcp_server_config.h"

#include <QCoreApplication>

namespace harness::core {

QString McpServerConfig::transportName(Transport transport)
{
    switch (transport) {
    case Transport::Http:
        return QStringLiteral("http");
    case Transport::LegacySse:
        return QStringLiteral("sse");
    case Transport::Stdio:
        break;
    }
    return QStringLiteral("stdio");
}

McpServerConfig::Transport McpServerConfig::transportFromName(QStringView name)
{
    return name == QLatin1String("http")  ? Transport::Http
           : name == QLatin1String("sse") ? Transport::LegacySse
                                          : Transport::Stdio;
}

QString McpServerConfig::authName(AuthKind auth)
{
    switch (auth) {
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    case AuthKind::OAuth:
        return QStringLiteral("oauth");
    case AuthKind::None:
        break;
    }
    return QStringLiteral("none");
}

McpServerConfig::AuthKind McpServerConfig::authFromName(QStringView name)
{
    return name == QLatin1String("bearer")  ? AuthKind::Bearer
           : name == QLatin1String("oauth") ? AuthKind::OAuth
                                            : AuthKind::None;
}

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
