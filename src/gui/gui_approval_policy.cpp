// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/gui_approval_policy.h"

#include "gui/message_box.h"

#include <QJsonDocument>
#include <QTimer>

namespace harness::gui {

GuiApprovalPolicy::GuiApprovalPolicy(QWidget* window, QObject* parent)
    : core::ToolApprovalPolicy(parent), m_window(window)
{}

void GuiApprovalPolicy::decide(const core::ToolApprovalRequest& request, QObject* context, Callback done)
{
    QPointer<QObject> guard(context);
    const QString key = request.harness.id + QLatin1Char('/') + request.tool.name;
    const auto answer = [this, guard, done](const core::ToolApprovalDecision& decision) {
        QTimer::singleShot(0, this, [guard, done, decision] {
            if (guard)
                done(decision);
        });
    };
    if (request.tool.readOnly || m_alwaysAllowed.contains(key)) {
        answer({true, {}});
        return;
    }
    // Ask on the next turn of the event loop, so the run is never blocked inside its own call.
    QTimer::singleShot(0, this, [this, request, key, answer, guard] {
        if (!guard)
            return;
        const QString title = request.tool.title.isEmpty() ? request.tool.tool : request.tool.title;
        QString text =
            tr("Allow the tool \"%1\" from the server \"%2\" to run?").arg(title, request.tool.server);
        if (request.tool.destructive)
            text += QStringLiteral("\n\n") + tr("This tool may delete or overwrite data.");
        text +=
            QStringLiteral("\n\n") + tr("Arguments:") + QLatin1Char('\n') +
            QString::fromUtf8(QJsonDocument(request.arguments).toJson(QJsonDocument::Indented)).left(2000);
        const auto reply =
            MessageBox::ask(m_window, QMessageBox::Question, tr("Tool call"), text,
                            QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::No, QMessageBox::No,
                            {{QMessageBox::Yes, tr("Allow once")},
                             {QMessageBox::YesToAll, tr("Always allow")},
                             {QMessageBox::No, tr("Deny")}});
        if (reply == QMessageBox::YesToAll)
            m_alwaysAllowed.insert(key);
        if (reply == QMessageBox::Yes || reply == QMessageBox::YesToAll)
            answer({true, {}});
        else
            answer({false, tr("The user denied this call of \"%1\".").arg(title)});
    });
}

} // namespace harness::gui
