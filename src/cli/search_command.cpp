// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli search TEXT
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "core/store/search_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace harness::cli {

namespace {

using namespace harness::core;

const CliCommandRegistration searchCommand{CliCommand{
    {QStringLiteral("search")},
    QStringLiteral("TEXT... [--limit N] [--json]"),
    QT_TRANSLATE_NOOP("harness::cli", "Full-text search over conversation titles and messages."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption limit(QStringLiteral("limit"),
                                       Cli::tr("Show at most N message hits (default 20)."), Cli::tr("N"),
                                       QStringLiteral("20"));
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
        parser.addOptions({limit, json});
        parser.addPositionalArgument(QStringLiteral("TEXT"),
                                     Cli::tr("Words to find; the last may be a prefix."));
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        const QString text = parser.positionalArguments().join(QLatin1Char(' '));
        if (SearchRepository::toFtsQuery(text).isEmpty())
            return ctx.fail(
                ExitUsage,
                Cli::tr("give some words to search for, e.g. harness-cli search \"rust lifetimes\""));
        bool numeric = false;
        const int n = parser.value(limit).toInt(&numeric);
        if (!numeric || n <= 0)
            return ctx.fail(ExitUsage, Cli::tr("--limit needs a positive number."));
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        auto hits = store->search().search(text, n);
        if (!hits.ok())
            return ctx.fail(ExitFailure, hits.error.userMessage());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto& hit : hits.value) {
                array.append(QJsonObject{
                    {QStringLiteral("kind"), hit.kind == SearchHit::Kind::Title ? QStringLiteral("title")
                                                                                : QStringLiteral("message")},
                    {QStringLiteral("conversationId"), hit.conversationId},
                    {QStringLiteral("conversationTitle"), hit.conversationTitle},
                    {QStringLiteral("messageId"), hit.messageId},
                    {QStringLiteral("snippet"), hit.decoratedSnippet(QString(), QString(), false)},
                    {QStringLiteral("createdAt"),
                     QDateTime::fromMSecsSinceEpoch(hit.createdAt).toUTC().toString(Qt::ISODateWithMs)}});
            }
            ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        if (hits.value.isEmpty()) {
            ctx.out() << Cli::tr("No matches for \"%1\".").arg(text) << Qt::endl;
            return int(ExitOk);
        }
        const bool tty = ctx.stdoutIsTerminal();
        const QString open = tty ? QStringLiteral("\x1b[1;33m") : QStringLiteral("[");
        const QString close = tty ? QStringLiteral("\x1b[0m") : QStringLiteral("]");
        for (const auto& hit : hits.value) {
            const QString when = QDateTime::fromMSecsSinceEpoch(hit.createdAt)
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd"));
            if (hit.kind == SearchHit::Kind::Title) {
                ctx.out() << hit.conversationId.left(8) << "  " << when << "  "
                          << hit.decoratedSnippet(open, close, false) << '\n';
            } else {
                const QString title =
                    hit.conversationTitle.isEmpty() ? Cli::tr("(untitled)") : hit.conversationTitle;
                QString snippet = hit.decoratedSnippet(open, close, false);
                snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
                ctx.out() << hit.conversationId.left(8) << "  " << when << "  " << title << '\n'
                          << "          " << snippet << '\n';
            }
        }
        return int(ExitOk);
    }}};

} // namespace

} // namespace harness::cli
