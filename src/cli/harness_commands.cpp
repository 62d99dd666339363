// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli harnesses list
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "core/store/harness_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace harness::cli {

namespace {

using namespace harness::core;

const CliCommandRegistration listCommand{CliCommand{
    {QStringLiteral("harnesses"), QStringLiteral("list")},
    QStringLiteral("[--json]"),
    QT_TRANSLATE_NOOP("harness::cli",
                      "List harnesses (model, status, MCP servers), most recently used first."),
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
        auto list = store->harnesses().list();
        if (!list.ok())
            return ctx.fail(ExitFailure, list.error.userMessage());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto& h : list.value) {
                array.append(
                    QJsonObject{{QStringLiteral("id"), h.id},
                                {QStringLiteral("name"), h.name},
                                {QStringLiteral("model"), h.model},
                                {QStringLiteral("status"), harnessStatusName(h.status)},
                                {QStringLiteral("systemPrompt"), h.systemPrompt},
                                {QStringLiteral("skills"), skillsToJson(h.skills)},
                                {QStringLiteral("mcpServerIds"), QJsonArray::fromStringList(h.mcpServerIds)},
                                {QStringLiteral("maxIterations"), h.maxIterations}});
            }
            ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        if (list.value.isEmpty()) {
            ctx.out() << Cli::tr("No harnesses yet. Create one in the Harness Desktop app.") << Qt::endl;
            return int(ExitOk);
        }
        ctx.out() << Cli::tr("NAME                  STATUS   SERVERS  MODEL") << '\n';
        for (const auto& h : list.value) {
            ctx.out() << h.name.leftJustified(20) << "  " << harnessStatusName(h.status).leftJustified(7)
                      << "  " << QString::number(h.mcpServerIds.size()).leftJustified(7) << "  " << h.model
                      << '\n';
        }
        return int(ExitOk);
    }}};

} // namespace

} // namespace harness::cli
