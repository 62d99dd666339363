// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "cli/terminal_elicitation_handler.h"

#include "cli/terminal_prompt.h"
#include "core/mcp/mcp_elicitation_form.h"

#include <QCoreApplication>

namespace harness::cli {

namespace {

using core::McpElicitationField;
using core::McpElicitationResponse;

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::cli::TerminalElicitationHandler)
};

QString kindHint(const McpElicitationField& f)
{
    switch (f.kind) {
    case McpElicitationField::Kind::Boolean:
        return Tr::tr("yes/no");
    case McpElicitationField::Kind::Integer:
        return Tr::tr("whole number");
    case McpElicitationField::Kind::Number:
        return Tr::tr("number");
    case McpElicitationField::Kind::Enum:
        return Tr::tr("number or name of a choice");
    case McpElicitationField::Kind::MultiEnum:
        return Tr::tr("choices separated by commas");
    case McpElicitationField::Kind::String:
        break;
    }
    return f.format.isEmpty() ? QString() : f.format;
}

} // namespace

void TerminalElicitationHandler::elicit(const core::McpElicitationRequest& request,
                                        std::function<void(const core::McpElicitationResponse&)> respond)
{
    if (!terminal::interactive()) {
        terminal::say(
            Tr::tr("harness-cli: MCP server \"%1\" asked for input (\"%2\"); declined because stdin "
                   "is not a terminal.\n")
                .arg(request.serverName, request.message));
        respond(McpElicitationResponse{McpElicitationResponse::Action::Decline, {}});
        return;
    }
    const auto form = core::McpElicitationForm::fromSchema(request.requestedSchema);
    terminal::say(
        QStringLiteral("\n") + Tr::tr("MCP server \"%1\" asks:").arg(request.serverName) +
        QStringLiteral("\n  ") + request.message + QStringLiteral("\n") +
        Tr::tr("(Enter keeps the [default]; \"-\" leaves an optional field empty; Ctrl-D cancels.)") +
        QStringLiteral("\n"));
    if (!form.unsupported.isEmpty())
        terminal::say(Tr::tr("(These fields cannot be filled in here: %1)")
                          .arg(form.unsupported.join(QStringLiteral(", "))) +
                      QStringLiteral("\n"));
    const auto cancel = [&respond] {
        respond(McpElicitationResponse{McpElicitationResponse::Action::Cancel, {}});
    };
    QJsonObject content;
    for (const McpElicitationField& f : form.fields) {
        QString heading = QStringLiteral("\n  ") + f.label();
        if (f.required)
            heading += QStringLiteral(" *");
        if (!f.description.isEmpty())
            heading += QStringLiteral(" — ") + f.description;
        if (!f.options.isEmpty()) {
            for (qsizetype i = 0; i < f.options.size(); ++i)
                heading += QStringLiteral("\n    %1) %2").arg(i + 1).arg(f.options.at(i).label);
        }
        terminal::say(heading + QStringLiteral("\n"));
        for (;;) {
            QString question = QStringLiteral("  ");
            if (const QString hint = kindHint(f); !hint.isEmpty())
                question += QStringLiteral("(") + hint + QStringLiteral(") ");
            if (!f.defaultValue.isUndefined())
                question += QStringLiteral("[") + f.displayText(f.defaultValue) + QStringLiteral("] ");
            question += QStringLiteral("> ");
            const auto line = terminal::ask(question);
            if (!line) {
                cancel();
                return;
            }
            if (line->isEmpty() && !f.defaultValue.isUndefined()) {
                content.insert(f.name, f.defaultValue);
                break;
            }
            if ((line->isEmpty() || *line == QLatin1String("-")) && !f.required)
                break; // left empty
            if (line->isEmpty()) {
                terminal::say(QStringLiteral("  ") + Tr::tr("\"%1\" is required.").arg(f.label()) +
                              QStringLiteral("\n"));
                continue;
            }
            QString error;
            const QJsonValue value = f.parseText(*line, &error);
            if (value.isUndefined()) {
                terminal::say(QStringLiteral("  ") + error + QStringLiteral("\n"));
                continue;
            }
            content.insert(f.name, value);
            break;
        }
    }
    for (;;) {
        //: a, d and c are the keys the user types; keep them untranslated
        const auto choice =
            terminal::ask(QStringLiteral("\n") + Tr::tr("Send? [a] accept / [d] decline / [c] cancel: "));
        if (!choice) {
            cancel();
            return;
        }
        const QString c = choice->toLower();
        if (c == QLatin1String("a") || c == QLatin1String("accept")) {
            respond(McpElicitationResponse{McpElicitationResponse::Action::Accept, content});
            return;
        }
        if (c == QLatin1String("d") || c == QLatin1String("decline")) {
            respond(McpElicitationResponse{McpElicitationResponse::Action::Decline, {}});
            return;
        }
        if (c == QLatin1String("c") || c == QLatin1String("cancel")) {
            cancel();
            return;
        }
    }
}

} // namespace harness::cli
