// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/message.h"
#include "core/store/store_error.h"

#include <QObject>
#include <QTimer>
#include <chrono>

namespace harness::core {

class Store;

/// Keeps one growing message and writes it to the store in batches: at most once per interval
/// (250 ms by default) while it changes, and at once on flush(). A killed process loses at most
/// one interval of text.
class StreamingMessageWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingMessageWriter)
public:
    StreamingMessageWriter(Store& store, Message message, QObject* parent = nullptr);
    ~StreamingMessageWriter() override;

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    Message& message() { return m_message; }
    const Message& message() const { return m_message; }
    /// Call after changing message(): schedules a write.
    void markDirty();
    /// Writes now if anything changed. Returns the store's error, if any.
    StoreError flush();
    int writes() const { return m_writes; }

Q_SIGNALS:
    /// A write failed (disk full...): the text stays in memory and is retried on the next flush.
    void writeFailed(const harness::core::StoreError& error);

private:
    Store& m_store;
    Message m_message;
    QTimer m_timer;
    bool m_dirty = false;
    int m_writes = 0;
};

} // namespace harness::core
