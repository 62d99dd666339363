// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_servers_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace harness::core {

namespace {

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::McpServersJson)
};

/// Reads a JSON object of string values; returns false (with a reason) when a value is not a string.
bool readStringMap(const QJsonValue& value, const QString& what, QMap<QString, QString>* out, QString* why)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *why = Tr::tr("\"%1\" must be an object of names to text values.").arg(what);
        return false;
    }
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it->isString())
            out->insert(it.key(), it->toString());
        else if (it->isDouble() || it->isBool())
            out->insert(it.key(), it->toVariant().toString());
        else {
            *why = Tr::tr("\"%1\" value \"%2\" must be text.").arg(what, it.key());
            return false;
        }
    }
    return true;
}

bool parseEntry(const QString& name, const QJsonObject& entry, McpServerConfig* cfg, QString* token,
                QString* why)
{
    cfg->name = name;
    const QString type = entry.value(QLatin1String("type")).toString().toLower();
    const bool hasCommand = entry.contains(QLatin1String("command"));
    const bool hasUrl = entry.contains(QLatin1String("url")) || entry.contains(QLatin1String("serverUrl"));
    if (!type.isEmpty() && type != QLatin1String("stdio") && type != QLatin1String("http") &&
        type != QLatin1String("streamable-http") && type != QLatin1String("streamablehttp") &&
        type != QLatin1String("sse")) {
        *why = Tr::tr("Unknown server type \"%1\"; expected stdio, http or sse.").arg(type);
        return false;
    }
    if (hasCommand && hasUrl) {
        *why = Tr::tr("The entry has both \"command\" and \"url\"; keep only one.");
        return false;
    }
    if (type == QLatin1String("stdio") || (type.isEmpty() && hasCommand)) {
        const QJsonValue command = entry.value(QLatin1String("command"));
        if (!command.isString() || command.toString().trimmed().isEmpty()) {
            *why = Tr::tr("\"command\" is missing or not text; it names the program to start.");
            return false;
        }
        cfg->transport = McpServerConfig::Transport::Stdio;
        cfg->command = command.toString();
        const QJsonValue args = entry.value(QLatin1String("args"));
        if (!args.isUndefined() && !args.isNull()) {
            if (!args.isArray()) {
                *why = Tr::tr("\"args\" must be a list of text arguments.");
                return false;
            }
            for (const QJsonValue& a : args.toArray()) {
                if (!a.isString() && !a.isDouble()) {
                    *why = Tr::tr("\"args\" must contain only text arguments.");
                    return false;
                }
                cfg->args << (a.isString() ? a.toString() : a.toVariant().toString());
            }
        }
        if (!readStringMap(entry.value(QLatin1String("env")), QStringLiteral("env"), &cfg->env, why))
            return false;
        const QJsonValue cwd = entry.value(QLatin1String("cwd"));
        if (cwd.isString())
            cfg->workingDirectory = cwd.toString();
        return true;
    }
    if (!hasUrl) {
        *why = Tr::tr("The entry has neither \"command\" nor \"url\"; say how to start or reach the server.");
        return false;
    }
    QJsonValue urlValue = entry.value(QLatin1String("url"));
    if (urlValue.isUndefined())
        urlValue = entry.value(QLatin1String("serverUrl"));
    const QUrl url(urlValue.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!urlValue.isString() || !url.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()) {
        *why = Tr::tr("\"url\" is not a valid http or https address.");
        return false;
    }
    cfg->url = url;
    cfg->transport = type == QLatin1String("sse") ? McpServerConfig::Transport::LegacySse
                                                  : McpServerConfig::Transport::Http;
    if (!readStringMap(entry.value(QLatin1String("headers")), QStringLiteral("headers"), &cfg->headers, why))
        return false;
    for (auto it = cfg->headers.begin(); it != cfg->headers.end();) {
        if (it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            const QString value = it.value().trimmed();
            if (value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
                *token = value.mid(7).trimmed();
                cfg->auth = McpServerConfig::AuthKind::Bearer;
                it = cfg->headers.erase(it);
                continue;
            }
        }
        ++it;
    }
    // Our own export says how the server signs in ("auth": "oauth" | "bearer"); the secrets
    // themselves are never in the file.
    const QString auth = entry.value(QLatin1String("auth")).toString().toLower();
    if (auth == QLatin1String("oauth"))
        cfg->auth = McpServerConfig::AuthKind::OAuth;
    else if (auth == QLatin1String("bearer"))
        cfg->auth = McpServerConfig::AuthKind::Bearer;
    return true;
}

} // namespace

