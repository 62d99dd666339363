// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/streaming_message_writer.h"

#include "core/store/message_repository.h"
#include "core/store/store.h"

namespace harness::core {

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

void StreamingMessageWriter::markDirty()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

StoreError StreamingMessageWriter::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return {};
    auto error = m_store.messages().update(m_message);
    if (error) {
        Q_EMIT writeFailed(error);
        return error; // still dirty: the next flush tries again
    }
    m_dirty = false;
    ++m_writes;
    return {};
}

} // namespace harness::core
