// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace harness::core {

/// How to reach one MCP server. A plain value type: copy it, compare it, store it.
/// Secrets (bearer tokens, OAuth tokens) are never part of it; they are supplied at runtime.
struct McpServerConfig {
    enum class Transport {
        Stdio,     ///< a local process speaking newline-delimited JSON on stdin/stdout
        Http,      ///< Streamable HTTP, falling back to legacy HTTP+SSE when the server is older
        LegacySse, ///< legacy HTTP+SSE only (the `"type": "sse"` entries of mcpServers files)
    };
    enum class AuthKind { None, Bearer, OAuth };

    QString name;
    Transport transport = Transport::Stdio;

    // stdio
    QString command;
    QStringList args;
    QMap<QString, QString> env; ///< merged over the application's environment
    QString workingDirectory;   ///< empty: the application's current directory

    // http
    QUrl url;
    QMap<QString, QString> headers; ///< extra request headers (never an Authorization secret)
    AuthKind auth = AuthKind::None;

    // timeouts (milliseconds)
    int requestTimeoutMs = 30'000; ///< initialize, tools/list, ping
    int toolTimeoutMs = 300'000;   ///< tools/call; restarted by each progress notification

    bool isStdio() const { return transport == Transport::Stdio; }
    bool isHttp() const { return transport != Transport::Stdio; }

    /// The names stored in the database and in exported data: "stdio", "http", "sse" and
    /// "none", "bearer", "oauth". An unknown name reads as Stdio / None.
    static QString transportName(Transport transport);
    static Transport transportFromName(QStringView name);
    static QString authName(AuthKind auth);
    static AuthKind authFromName(QStringView name);

    /// Empty when the config can be used; otherwise a translated sentence saying what is wrong.
    QString validationError() const;

    friend bool operator==(const McpServerConfig&, const McpServerConfig&) = default;
};

} // namespace harness::core
