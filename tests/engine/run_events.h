// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once
// What the runs of a registry told, from its one event (RunRegistry::messageChanged): the text
// that streamed, and when tool calls appeared and ended.
#include "core/engine/run_registry.h"

#include <QSet>

namespace harness::test {

struct RunEvents {
    struct Text {
        QString conversationId, messageId, delta;
    };
    struct Call {
        QString conversationId, messageId, callId, name;
        core::ToolCallStatus status = core::ToolCallStatus::Pending;
        bool isError() const { return status != core::ToolCallStatus::Done; }
    };
    QList<Text> texts;
    QList<Call> started;  ///< each call once, when the model asked for it
    QList<Call> finished; ///< each call once, when it ended (done, failed, denied or cancelled)
    QList<core::MessageChange> all;

    explicit RunEvents(core::RunRegistry& runs)
    {
        m_connection = QObject::connect(&runs, &core::RunRegistry::messageChanged,
                                        [this](const core::MessageChange& change) { record(change); });
    }
    ~RunEvents() { QObject::disconnect(m_connection); }
    RunEvents(const RunEvents&) = delete;
    RunEvents& operator=(const RunEvents&) = delete;

    /// All streamed text of `conversationId` (empty: of every conversation), in order.
    QString text(const QString& conversationId = {}) const
    {
        QString out;
        for (const auto& t : texts) {
            if (conversationId.isEmpty() || t.conversationId == conversationId)
                out += t.delta;
        }
        return out;
    }

private:
    void record(const core::MessageChange& change)
    {
        all.append(change);
        if (change.kind == core::MessageChange::Kind::TextAppended)
            texts.append({change.conversationId, change.messageId, change.text});
        const auto* call = change.toolCall();
        if (!call)
            return;
        const Call seen{change.conversationId, change.messageId, call->callId, call->name, call->status};
        if (!m_started.contains(call->callId)) {
            m_started.insert(call->callId);
            started.append(seen);
        }
        if (core::isEnded(call->status) && !m_finished.contains(call->callId)) {
            m_finished.insert(call->callId);
            finished.append(seen);
        }
    }

    QMetaObject::Connection m_connection;
    QSet<QString> m_started, m_finished;
};

} // namespace harness::test
