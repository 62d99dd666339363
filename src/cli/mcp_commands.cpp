// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli mcp tools | mcp call | mcp import | mcp export | mcp conformance
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/terminal_authorization_opener.h"
#include "cli/terminal_elicitation_handler.h"
#include "core/engine/mcp_credential_keeper.h"
#include "core/mcp/mcp_conformance_client.h"
#include "core/mcp/mcp_server_registry.h"
#include "core/mcp/mcp_servers_json.h"
#include "core/mcp/mcp_tool_call.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/store/mcp_server_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace harness::cli {

namespace {

using namespace harness::core;

/// The MCP servers of one command: the registry, the keychain (for saved servers' bearer and
/// OAuth tokens, re-saved when refreshed), terminal sign-in and the terminal elicitation form.
struct McpSession {
    KeychainSecretStore secrets;
    McpServerRegistry registry;
    McpCredentialKeeper keeper{registry, &secrets};
    TerminalAuthorizationOpener opener;
    TerminalElicitationHandler elicitation;

    explicit McpSession(CliContext& ctx)
    {
        registry.setAuthorizationOpener(&opener);
        registry.setElicitationHandler(&elicitation);
        QObject::connect(&keeper, &McpCredentialKeeper::problem, &registry,
                         [&ctx](const QString& server, const QString& error) {
                             ctx.err() << (server.isEmpty() ? error : Cli::tr("%1: %2").arg(server, error))
                                       << Qt::endl;
                         });
    }
};

/// Servers from an mcpServers JSON file (--config), else the ones saved in the app.
bool loadServers(CliContext& ctx, const QString& configPath, McpSession& session, int& exitCode)
{
    McpServerRegistry& registry = session.registry;
    if (!configPath.isEmpty()) {
        QFile file(configPath);
        if (!file.open(QIODevice::ReadOnly)) {
            exitCode =
                ctx.fail(ExitFailure, Cli::tr("cannot read %1: %2").arg(configPath, file.errorString()));
            return false;
        }
        const auto imported = McpServersJson::parse(file.readAll());
        if (!imported.documentError.isEmpty()) {
            exitCode = ctx.fail(ExitFailure, Cli::tr("%1: %2").arg(configPath, imported.documentError));
            return false;
        }
        for (const auto& problem : imported.problems)
            ctx.err() << Cli::tr("skipped \"%1\": %2").arg(problem.entryName, problem.reason) << Qt::endl;
        registry.setServers(imported.servers);
        for (auto it = imported.bearerTokens.cbegin(); it != imported.bearerTokens.cend(); ++it)
            registry.setBearerToken(it.key(), it.value());
        return true;
    }
    auto* store = ctx.store();
    if (!store) {
        exitCode = ExitStoreUnusable;
        return false;
    }
    auto stored = store->mcpServers().list();
    if (!stored.ok()) {
        exitCode = ctx.fail(ExitFailure, stored.error.userMessage());
        return false;
    }
    QList<McpServerConfig> configs;
    for (const auto& server : std::as_const(stored.value)) {
        if (server.enabled)
            configs.append(server.config);
    }
    registry.setServers(configs);
    session.keeper.sync(stored.value); // the servers wait for their tokens from the keychain
    return true;
}

int stopAndReturn(McpSession& session, int code)
{
    McpServerRegistry& registry = session.registry;
    QEventLoop wait;
    QObject::connect(&registry, &McpServerRegistry::allStopped, &wait, &QEventLoop::quit);
    registry.stopAll();
    if (!registry.serverNames().isEmpty())
        wait.exec();
    // Refreshed sign-ins are being saved: let them land before the process ends.
    if (session.keeper.isBusy()) {
        QObject::connect(&session.keeper, &McpCredentialKeeper::idle, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return code;
}

const CliCommandRegistration toolsCommand{CliCommand{
    {QStringLiteral("mcp"), QStringLiteral("tools")},
    QStringLiteral("[--config FILE] [--json]"),
    QT_TRANSLATE_NOOP("harness::cli",
                      "Start the MCP servers and list their tools (a broken server is reported, "
                      "the others still listed)."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption config(QStringLiteral("config"),
                                        Cli::tr("An mcpServers JSON file (Claude Desktop, "
                                                "Cursor) instead of the saved servers."),
                                        Cli::tr("FILE"));
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
        parser.addOptions({config, json});
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        McpSession session(ctx);
        McpServerRegistry& registry = session.registry;
        if (!loadServers(ctx, parser.value(config), session, exitCode))
            return exitCode;
        if (registry.serverNames().isEmpty())
            return ctx.fail(
                ExitNotFound,
                Cli::tr("no MCP servers configured. Import some with harness-cli mcp import FILE."));
        auto* listing = registry.listTools(registry.serverNames());
        QEventLoop wait;
        QObject::connect(listing, &McpToolListing::finished, &wait, &QEventLoop::quit);
        if (!listing->isFinished())
            wait.exec();
        const auto errors = listing->errors();
        if (parser.isSet(json)) {
            QJsonArray tools;
            for (const auto& tool : listing->tools())
                tools.append(QJsonObject{{QStringLiteral("name"), tool.exposedName},
                                         {QStringLiteral("server"), tool.server},
                                         {QStringLiteral("tool"), tool.tool.name},
                                         {QStringLiteral("description"), tool.tool.description},
                                         {QStringLiteral("annotations"), tool.tool.annotations}});
            QJsonObject failures;
            for (auto it = errors.cbegin(); it != errors.cend(); ++it)
                failures.insert(it.key(), it.value());
            ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("tools"), tools},
                                                   {QStringLiteral("errors"), failures}})
                             .toJson(QJsonDocument::Indented);
        } else {
            QString server;
            for (const auto& tool : listing->tools()) {
                if (tool.server != server) {
                    server = tool.server;
                    ctx.out() << server << '\n';
                }
                ctx.out() << "  " << tool.exposedName.leftJustified(40) << ' '
                          << tool.tool.description.section(QLatin1Char('\n'), 0, 0).left(80) << '\n';
            }
            for (auto it = errors.cbegin(); it != errors.cend(); ++it)
                ctx.err() << Cli::tr("%1: %2").arg(it.key(), it.value()) << Qt::endl;
        }
        return stopAndReturn(session, errors.isEmpty() ? ExitOk : ExitFailure);
    }}};

