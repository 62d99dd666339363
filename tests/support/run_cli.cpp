// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "support/run_cli.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

namespace harness::test {

namespace {

QString shellQuoted(const QString& argument)
{
    return QLatin1Char('\'') + QString(argument).replace(QLatin1String("'"), QLatin1String("'\\''")) +
           QLatin1Char('\'');
}

} // namespace

CliRun runCli(const QStringList& args, const QProcessEnvironment& env, const QByteArray& terminalInput,
              int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    const QString cli = qEnvironmentVariable("HARNESS_CLI");
    if (terminalInput.isNull()) {
        process.start(cli, args);
        process.closeWriteChannel(); // stdin is not a terminal
    } else {
        QStringList quoted{cli};
        for (const QString& a : args)
            quoted << shellQuoted(a);
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        process.write(terminalInput); // the pty keeps the lines until the program reads them
    }
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace harness::test
