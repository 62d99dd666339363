// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace harness::core {

struct McpSseEvent {
    QString type = QStringLiteral("message"); ///< the `event:` field, "message" when absent
    QByteArray data;                          ///< `data:` lines joined with '\n'
    QString id;                               ///< the last event id in effect for this event
};

/// Incremental Server-Sent Events reader (WHATWG event-stream rules) for MCP's HTTP transports:
/// LF, CR or CRLF line ends, comments, `retry:`, `id:` and a chunk boundary anywhere.
class McpSseReader final {
public:
    QList<McpSseEvent> feed(const QByteArray& chunk);
    /// The last `id:` seen (to send as Last-Event-ID when reconnecting).
    QString lastEventId() const { return m_lastEventId; }
    /// The last `retry:` value in milliseconds, or -1 when the server sent none.
    int retryMs() const { return m_retryMs; }
    /// Forgets a partial event (the stream ended); keeps lastEventId and retry.
    void resetStream();

private:
    void processLine(const QByteArray& line, QList<McpSseEvent>* out);

    QByteArray m_buffer;
    QByteArray m_data;
    QString m_type;
    QString m_lastEventId;
    int m_retryMs = -1;
    bool m_hasData = false;
    bool m_skipLf = false;
    bool m_started = false;
};

} // namespace harness::core
