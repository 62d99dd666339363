// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace harness::test {

/// How a harness-cli run ended: the exit code (-1 when it crashed or was killed after the time
/// limit) and what it printed.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built harness-cli (HARNESS_CLI, set by ctest) with `args` and `env`, spinning the
/// event loop meanwhile (so servers of the test keep answering), and kills it after `timeoutMs`
/// (a limit for a hung run, never a threshold under test). Without `terminalInput` stdin is closed
/// (not a terminal); with it the CLI runs on a pseudo-terminal (util-linux `script`) and the input
/// is what the user types; stdout and stderr then both arrive in `out`.
CliRun runCli(const QStringList& args,
              const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
              const QByteArray& terminalInput = {}, int timeoutMs = 60'000);

} // namespace harness::test
