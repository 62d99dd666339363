// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli conversations list | conversations show ID | conversations export ID
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "core/store/conversation_export.h"
#include "core/store/conversation_repository.h"
#include "core/store/message_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace harness::cli {

namespace {

using namespace harness::core;

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const Conversation& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("lastHarnessId"), c.lastHarnessId},
            {QStringLiteral("lastMessageAt"), isoTime(c.lastMessageAt)},
            {QStringLiteral("pinned"), c.pinned},
            {QStringLiteral("archived"), c.archived},
            {QStringLiteral("createdAt"), isoTime(c.createdAt)}};
}

QJsonObject toJson(const Message& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("role"), roleName(m.role)},
            {QStringLiteral("status"), statusName(m.status)},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("model"), m.model},
            {QStringLiteral("error"), m.error},
            {QStringLiteral("parts"), m.parts.toJson()},
            {QStringLiteral("createdAt"), isoTime(m.createdAt)}};
}

int storeFailure(CliContext& ctx, const StoreError& error)
{
    return ctx.fail(error.kind == StoreError::Kind::Query ? ExitFailure : ExitStoreUnusable,
                    error.userMessage());
}

/// Why `id` named no single conversation (ConversationRepository::resolve failed).
int resolveFailure(CliContext& ctx, const QString& id, const StoreError& error)
{
    if (error.kind == StoreError::Kind::NotFound)
        return ctx.fail(ExitNotFound, Cli::tr("no conversation with id \"%1\". "
                                              "`harness-cli conversations list` shows the ids.")
                                          .arg(id));
    if (error.kind == StoreError::Kind::Invalid)
        return ctx.fail(ExitUsage,
                        Cli::tr("\"%1\" matches more than one conversation; type more of the id.").arg(id));
    return storeFailure(ctx, error);
}

const CliCommandRegistration listCommand{CliCommand{
    {QStringLiteral("conversations"), QStringLiteral("list")},
    QStringLiteral("[--limit N] [--all] [--json]"),
    QT_TRANSLATE_NOOP("harness::cli", "List conversations, pinned first, then newest first."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("Show at most N (default 50)."),
                                       Cli::tr("N"), QStringLiteral("50"));
        const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Include archived conversations."));
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
        parser.addOptions({limit, all, json});
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        bool numeric = false;
        const int n = parser.value(limit).toInt(&numeric);
        if (!numeric || n <= 0)
            return ctx.fail(ExitUsage, Cli::tr("--limit needs a positive number."));
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        auto list = store->conversations().list(0, n, parser.isSet(all));
        if (!list.ok())
            return storeFailure(ctx, list.error);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto& c : list.value)
                array.append(toJson(c));
            ctx.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        if (list.value.isEmpty()) {
            ctx.out() << Cli::tr("No conversations yet.") << Qt::endl;
            return int(ExitOk);
        }
        ctx.out() << Cli::tr("ID        LAST MESSAGE      TITLE") << '\n';
        for (const auto& c : list.value) {
            QString title = c.title.isEmpty() ? Cli::tr("(untitled)") : c.title;
            if (c.pinned)
                title = Cli::tr("[pinned] %1").arg(title);
            ctx.out() << c.id.left(8) << "  " << localTime(c.lastMessageAt) << "  " << title << '\n';
        }
        return int(ExitOk);
    }}};

const CliCommandRegistration showCommand{CliCommand{
    {QStringLiteral("conversations"), QStringLiteral("show")},
    QStringLiteral("ID [--json]"),
    QT_TRANSLATE_NOOP("harness::cli",
                      "Print one conversation with all its messages (ID may be a unique prefix)."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
        parser.addOption(json);
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     Cli::tr("Conversation id or a unique prefix of it."));
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        if (parser.positionalArguments().size() != 1)
            return ctx.fail(ExitUsage, Cli::tr("Usage: harness-cli conversations show ID [--json]"));
        const QString id = parser.positionalArguments().constFirst();
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        auto conversation = store->conversations().resolve(id);
        if (!conversation.ok())
            return resolveFailure(ctx, id, conversation.error);
        const auto& c = conversation.value;
        auto current = store->messages().currentBranch(c.id);
        if (!current.ok())
            return storeFailure(ctx, current.error);
        const QList<Message>& messages = current.value;
        if (parser.isSet(json)) {
            QJsonObject object = toJson(c);
            QJsonArray array;
            for (const auto& m : messages)
                array.append(toJson(m));
            object.insert(QStringLiteral("messages"), array);
            ctx.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
            return int(ExitOk);
        }
        ctx.out() << "# " << (c.title.isEmpty() ? Cli::tr("(untitled)") : c.title) << '\n'
                  << QCoreApplication::translate("harness::cli", "id %1 · %n message(s)", nullptr,
                                                 int(messages.size()))
                         .arg(c.id)
                  << "\n";
        for (const auto& m : messages) {
            QString head = roleName(m.role) + QStringLiteral(" · ") + localTime(m.createdAt);
            if (!m.model.isEmpty())
                head += QStringLiteral(" · ") + m.model;
            if (m.status != MessageStatus::Complete)
                head += QStringLiteral(" · ") + statusName(m.status);
            ctx.out() << "\n--- " << head << " ---\n" << m.content << '\n';
            if (!m.error.isEmpty())
                ctx.out() << "(" << m.error << ")\n";
        }
        return int(ExitOk);
    }}};

const CliCommandRegistration exportCommand{CliCommand{
    {QStringLiteral("conversations"), QStringLiteral("export")},
    QStringLiteral("ID [--format md|json] [--output FILE]"),
    QT_TRANSLATE_NOOP("harness::cli", "Export one conversation as Markdown or JSON (to stdout or a file)."),
    [](CliContext& ctx, const CliCommand& self, const QStringList& args) {
        QCommandLineParser parser;
        const QCommandLineOption format(QStringLiteral("format"), Cli::tr("md (default) or json."),
                                        Cli::tr("FORMAT"), QStringLiteral("md"));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        Cli::tr("Write to FILE instead of stdout."), Cli::tr("FILE"));
        parser.addOptions({format, output});
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     Cli::tr("Conversation id or a unique prefix of it."));
        int exitCode = ExitOk;
        if (!CliCommands::parse(ctx, parser, self, args, exitCode))
            return exitCode;
        if (parser.positionalArguments().size() != 1)
            return ctx.fail(ExitUsage,
                            Cli::tr("Usage: harness-cli conversations export ID [--format md|json] "
                                    "[--output FILE]"));
        const auto chosen = ConversationExport::formatFromName(parser.value(format));
        if (!chosen)
            return ctx.fail(ExitUsage, Cli::tr("unknown format \"%1\": use --format md or --format json.")
                                           .arg(parser.value(format)));
        const QString id = parser.positionalArguments().constFirst();
        auto* store = ctx.store();
        if (!store)
            return int(ExitStoreUnusable);
        auto conversation = store->conversations().resolve(id);
        if (!conversation.ok())
            return resolveFailure(ctx, id, conversation.error);
        auto exported = ConversationExport::exportConversation(*store, conversation.value.id, *chosen);
        if (!exported.ok())
            return storeFailure(ctx, exported.error);
        if (!parser.isSet(output)) {
            ctx.out() << QString::fromUtf8(exported.value);
            ctx.out().flush();
            return int(ExitOk);
        }
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(exported.value) != exported.value.size() ||
            !file.commit())
            return ctx.fail(ExitFailure,
                            Cli::tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
        ctx.err() << Cli::tr("Exported to %1").arg(parser.value(output)) << Qt::endl;
        return int(ExitOk);
    }}};

} // namespace

} // namespace harness::cli