const CliCommandRegistration callCommand{CliCommand{
    {QStringLiteral("mcp"), QStringLiteral("call")},
    QStringLiteral("SERVER TOOL [JSON] [--config FILE]"),
    QT_TRANSLATE_NOOP("harness::cli", "Call one MCP tool and print what the model would get."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption config(QStringLiteral("config"), Cli::tr("An mcpServers JSON file."),
                                        Cli::tr("FILE"));
        parser.addOption(config);
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        const auto words = parser.positionalArguments();
        if (words.size() < 2 || words.size() > 3)
            return ctx.fail(ExitUsage, Cli::tr("Usage: harness-cli mcp call SERVER TOOL [JSON]"));
        QJsonObject arguments;
        if (words.size() == 3) {
            QJsonParseError error;
            const auto document = QJsonDocument::fromJson(words.at(2).toUtf8(), &error);
            if (!document.isObject())
                return ctx.fail(ExitUsage,
                                Cli::tr("the arguments must be a JSON object: %1").arg(error.errorString()));
            arguments = document.object();
        }
        McpSession session(ctx);
        McpServerRegistry& registry = session.registry;
        if (!loadServers(ctx, parser.value(config), session, exitCode))
            return exitCode;
        if (!registry.serverNames().contains(words.at(0)))
            return stopAndReturn(
                session, ctx.fail(ExitNotFound, Cli::tr("no MCP server named \"%1\".").arg(words.at(0))));
        auto* listing = registry.listTools({words.at(0)});
        QEventLoop wait;
        QObject::connect(listing, &McpToolListing::finished, &wait, &QEventLoop::quit);
        if (!listing->isFinished())
            wait.exec();
        if (!listing->errors().isEmpty())
            return stopAndReturn(session, ctx.fail(ExitFailure, listing->errors().value(words.at(0))));
        auto* call = registry.callTool(registry.exposedName(words.at(0), words.at(1)), arguments);
        QObject::connect(
            call, &McpToolCall::progressed, &wait, [&](double progress, double total, const QString& m) {
                ctx.err() << Cli::tr("progress %1%2 %3")
                                 .arg(progress)
                                 .arg(total > 0 ? QStringLiteral("/%1").arg(total) : QString(), m)
                          << Qt::endl;
            });
        QObject::connect(call, &McpToolCall::finished, &wait, &QEventLoop::quit);
        if (!call->isFinished())
            wait.exec();
        const auto result = call->result();
        ctx.out() << result.modelText() << Qt::endl;
        return stopAndReturn(session, result.isError ? ExitFailure : ExitOk);
    }}};