McpImportResult McpServersJson::parse(const QByteArray& json)
{
    McpImportResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.documentError = Tr::tr("The text is not valid JSON (%1 at position %2). Copy the whole "
                                      "configuration, including the outer braces.")
                                   .arg(error.errorString())
                                   .arg(error.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.documentError = Tr::tr("Expected a JSON object with an \"mcpServers\" object.");
        return result;
    }
    QJsonObject root = doc.object();
    QJsonValue servers = root.value(QLatin1String("mcpServers"));
    if (servers.isUndefined())
        servers = root.value(QLatin1String("servers")); // VS Code's variant
    if (!servers.isObject()) {
        result.documentError = Tr::tr("No \"mcpServers\" object found. Expected {\"mcpServers\": {\"name\": "
                                      "{\"command\": ...}}}.");
        return result;
    }
    const QJsonObject map = servers.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        McpServerConfig cfg;
        QString token;
        QString why;
        if (it.key().trimmed().isEmpty())
            why = Tr::tr("The server name is empty.");
        else if (!it->isObject())
            why = Tr::tr("The entry is not an object.");
        else if (parseEntry(it.key(), it->toObject(), &cfg, &token, &why)) {
            result.servers << cfg;
            if (!token.isEmpty())
                result.bearerTokens.insert(cfg.name, token);
            continue;
        }
        result.problems << McpImportProblem{it.key(), why};
    }
    return result;
}

QJsonObject McpServersJson::toEntry(const McpServerConfig& server)
{
    QJsonObject entry;
    auto toObject = [](const QMap<QString, QString>& map) {
        QJsonObject obj;
        for (auto it = map.begin(); it != map.end(); ++it)
            obj.insert(it.key(), it.value());
        return obj;
    };
    if (server.isStdio()) {
        entry.insert(QLatin1String("command"), server.command);
        entry.insert(QLatin1String("args"), QJsonArray::fromStringList(server.args));
        if (!server.env.isEmpty())
            entry.insert(QLatin1String("env"), toObject(server.env));
        if (!server.workingDirectory.isEmpty())
            entry.insert(QLatin1String("cwd"), server.workingDirectory);
        return entry;
    }
    entry.insert(QLatin1String("type"), server.transport == McpServerConfig::Transport::LegacySse
                                            ? QStringLiteral("sse")
                                            : QStringLiteral("http"));
    entry.insert(QLatin1String("url"), server.url.toString(QUrl::FullyEncoded));
    if (!server.headers.isEmpty())
        entry.insert(QLatin1String("headers"), toObject(server.headers));
    if (server.auth == McpServerConfig::AuthKind::OAuth)
        entry.insert(QLatin1String("auth"), QStringLiteral("oauth"));
    else if (server.auth == McpServerConfig::AuthKind::Bearer)
        entry.insert(QLatin1String("auth"), QStringLiteral("bearer"));
    return entry;
}

QByteArray McpServersJson::serialize(const QList<McpServerConfig>& servers)
{
    QJsonObject map;
    for (const McpServerConfig& s : servers)
        map.insert(s.name, toEntry(s));
    QJsonObject root;
    root.insert(QLatin1String("mcpServers"), map);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace harness::core
