// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/cli_command.h"

#include "cli/cli_context.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace harness::cli {

namespace {
QList<CliCommand>& registry()
{
    static QList<CliCommand> commands;
    return commands;
}
} // namespace

void CliCommands::add(CliCommand command)
{
    registry().append(std::move(command));
}

const QList<CliCommand>& CliCommands::all()
{
    return registry();
}

const CliCommand* CliCommands::find(const QStringList& words, qsizetype& consumed)
{
    const CliCommand* best = nullptr;
    consumed = 0;
    for (const auto& command : registry()) {
        const auto n = command.path.size();
        if (n <= words.size() && n > consumed && words.mid(0, n) == command.path) {
            best = &command;
            consumed = n;
        }
    }
    return best;
}

bool CliCommands::parse(CliContext& ctx, QCommandLineParser& parser, const CliCommand& command,
                        const QStringList& args, int& exitCode)
{
    const QString name = QStringLiteral("harness-cli ") + command.path.join(QLatin1Char(' '));
    parser.setApplicationDescription(QCoreApplication::translate("harness::cli", command.summary));
    const auto help = parser.addHelpOption();
    if (!parser.parse(QStringList{name} + args)) {
        exitCode = ctx.fail(
            ExitUsage,
            parser.errorText() + QLatin1Char('\n') +
                QCoreApplication::translate("harness::cli", "Usage: %1 %2").arg(name, command.synopsis));
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out() << QCoreApplication::translate("harness::cli", "Usage: %1 %2").arg(name, command.synopsis)
                  << "\n\n"
                  << parser.helpText().section(QLatin1Char('\n'), 1);
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace harness::cli
