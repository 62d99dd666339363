// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/tools/tool_provider.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace harness::test {

/// Tools for engine tests: each answers with fixed text after a delay, or never (until cancelled).
class FakeToolProvider final : public core::ToolProvider {
    Q_OBJECT
public:
    struct Behaviour {
        QString answer;
        int delayMs = 0;
        bool hang = false; ///< never finishes by itself
        bool isError = false;
        bool readOnly = false;
    };

    struct Call {
        QString tool;
        QJsonObject arguments;
        bool cancelled = false;
    };

    using core::ToolProvider::ToolProvider;

    void addTool(const QString& name, Behaviour behaviour)
    {
        m_tools.insert(name, behaviour);
        m_order.append(name);
    }
    void setListErrors(const QStringList& errors) { m_errors = errors; }
    const QList<Call>& calls() const { return m_calls; }

    void listTools(const core::Harness&, QObject* context, ListCallback done) override
    {
        QList<core::ToolSpec> specs;
        for (const auto& name : m_order) {
            core::ToolSpec spec;
            spec.name = name;
            spec.server = name.section(QStringLiteral("__"), 0, 0);
            spec.tool = name.section(QStringLiteral("__"), 1);
            spec.title = spec.tool;
            spec.description = QStringLiteral("Test tool ") + name;
            spec.inputSchema = {{QStringLiteral("type"), QStringLiteral("object")}};
            spec.readOnly = m_tools.value(name).readOnly;
            specs.append(spec);
        }
        QPointer<QObject> guard(context);
        const QStringList errors = m_errors;
        QTimer::singleShot(0, this, [guard, done, specs, errors] {
            if (guard)
                done(specs, errors);
        });
    }

    core::ToolInvocation* callTool(const core::Harness&, const core::ToolSpec& tool,
                                   const QJsonObject& arguments, QObject* parent) override
    {
        m_calls.append(Call{tool.name, arguments, false});
        return new Invocation(this, int(m_calls.size()) - 1, m_tools.value(tool.name), parent);
    }

private:
    class Invocation final : public core::ToolInvocation {
    public:
        Invocation(FakeToolProvider* owner, int index, Behaviour behaviour, QObject* parent)
            : core::ToolInvocation(parent), m_owner(owner), m_index(index)
        {
            if (behaviour.hang)
                return;
            QTimer::singleShot(behaviour.delayMs, this, [this, behaviour] {
                Q_EMIT progressed(1, 1, QStringLiteral("done"));
                core::ToolOutcome outcome;
                outcome.textForModel = behaviour.answer;
                outcome.isError = behaviour.isError;
                outcome.items = {QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), behaviour.answer}}};
                Q_EMIT finished(outcome);
            });
        }
        void cancel() override
        {
            if (m_owner)
                m_owner->m_calls[m_index].cancelled = true;
        }

    private:
        QPointer<FakeToolProvider> m_owner;
        int m_index;
    };

    QHash<QString, Behaviour> m_tools;
    QStringList m_order;
    QStringList m_errors;
    QList<Call> m_calls;
};

} // namespace harness::test
