// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/tool_approval.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace harness::core {

namespace {
void answerLater(QObject* owner, QObject* context, const ToolApprovalPolicy::Callback& done,
                 const ToolApprovalDecision& decision)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, owner, [guard, done, decision] {
        if (guard)
            done(decision);
    });
}
} // namespace

void AllowAllPolicy::decide(const ToolApprovalRequest&, QObject* context, Callback done)
{
    answerLater(this, context, done, ToolApprovalDecision{true, {}});
}

void ReadOnlyPolicy::decide(const ToolApprovalRequest& request, QObject* context, Callback done)
{
    ToolApprovalDecision decision;
    decision.allowed = request.tool.readOnly;
    if (!decision.allowed)
        decision.reason =
            QCoreApplication::translate("harness::core::ReadOnlyPolicy",
                                        "The tool \"%1\" may change things and was not approved. "
                                        "Allow it when asked, or run harness-cli with --yes.")
                .arg(request.tool.title.isEmpty() ? request.tool.name : request.tool.title);
    answerLater(this, context, done, decision);
}

} // namespace harness::core
