// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/terminal_approval_policy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <cstdio>

namespace harness::cli {

void TerminalApprovalPolicy::decide(const core::ToolApprovalRequest& request, QObject* context, Callback done)
{
    QPointer<QObject> guard(context);
    const auto answer = [this, guard, done](core::ToolApprovalDecision decision) {
        QTimer::singleShot(0, this, [guard, done, decision] {
            if (guard)
                done(decision);
        });
    };
    if (m_alwaysAllowed.contains(request.tool.name)) {
        answer({true, {}});
        return;
    }
    // Ask on the controlling terminal, so a prompt piped on stdin still works.
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        answer({false, tr("The tool \"%1\" needs approval, and there is no terminal to ask on. "
                          "Run harness-cli chat with --yes to allow tools.")
                           .arg(request.tool.name)});
        return;
    }
    QString question = QStringLiteral("\n");
    question +=
        tr("Allow %1 / %2")
            .arg(request.tool.server, request.tool.title.isEmpty() ? request.tool.tool : request.tool.title);
    if (request.tool.destructive)
        question += QLatin1Char(' ') + tr("(may delete or overwrite data)");
    question += QStringLiteral("\n  ") +
                QString::fromUtf8(QJsonDocument(request.arguments).toJson(QJsonDocument::Compact)).left(400) +
                QStringLiteral("\n") + tr("[y]es / [N]o / [a]lways for this tool: ");
    tty.write(question.toUtf8());
    const QString reply = QString::fromUtf8(tty.readLine()).trimmed().toLower();
    if (reply == QLatin1String("a") || reply == QLatin1String("always")) {
        m_alwaysAllowed.append(request.tool.name);
        answer({true, {}});
    } else if (reply == QLatin1String("y") || reply == QLatin1String("yes")) {
        answer({true, {}});
    } else {
        answer({false, tr("The user denied this call of \"%1\".").arg(request.tool.name)});
    }
}

} // namespace harness::cli
