// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/terminal_approval_policy.h"

#include "cli/terminal_prompt.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace harness::cli {

void TerminalApprovalPolicy::decide(const core::ToolApprovalRequest& request, QObject* context, Callback done)
{
    using Remember = core::ToolApprovalDecision::Remember;
    QPointer<QObject> guard(context);
    const auto answer = [this, guard, done](const core::ToolApprovalDecision& decision) {
        QTimer::singleShot(0, this, [guard, done, decision] {
            if (guard)
                done(decision);
        });
    };
    const QString title = request.tool.title.isEmpty() ? request.tool.tool : request.tool.title;
    const QString policyCommand =
        QStringLiteral("harness-cli mcp policy set --server \"%1\" --tool \"%2\" always")
            .arg(request.tool.server, request.tool.tool);
    if (!terminal::interactive()) {
        answer({false,
                tr("The tool \"%1\" needs approval, and stdin is not a terminal to ask on. Pass --yes to "
                   "allow tools, or allow this one with `%2`.")
                    .arg(title, policyCommand),
                Remember::No});
        return;
    }
    QString text =
        QStringLiteral("\n") +
        tr("Tool call: %1 (server \"%2\", tool \"%3\")").arg(title, request.tool.server, request.tool.tool);
    QStringList notes;
    if (request.tool.readOnly)
        notes << tr("read-only");
    else if (request.tool.destructive)
        notes << tr("destructive: may delete or overwrite data");
    else
        notes << tr("may change things");
    text += QStringLiteral("\n  [") + notes.join(QStringLiteral(", ")) + QStringLiteral("]");
    QString arguments = QString::fromUtf8(QJsonDocument(request.arguments).toJson(QJsonDocument::Indented));
    if (arguments.size() > 2000)
        arguments = arguments.left(2000) + QStringLiteral("\n…");
    text += QStringLiteral("\n  ") + tr("Arguments:") + QStringLiteral("\n") + arguments;
    terminal::say(text);
    for (;;) {
        //: y, s, a and n are the keys the user types; keep them untranslated
        const auto reply = terminal::ask(tr("Allow? [y] once / [s] this session / [a] always / [n] deny: "));
        if (!reply) {
            answer({false, tr("The user denied this call of \"%1\".").arg(title), Remember::No});
            return;
        }
        const QString r = reply->toLower();
        if (r == QLatin1String("y") || r == QLatin1String("yes")) {
            answer({true, {}, Remember::No});
        } else if (r == QLatin1String("s") || r == QLatin1String("session")) {
            answer({true, {}, Remember::ForSession});
        } else if (r == QLatin1String("a") || r == QLatin1String("always")) {
            if (request.serverId.isEmpty())
                terminal::say(tr("(This server is not saved, so the answer holds for this run only.)\n"));
            answer({true, {}, Remember::Always});
        } else if (r == QLatin1String("n") || r == QLatin1String("no") || r.isEmpty()) {
            answer({false, tr("The user denied this call of \"%1\".").arg(title), Remember::No});
        } else {
            continue;
        }
        return;
    }
}

} // namespace harness::cli
