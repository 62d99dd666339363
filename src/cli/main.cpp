// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/cli_command.h"
#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "core/i18n/translations.h"
#include "core/util/app_info.h"
#include "core/util/data_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using harness::cli::Cli;
using harness::cli::CliCommands;
using harness::cli::CliContext;

namespace {

QString usage()
{
    QString text = Cli::tr("Usage: harness-cli [--data-dir DIR] <command> [arguments]\n\n"
                           "Reads and drives the same local store as the Harness Desktop app.\n\n"
                           "Commands:\n");
    for (const auto& command : CliCommands::all()) {
        const QString head = command.path.join(QLatin1Char(' ')) + QLatin1Char(' ') + command.synopsis;
        text += QStringLiteral("  %1\n      %2\n").arg(head, Cli::tr(command.summary));
    }
    text += Cli::tr("\nOptions:\n"
                    "  --data-dir DIR   use the store in DIR (default: $HARNESS_DATA_DIR, else %1)\n"
                    "  -h, --help       show this help; `<command> --help` shows a command's options\n"
                    "  -v, --version    show the version\n\n"
                    "Exit codes: 0 success, 1 failure, 2 wrong arguments, 3 not found, "
                    "4 database unusable (damaged, locked or newer).\n")
                .arg(harness::core::DataLocation::resolve());
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    harness::core::AppInfo::applyToApplication();

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), Cli::tr("Data directory."), Cli::tr("DIR"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Cli::tr("Show the version."));
    parser.addOptions({dataDir, help, version});

    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (parsed && parser.isSet(version)) {
        CliContext(QString{}).out() << QStringLiteral("harness-cli %1").arg(harness::core::AppInfo::version())
                                    << Qt::endl;
        return harness::cli::ExitOk;
    }
    // Messages in the user's language: the app's language setting, else the system's.
    CliContext ctx(harness::core::DataLocation::resolve(parser.value(dataDir)));
    harness::core::Translations::install(app, ctx.languageSetting());
    if (!parsed) {
        parser.parse(QCoreApplication::arguments()); // again, for the error in the user's language
        return ctx.fail(harness::cli::ExitUsage, parser.errorText() + QLatin1Char('\n') + usage());
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(help) || words.isEmpty()) {
        (words.isEmpty() && !parser.isSet(help) ? ctx.err() : ctx.out()) << usage();
        return parser.isSet(help) ? harness::cli::ExitOk : harness::cli::ExitUsage;
    }
    qsizetype consumed = 0;
    const auto* command = CliCommands::find(words, consumed);
    if (!command)
        return ctx.fail(harness::cli::ExitUsage,
                        Cli::tr("unknown command \"%1\". Run harness-cli --help for the list.")
                            .arg(words.mid(0, 2).join(QLatin1Char(' '))));
    return command->run(ctx, *command, words.mid(consumed));
}
