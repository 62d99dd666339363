// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QCommandLineParser;

namespace harness::cli {

class CliContext;

/// One subcommand of harness-cli ("conversations list", "search", ...). Each command file
/// registers its commands with a static CliCommandRegistration.
struct CliCommand {
    QStringList path;    ///< e.g. {"conversations", "list"}
    QString synopsis;    ///< arguments, e.g. "[--limit N] [--json]"
    const char* summary; ///< one line for --help; translated (context "harness::cli") when shown
    std::function<int(CliContext&, const CliCommand& self, const QStringList& args)> run;
};

class CliCommands final {
public:
    static void add(CliCommand command);
    static const QList<CliCommand>& all();
    /// The command whose path is the longest prefix of `words`; `consumed` words were its path.
    static const CliCommand* find(const QStringList& words, qsizetype& consumed);
    /// Parses a command's own arguments; on a usage error prints it and sets `exitCode`.
    static bool parse(CliContext& ctx, QCommandLineParser& parser, const CliCommand& command,
                      const QStringList& args, int& exitCode);
};

struct CliCommandRegistration {
    explicit CliCommandRegistration(CliCommand command) { CliCommands::add(std::move(command)); }
};

} // namespace harness::cli
