// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/tools/tool_provider.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace harness::core {

namespace {

/// A call that fails at once: there is no such tool.
class UnavailableInvocation final : public ToolInvocation {
public:
    UnavailableInvocation(const QString& name, QObject* parent) : ToolInvocation(parent)
    {
        QTimer::singleShot(0, this, [this, name] {
            ToolOutcome outcome;
            outcome.isError = true;
            outcome.textForModel =
                QCoreApplication::translate("harness::core::NoToolProvider", "Tool \"%1\" is not available.")
                    .arg(name);
            Q_EMIT finished(outcome);
        });
    }
    void cancel() override {}
};

} // namespace

void NoToolProvider::listTools(const Harness&, QObject* context, ListCallback done)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done] {
        if (guard)
            done({}, {});
    });
}

ToolInvocation* NoToolProvider::callTool(const Harness&, const ToolSpec& tool, const QJsonObject&,
                                         QObject* parent)
{
    return new UnavailableInvocation(tool.name, parent);
}

} // namespace harness::core
