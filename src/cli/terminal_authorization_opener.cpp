// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/terminal_authorization_opener.h"

#include "cli/terminal_prompt.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace harness::cli {

void TerminalAuthorizationOpener::openAuthorizationUrl(const QUrl& url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    terminal::say(QCoreApplication::translate(
                      "harness::cli", "An MCP server asks you to sign in. Open this address in a browser "
                                      "on this computer:\n  %1\n")
                      .arg(address));
#if defined(Q_OS_MACOS)
    const QString launcher = QStringLiteral("open");
#elif defined(Q_OS_WIN)
    const QString launcher = QStringLiteral("explorer");
#else
    const QString launcher = QStringLiteral("xdg-open");
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return; // no desktop: the printed address is all we can do
#endif
    if (!QStandardPaths::findExecutable(launcher).isEmpty())
        QProcess::startDetached(launcher, {address});
}

} // namespace harness::cli
