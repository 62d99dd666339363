// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/history_builder.h"

#include "core/engine/part_conversions.h"
#include "core/store/message_repository.h"

#include <QCoreApplication>

namespace harness::core {

QString HistoryBuilder::systemPrompt(const Harness& harness)
{
    QString prompt = harness.systemPrompt.trimmed();
    if (!harness.skills.isEmpty()) {
        if (!prompt.isEmpty())
            prompt += QStringLiteral("\n\n");
        prompt += QStringLiteral("Skills:\n");
        for (const auto& skill : harness.skills) {
            prompt += QStringLiteral("- ") + skill.name.trimmed();
            if (!skill.description.trimmed().isEmpty())
                prompt += QStringLiteral(": ") + skill.description.trimmed();
            prompt += QLatin1Char('\n');
        }
    }
    return prompt.trimmed();
}

StoreResult<QList<ChatMessage>> HistoryBuilder::build(Store& store, const QString& conversationId,
                                                      const Harness& harness)
{
    auto current = store.messages().currentBranch(conversationId);
    if (!current.ok())
        return {{}, current.error};
    const QList<Message>& messages = current.value;

    QList<ChatMessage> history;
    if (const QString system = systemPrompt(harness); !system.isEmpty())
        history.append(ChatMessage::system(system));
    for (const auto& m : messages) {
        switch (m.role) {
        case MessageRole::User:
            history.append(ChatMessage::user(m.content));
            break;
        case MessageRole::Assistant: {
            QList<ToolCall> calls;
            for (const auto& call : m.parts.toolCalls())
                calls.append(PartConversions::toModel(call));
            if (m.content.isEmpty() && calls.isEmpty())
                break; // failed or stopped before saying anything
            history.append(ChatMessage::assistant(m.content, calls));
            for (const auto& call : calls) {
                const auto* result = m.parts.toolResult(call.id);
                const QString text = !result ? QCoreApplication::translate("harness::core::HistoryBuilder",
                                                                           "The tool call did not complete.")
                                             : result->content;
                history.append(ChatMessage::toolResult(call.id, text));
            }
            break;
        }
        case MessageRole::System:
        case MessageRole::Tool:
            break; // the system prompt comes from the harness; tool results live in parts
        }
    }
    return {history, {}};
}

} // namespace harness::core
