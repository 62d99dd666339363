// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/streaming_message_writer.h"

#include "core/store/message_repository.h"
#include "core/store/store.h"

namespace harness::core {

using Kind = MessageChange::Kind;

StreamingMessageWriter::StreamingMessageWriter(Store& store, Message message, QObject* parent)
    : QObject(parent), m_store(store), m_message(std::move(message))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::milliseconds(250));
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

StreamingMessageWriter::~StreamingMessageWriter()
{
    flush();
}

void StreamingMessageWriter::apply(MessageChange change)
{
    change.conversationId = m_message.conversationId;
    change.messageId = m_message.id;
    change.applyTo(m_message);
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
    Q_EMIT changed(change);
}

MessageChange StreamingMessageWriter::stateChange() const
{
    MessageChange change;
    change.kind = Kind::StateSet;
    change.status = m_message.status;
    change.error = m_message.error;
    change.model = m_message.model;
    return change;
}

void StreamingMessageWriter::appendText(const QString& delta)
{
    MessageChange change;
    change.kind = Kind::TextAppended;
    change.text = delta;
    apply(std::move(change));
}

void StreamingMessageWriter::appendReasoning(const QString& delta)
{
    MessageChange change;
    change.kind = Kind::ReasoningAppended;
    change.text = delta;
    apply(std::move(change));
}

void StreamingMessageWriter::setReasoningDuration(qint64 ms)
{
    const auto* reasoning = m_message.parts.reasoning();
    if (!reasoning)
        return;
    ReasoningPart timed = *reasoning;
    timed.durationMs = ms;
    MessageChange change;
    change.kind = Kind::PartSet;
    change.part = std::move(timed);
    apply(std::move(change));
}

void StreamingMessageWriter::setUsage(const UsagePart& usage)
{
    MessageChange change;
    change.kind = Kind::PartSet;
    change.part = usage;
    apply(std::move(change));
}

void StreamingMessageWriter::setToolCall(const ToolCallPart& call)
{
    MessageChange change;
    change.kind = Kind::PartSet;
    change.part = call;
    apply(std::move(change));
}

void StreamingMessageWriter::updateToolCall(const QString& callId,
                                            const std::function<void(ToolCallPart&)>& edit)
{
    const auto* existing = m_message.parts.toolCall(callId);
    if (!existing)
        return;
    ToolCallPart call = *existing;
    edit(call);
    setToolCall(call);
}

void StreamingMessageWriter::setToolResult(const ToolResultPart& result)
{
    MessageChange change;
    change.kind = Kind::PartSet;
    change.part = result;
    apply(std::move(change));
}

void StreamingMessageWriter::setContent(const QString& content)
{
    MessageChange change;
    change.kind = Kind::ContentSet;
    change.text = content;
    apply(std::move(change));
}

void StreamingMessageWriter::setModel(const QString& model)
{
    MessageChange change = stateChange();
    change.model = model;
    apply(std::move(change));
}

void StreamingMessageWriter::setState(MessageStatus status, const QString& error)
{
    MessageChange change = stateChange();
    change.status = status;
    change.error = error;
    apply(std::move(change));
}

StoreError StreamingMessageWriter::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return {};
    auto error = m_store.messages().update(m_message);
    MessageChange notice;
    notice.conversationId = m_message.conversationId;
    notice.messageId = m_message.id;
    if (error) {
        m_failing = true;
        notice.kind = Kind::SaveFailed;
        notice.text = error.userMessage();
        Q_EMIT changed(notice);
        return error; // still dirty: the next flush tries again
    }
    m_dirty = false;
    ++m_writes;
    if (m_failing) {
        m_failing = false;
        notice.kind = Kind::Saved;
        Q_EMIT changed(notice);
    }
    return {};
}

} // namespace harness::core
