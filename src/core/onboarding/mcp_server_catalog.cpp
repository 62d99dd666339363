// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/onboarding/mcp_server_catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace harness::core {

namespace {

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpServerCatalog)
};

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z][a-z0-9_]*)\\}"));
    return pattern;
}

QSet<QString> placeholdersIn(const QString& text)
{
    QSet<QString> keys;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        keys.insert(it.next().captured(1));
    return keys;
}

QString substitute(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

std::optional<McpCatalogInput::Kind> inputKind(const QString& name)
{
    if (name == QLatin1String("text"))
        return McpCatalogInput::Kind::Text;
    if (name == QLatin1String("folder"))
        return McpCatalogInput::Kind::Folder;
    if (name == QLatin1String("file"))
        return McpCatalogInput::Kind::File;
    if (name == QLatin1String("url"))
        return McpCatalogInput::Kind::Url;
    return std::nullopt;
}

/// Parses one entry; returns the problem, or an empty string.
QString parseEntry(const QJsonObject& o, McpCatalogEntry& e)
{
    e.id = o.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(e.id).hasMatch())
        return QStringLiteral("id \"%1\" is not lower-case letters, digits and dashes").arg(e.id);
    e.name = o.value(QLatin1String("name")).toString().trimmed();
    e.category = o.value(QLatin1String("category")).toString().trimmed();
    e.description = o.value(QLatin1String("description")).toString().trimmed();
    if (e.name.isEmpty() || e.description.isEmpty())
        return QStringLiteral("needs a name and a description");
    e.homepage = QUrl(o.value(QLatin1String("homepage")).toString());
    if (!e.homepage.isValid() || e.homepage.scheme() != QLatin1String("https"))
        return QStringLiteral("needs an https homepage");

    const QString transport = o.value(QLatin1String("transport")).toString();
    if (transport == QLatin1String("stdio"))
        e.transport = McpServerConfig::Transport::Stdio;
    else if (transport == QLatin1String("http"))
        e.transport = McpServerConfig::Transport::Http;
    else if (transport == QLatin1String("sse"))
        e.transport = McpServerConfig::Transport::LegacySse;
    else
        return QStringLiteral("unknown transport \"%1\"").arg(transport);
    e.command = o.value(QLatin1String("command")).toString();
    for (const auto& arg : o.value(QLatin1String("args")).toArray())
        e.args.append(arg.toString());
    const QJsonObject env = o.value(QLatin1String("env")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it)
        e.env.insert(it.key(), it.value().toString());
    e.url = o.value(QLatin1String("url")).toString();
    if (e.isStdio() && (e.command.isEmpty() || !e.url.isEmpty()))
        return QStringLiteral("a stdio server needs a command and no url");
    if (!e.isStdio() && (e.url.isEmpty() || !e.command.isEmpty() || !e.args.isEmpty()))
        return QStringLiteral("an HTTP server needs a url and no command");

    const QString auth = o.value(QLatin1String("auth")).toString(QStringLiteral("none"));
    if (auth == QLatin1String("none"))
        e.auth = McpServerConfig::AuthKind::None;
    else if (auth == QLatin1String("bearer"))
        e.auth = McpServerConfig::AuthKind::Bearer;
    else if (auth == QLatin1String("oauth"))
        e.auth = McpServerConfig::AuthKind::OAuth;
    else
        return QStringLiteral("unknown auth \"%1\"").arg(auth);
    if (e.isStdio() && e.auth != McpServerConfig::AuthKind::None)
        return QStringLiteral("a stdio server takes secrets as environment variables, not auth");

    QSet<QString> inputKeys;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const auto& value : o.value(QLatin1String("inputs")).toArray()) {
        const QJsonObject io = value.toObject();
        McpCatalogInput input;
        input.key = io.value(QLatin1String("key")).toString();
        if (!keyPattern.match(input.key).hasMatch() || inputKeys.contains(input.key))
            return QStringLiteral("input key \"%1\" is invalid or repeated").arg(input.key);
        inputKeys.insert(input.key);
        const auto kind = inputKind(io.value(QLatin1String("kind")).toString(QStringLiteral("text")));
        if (!kind)
            return QStringLiteral("input \"%1\" has an unknown kind").arg(input.key);
        input.kind = *kind;
        input.label = io.value(QLatin1String("label")).toString().trimmed();
        if (input.label.isEmpty())
            return QStringLiteral("input \"%1\" has no label").arg(input.key);
        input.description = io.value(QLatin1String("description")).toString();
        input.required = io.value(QLatin1String("required")).toBool(true);
        input.defaultValue = io.value(QLatin1String("default")).toString();
        e.inputs.append(input);
    }

    int bearers = 0;
    static const QRegularExpression envPattern(QStringLiteral("^[A-Z_][A-Z0-9_]*$"));
    for (const auto& value : o.value(QLatin1String("secrets")).toArray()) {
        const QJsonObject so = value.toObject();
        McpCatalogSecret secret;
        const QString kind = so.value(QLatin1String("kind")).toString();
        secret.label = so.value(QLatin1String("label")).toString().trimmed();
        secret.helpUrl = QUrl(so.value(QLatin1String("helpUrl")).toString());
        if (secret.label.isEmpty())
            return QStringLiteral("a secret has no label");
        if (kind == QLatin1String("env")) {
            secret.kind = McpCatalogSecret::Kind::Env;
            secret.envVar = so.value(QLatin1String("env")).toString();
            if (!e.isStdio() || !envPattern.match(secret.envVar).hasMatch() || e.env.contains(secret.envVar))
                return QStringLiteral("env secret \"%1\" is invalid").arg(secret.envVar);
        } else if (kind == QLatin1String("bearer")) {
            secret.kind = McpCatalogSecret::Kind::Bearer;
            ++bearers;
        } else {
            return QStringLiteral("unknown secret kind \"%1\"").arg(kind);
        }
        e.secrets.append(secret);
    }
    if ((e.auth == McpServerConfig::AuthKind::Bearer) != (bearers == 1) || bearers > 1)
        return QStringLiteral("bearer auth needs exactly one bearer secret");

    QSet<QString> used = placeholdersIn(e.command) + placeholdersIn(e.url);
    for (const auto& arg : std::as_const(e.args))
        used += placeholdersIn(arg);
    for (const auto& value : std::as_const(e.env))
        used += placeholdersIn(value);
    if (used != inputKeys)
        return QStringLiteral("placeholders and inputs do not match");

    // With every input answered, the entry must give a usable config.
    QHash<QString, QString> sample;
    for (const auto& input : std::as_const(e.inputs))
        sample.insert(input.key, QStringLiteral("sample"));
    QString problem;
    e.toConfig(sample, &problem);
    return problem;
}

} // namespace

