// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli mcp policy list | set | unset: the stored tool approval rules.
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/tool_policy_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace harness::cli {

namespace {

using namespace harness::core;

struct ScopeOptions {
    QCommandLineOption harness{QStringLiteral("harness"), Cli::tr("Only for this harness (name or id)."),
                               Cli::tr("H")};
    QCommandLineOption server{QStringLiteral("server"), Cli::tr("Only for this MCP server (name or id)."),
                              Cli::tr("S")};
    QCommandLineOption tool{QStringLiteral("tool"),
                            Cli::tr("Only for this tool of the server (needs --server)."), Cli::tr("T")};
    void addTo(QCommandLineParser& parser) const { parser.addOptions({harness, server, tool}); }
};

/// The rule's scope from --harness/--server/--tool, names resolved to row ids.
bool readScope(CliContext& ctx, Store& store, const QCommandLineParser& parser, const ScopeOptions& o,
               ToolPolicyRule& rule, int& exitCode)
{
    if (parser.isSet(o.harness)) {
        const QString h = parser.value(o.harness);
        auto found = store.harnesses().findByName(h);
        if (!found.ok())
            found = store.harnesses().get(h);
        if (!found.ok()) {
            exitCode =
                ctx.fail(ExitNotFound,
                         Cli::tr("no harness named \"%1\". `harness-cli harnesses list` shows them.").arg(h));
            return false;
        }
        rule.harnessId = found.value.id;
    }
    if (parser.isSet(o.server)) {
        const QString s = parser.value(o.server);
        auto found = store.mcpServers().findByName(s);
        if (!found.ok())
            found = store.mcpServers().get(s);
        if (!found.ok()) {
            exitCode = ctx.fail(
                ExitNotFound,
                Cli::tr("no saved MCP server named \"%1\". `harness-cli mcp tools` lists them.").arg(s));
            return false;
        }
        rule.serverId = found.value.id;
    }
    if (parser.isSet(o.tool)) {
        if (!parser.isSet(o.server)) {
            exitCode = ctx.fail(
                ExitUsage, Cli::tr("--tool needs --server: a tool name means something only on its server."));
            return false;
        }
        rule.toolName = parser.value(o.tool).trimmed();
    }
    return true;
}

const CliCommandRegistration listCommand{CliCommand{
    {QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("list")},
    QStringLiteral("[--json]"),
    QT_TRANSLATE_NOOP("harness::cli", "List the stored tool approval rules (the most specific rule wins)."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
        parser.addOption(json);
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        auto rules = store->toolPolicies().list();
        if (!rules.ok())
            return ctx.fail(ExitFailure, rules.error.userMessage());
        const auto harnessName = [&](const QString& id) {
            if (id == ToolPolicyRule::Any)
                return Cli::tr("(any)");
            auto h = store->harnesses().get(id);
            return h.ok() ? h.value.name : Cli::tr("(deleted harness %1)").arg(id.left(8));
        };
        const auto serverName = [&](const QString& id) {
            if (id == ToolPolicyRule::Any)
                return Cli::tr("(any)");
            auto s = store->mcpServers().get(id);
            return s.ok() ? s.value.config.name : Cli::tr("(deleted server %1)").arg(id.left(8));
        };
        if (parser.isSet(json)) {
            QJsonArray out;
            for (const auto& r : std::as_const(rules.value))
                out.append(QJsonObject{{QStringLiteral("harnessId"), r.harnessId},
                                       {QStringLiteral("harness"), harnessName(r.harnessId)},
                                       {QStringLiteral("serverId"), r.serverId},
                                       {QStringLiteral("server"), serverName(r.serverId)},
                                       {QStringLiteral("tool"), r.toolName},
                                       {QStringLiteral("policy"), toolPolicyName(r.policy)}});
            ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        if (rules.value.isEmpty()) {
            ctx.out() << Cli::tr("No tool policies: read-only tools run, every other tool is asked about.")
                      << '\n';
            return int(ExitOk);
        }
        ctx.out() << Cli::tr("HARNESS").leftJustified(24) << ' ' << Cli::tr("SERVER").leftJustified(24) << ' '
                  << Cli::tr("TOOL").leftJustified(28) << ' ' << Cli::tr("POLICY") << '\n';
        for (const auto& r : std::as_const(rules.value))
            ctx.out() << harnessName(r.harnessId).leftJustified(24) << ' '
                      << serverName(r.serverId).leftJustified(24) << ' '
                      << (r.toolName == ToolPolicyRule::Any ? Cli::tr("(any)") : r.toolName).leftJustified(28)
                      << ' ' << toolPolicyName(r.policy) << '\n';
        return int(ExitOk);
    }}};

const CliCommandRegistration setCommand{CliCommand{
    {QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("set")},
    QStringLiteral("[--harness H] [--server S] [--tool T] ask|always|never"),
    QT_TRANSLATE_NOOP("harness::cli",
                      "Store whether tools run without asking (always), are asked about (ask) or never run; "
                      "without options for every tool."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const ScopeOptions scope;
        scope.addTo(parser);
        parser.addPositionalArgument(QStringLiteral("POLICY"), Cli::tr("ask, always or never."));
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        const QStringList words = parser.positionalArguments();
        const auto policy = words.size() == 1 ? toolPolicyFromName(words.constFirst()) : std::nullopt;
        if (!policy)
            return ctx.fail(ExitUsage,
                            Cli::tr("Usage: harness-cli mcp policy set [--harness H] [--server S] [--tool T] "
                                    "ask|always|never"));
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        ToolPolicyRule rule;
        rule.policy = *policy;
        if (!readScope(ctx, *store, parser, scope, rule, exitCode))
            return exitCode;
        if (auto error = store->toolPolicies().set(rule))
            return ctx.fail(ExitFailure, error.userMessage());
        ctx.out() << Cli::tr("set %1").arg(toolPolicyName(rule.policy)) << '\n';
        return int(ExitOk);
    }}};

const CliCommandRegistration unsetCommand{CliCommand{
    {QStringLiteral("mcp"), QStringLiteral("policy"), QStringLiteral("unset")},
    QStringLiteral("[--harness H] [--server S] [--tool T]"),
    QT_TRANSLATE_NOOP("harness::cli", "Remove the tool approval rule of exactly this scope."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const ScopeOptions scope;
        scope.addTo(parser);
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        if (!parser.positionalArguments().isEmpty())
            return ctx.fail(
                ExitUsage,
                Cli::tr("Usage: harness-cli mcp policy unset [--harness H] [--server S] [--tool T]"));
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        ToolPolicyRule rule;
        if (!readScope(ctx, *store, parser, scope, rule, exitCode))
            return exitCode;
        auto error = store->toolPolicies().remove(rule.harnessId, rule.serverId, rule.toolName);
        if (error.kind == StoreError::Kind::NotFound)
            return ctx.fail(ExitNotFound,
                            Cli::tr("no tool policy with exactly this scope; `harness-cli mcp policy list` "
                                    "shows them."));
        if (error)
            return ctx.fail(ExitFailure, error.userMessage());
        ctx.out() << Cli::tr("removed") << '\n';
        return int(ExitOk);
    }}};

} // namespace

} // namespace harness::cli
