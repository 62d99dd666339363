// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message_change.h"
#include "core/store/store_error.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace harness::core {

class Store;

/// Keeps one growing message and writes it to the store in batches: at most once per interval
/// (250 ms by default) while it changes, and at once on flush(). A killed process loses at most
/// one interval of text. Every change goes through one of the typed mutators below and is
/// announced with changed() at once, so views follow the stream without reading the store.
class StreamingMessageWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingMessageWriter)
public:
    StreamingMessageWriter(Store& store, Message message, QObject* parent = nullptr);
    ~StreamingMessageWriter() override;

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    /// The message as it is now (also what is not saved yet).
    const Message& message() const { return m_message; }

    void appendText(const QString& delta);
    void appendReasoning(const QString& delta);
    /// How long the model reasoned before it answered.
    void setReasoningDuration(qint64 ms);
    void setUsage(const UsagePart& usage);
    /// Adds the call, or replaces the one with its call id.
    void setToolCall(const ToolCallPart& call);
    /// Changes the tool call `callId` in place (nothing when there is none).
    void updateToolCall(const QString& callId, const std::function<void(ToolCallPart&)>& change);
    void setToolResult(const ToolResultPart& result);
    /// Replaces the whole content (the stream's final text differed from the deltas).
    void setContent(const QString& content);
    void setModel(const QString& model);
    void setState(MessageStatus status, const QString& error = {});

    /// Writes now if anything changed. Returns the store's error, if any.
    StoreError flush();
    int writes() const { return m_writes; }

Q_SIGNALS:
    /// The message changed (already applied to message()). A failed write is a change too
    /// (SaveFailed: the text stays in memory and is retried at the next flush), and so is the
    /// first write that works again (Saved).
    void changed(const harness::core::MessageChange& change);

private:
    void apply(MessageChange change);
    MessageChange stateChange() const;

    Store& m_store;
    Message m_message;
    QTimer m_timer;
    bool m_dirty = false;
    bool m_failing = false; ///< the last write failed
    int m_writes = 0;
};

} // namespace harness::core