QString McpCatalogEntry::commandLine() const
{
    if (!isStdio())
        return url;
    QStringList parts{command};
    parts += args;
    return parts.join(QLatin1Char(' '));
}

McpServerConfig McpCatalogEntry::toConfig(const QHash<QString, QString>& answers, QString* error) const
{
    QHash<QString, QString> values;
    for (const auto& input : inputs) {
        QString value = answers.value(input.key).trimmed();
        if (value.isEmpty())
            value = input.defaultValue;
        if (value.isEmpty() && input.required) {
            if (error)
                *error = Tr::tr("%1 needs a value for \"%2\".").arg(name, input.label);
            return {};
        }
        if ((input.kind == McpCatalogInput::Kind::Folder || input.kind == McpCatalogInput::Kind::File) &&
            (value == QLatin1String("~") || value.startsWith(QLatin1String("~/"))))
            value = QDir::homePath() + value.mid(1);
        values.insert(input.key, value);
    }
    McpServerConfig config;
    config.name = id;
    config.transport = transport;
    config.auth = auth;
    if (isStdio()) {
        config.command = substitute(command, values);
        for (const auto& arg : args) {
            const QString value = substitute(arg, values);
            // An optional input left empty drops the argument it fills on its own.
            if (!value.isEmpty() || arg.isEmpty())
                config.args.append(value);
        }
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            config.env.insert(it.key(), substitute(it.value(), values));
    } else {
        config.url = QUrl(substitute(url, values));
    }
    if (const QString problem = config.validationError(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    if (error)
        error->clear();
    return config;
}

McpServerCatalog McpServerCatalog::fromJson(const QByteArray& json, QStringList* problems)
{
    McpServerCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QLatin1String("servers")).isArray()) {
        if (problems)
            problems->append(QStringLiteral("not a catalog document: %1").arg(parseError.errorString()));
        return catalog;
    }
    QSet<QString> ids;
    const QJsonArray servers = doc.object().value(QLatin1String("servers")).toArray();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        McpCatalogEntry entry;
        QString problem = parseEntry(servers.at(i).toObject(), entry);
        if (problem.isEmpty() && ids.contains(entry.id))
            problem = QStringLiteral("the id is used twice");
        if (!problem.isEmpty()) {
            if (problems)
                problems->append(QStringLiteral("entry %1 (%2): %3").arg(i).arg(entry.id, problem));
            continue;
        }
        ids.insert(entry.id);
        catalog.m_entries.append(entry);
    }
    return catalog;
}

const McpServerCatalog& McpServerCatalog::builtIn()
{
    static const McpServerCatalog catalog = [] {
        QFile file(QStringLiteral(":/onboarding/mcp_server_catalog.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the MCP server catalog resource is missing");
        QStringList problems;
        auto parsed = fromJson(file.readAll(), &problems);
        for (const auto& problem : std::as_const(problems))
            qWarning("MCP server catalog: %s", qPrintable(problem));
        return parsed;
    }();
    return catalog;
}

const McpCatalogEntry* McpServerCatalog::find(const QString& id) const
{
    for (const auto& entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

} // namespace harness::core
