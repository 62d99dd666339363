// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/mcp_server_config.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace harness::core {

/// Something the user fills in before a catalog server can run, e.g. the folder the filesystem
/// server may use. Its `{key}` placeholder appears in the entry's args, env or URL.
struct McpCatalogInput {
    enum class Kind { Text, Folder, File, Url };
    QString key;
    Kind kind = Kind::Text;
    QString label;
    QString description;
    bool required = true;
    QString defaultValue;
};

/// A secret a catalog server needs: an environment variable of a local server, or the bearer
/// token of a remote one. Values go to the keychain, never into the server's stored config.
struct McpCatalogSecret {
    enum class Kind { Env, Bearer };
    Kind kind = Kind::Env;
    QString envVar; ///< for Kind::Env
    QString label;
    QUrl helpUrl; ///< where the user gets one
};

/// One well-known MCP server: what it does, how it is launched, what it needs.
struct McpCatalogEntry {
    QString id; ///< stable, lower-case, also the default server name
    QString name;
    QString category;
    QString description;
    QUrl homepage;
    McpServerConfig::Transport transport = McpServerConfig::Transport::Stdio;
    QString command;
    QStringList args;
    QMap<QString, QString> env;
    QString url; ///< may hold placeholders, hence a string
    McpServerConfig::AuthKind auth = McpServerConfig::AuthKind::None;
    QList<McpCatalogInput> inputs;
    QList<McpCatalogSecret> secrets;

    bool isStdio() const { return transport == McpServerConfig::Transport::Stdio; }
    /// True when the wizard must ask for a token or a sign-in before the server works.
    bool needsConnection() const { return !secrets.isEmpty() || auth == McpServerConfig::AuthKind::OAuth; }
    /// The launch line as a person would type it (placeholders shown as {key}).
    QString commandLine() const;

    /// The server config for the user's answers (input key -> value). Missing required inputs give
    /// a translated error in \a error and an empty config. Secrets are not part of the config.
    McpServerConfig toConfig(const QHash<QString, QString>& inputs, QString* error) const;
};

/// The catalog of well-known MCP servers offered by the onboarding wizard. The built-in one is a
/// JSON resource compiled into the app (core/onboarding/mcp_server_catalog.json).
class McpServerCatalog final {
public:
    /// Parses a catalog document; every problem (bad entry, duplicate id, unknown placeholder) is
    /// listed in \a problems and the faulty entry left out.
    static McpServerCatalog fromJson(const QByteArray& json, QStringList* problems);
    /// The compiled-in catalog (parsed once).
    static const McpServerCatalog& builtIn();

    const QList<McpCatalogEntry>& entries() const { return m_entries; }
    const McpCatalogEntry* find(const QString& id) const;

private:
    QList<McpCatalogEntry> m_entries;
};

} // namespace harness::core