const CliCommandRegistration importCommand{CliCommand{
    {QStringLiteral("mcp"), QStringLiteral("import")},
    QStringLiteral("FILE"),
    QT_TRANSLATE_NOOP("harness::cli",
                      "Save the servers of an mcpServers JSON file (tokens go to the keychain)."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        if (parser.positionalArguments().size() != 1)
            return ctx.fail(ExitUsage, Cli::tr("Usage: harness-cli mcp import FILE"));
        QFile file(parser.positionalArguments().constFirst());
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(ExitFailure,
                            Cli::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const auto imported = McpServersJson::parse(file.readAll());
        if (!imported.documentError.isEmpty())
            return ctx.fail(ExitFailure, imported.documentError);
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        KeychainSecretStore secrets;
        int saved = 0;
        for (const auto& problem : imported.problems)
            ctx.err() << Cli::tr("skipped \"%1\": %2").arg(problem.entryName, problem.reason) << Qt::endl;
        for (const auto& config : imported.servers) {
            StoredMcpServer server;
            server.config = config;
            if (auto error = store->mcpServers().create(server)) {
                ctx.err() << Cli::tr("skipped \"%1\": %2").arg(config.name, error.userMessage()) << Qt::endl;
                continue;
            }
            if (imported.bearerTokens.contains(config.name)) {
                QEventLoop wait;
                secrets.write(server.secretKey(), imported.bearerTokens.value(config.name), &wait,
                              [&](const SecretResult& result) {
                                  if (!result.ok())
                                      ctx.err() << Cli::tr("\"%1\" is saved, but its token is not: %2")
                                                       .arg(config.name, result.error)
                                                << Qt::endl;
                                  wait.quit();
                              });
                wait.exec();
            }
            ++saved;
            ctx.out() << Cli::tr("saved %1").arg(config.name) << '\n';
        }
        return saved == imported.servers.size() && imported.problems.isEmpty() ? int(ExitOk)
                                                                               : int(ExitFailure);
    }}};

const CliCommandRegistration exportCommand{CliCommand{
    {QStringLiteral("mcp"), QStringLiteral("export")},
    QStringLiteral("[--output FILE]"),
    QT_TRANSLATE_NOOP("harness::cli",
                      "Write the saved servers as an mcpServers JSON file (never their tokens)."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        Cli::tr("Write to FILE instead of stdout."), Cli::tr("FILE"));
        parser.addOption(output);
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        if (!parser.positionalArguments().isEmpty())
            return ctx.fail(ExitUsage, Cli::tr("Usage: harness-cli mcp export [--output FILE]"));
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        auto stored = store->mcpServers().list();
        if (!stored.ok())
            return ctx.fail(ExitFailure, stored.error.userMessage());
        QList<McpServerConfig> configs;
        for (const auto& server : std::as_const(stored.value)) {
            configs.append(server.config);
            // Secrets stay in the keychain: say which servers need theirs again after an import.
            if (server.config.auth == McpServerConfig::AuthKind::Bearer)
                ctx.err()
                    << Cli::tr(
                           "\"%1\": its access token is not exported (it stays in the keychain); enter it "
                           "again after importing.")
                           .arg(server.config.name)
                    << Qt::endl;
            else if (server.config.auth == McpServerConfig::AuthKind::OAuth)
                ctx.err()
                    << Cli::tr(
                           "\"%1\": its OAuth sign-in is not exported; you sign in again after importing.")
                           .arg(server.config.name)
                    << Qt::endl;
        }
        const QByteArray json = McpServersJson::serialize(configs);
        if (!parser.isSet(output)) {
            ctx.out() << QString::fromUtf8(json);
            return int(ExitOk);
        }
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return ctx.fail(ExitFailure,
                            Cli::tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
        ctx.err()
            << Cli::tr("exported %n server(s) to %1", nullptr, int(configs.size())).arg(parser.value(output))
            << Qt::endl;
        return int(ExitOk);
    }}};

const CliCommandRegistration conformanceCommand{CliCommand{
    {QStringLiteral("mcp"), QStringLiteral("conformance")},
    QStringLiteral("URL"),
    QT_TRANSLATE_NOOP("harness::cli", "The client the official MCP conformance suite runs (scenario from "
                                      "$MCP_CONFORMANCE_SCENARIO)."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        if (parser.positionalArguments().isEmpty())
            return ctx.fail(ExitUsage, Cli::tr("Usage: harness-cli mcp conformance URL"));
        McpConformanceClient client(QUrl(parser.positionalArguments().constLast()),
                                    qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO"));
        QEventLoop wait;
        int code = ExitFailure;
        QObject::connect(&client, &McpConformanceClient::finished, &wait, [&](int result) {
            code = result;
            wait.quit();
        });
        client.run();
        wait.exec();
        for (const QString& line : client.report())
            ctx.err() << line << '\n';
        return code;
    }}};

} // namespace

} // namespace harness::cli
