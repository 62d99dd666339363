// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace harness::core {

/// One dispatched Server-Sent Event.
struct SseEvent {
    QString type = QStringLiteral("message"); ///< `event:` field, "message" when absent
    QByteArray data;                          ///< `data:` lines joined with '\n' (UTF-8 bytes)
    QString id;                               ///< last event id in effect when dispatched
    std::optional<int> retryMs;               ///< `retry:` given in this event's block, if any

    /// The data decoded as UTF-8 (whole lines only ever reach an event, so this never splits).
    QString text() const { return QString::fromUtf8(data); }
    bool operator==(const SseEvent&) const = default;
};

/// Incremental parser for a `text/event-stream` body (WHATWG HTML "server-sent events"), the one
/// of the app: the chat client (OpenAI-compatible streams) and MCP's Streamable HTTP and legacy
/// SSE transports use it.
///
/// Feed it the bytes as they arrive, split anywhere: LF, CRLF and CR line ends (a CRLF split
/// across two feeds included), a UTF-8 sequence split across feeds, a leading BOM. Comment lines
/// (`: OPENROUTER PROCESSING`) are counted as keep-alives and never become events.
///
/// Two ways to end a stream: finish() dispatches a final event whose blank line never came (a
/// deliberate deviation from the browser algorithm, because LLM servers often end a stream with
/// `data: [DONE]\n` only); resetStream() drops it, as browsers do, and keeps the last event id and
/// retry for the reconnect (MCP).
///
/// Buffered bytes grow in exactly two places: the current line (feed()) and the current event's
/// data (processField()). Size limits on either belong there.
class SseParser final {
public:
    /// Receives events as they complete. The event is only valid during the call; this is the
    /// allocation-free way to consume a fast stream (the data buffer is reused).
    class EventSink {
    public:
        virtual ~EventSink() = default;
        virtual void sseEventParsed(const SseEvent& event) = 0;
        /// A comment line (a keep-alive), in stream order with the events.
        virtual void sseCommentParsed(const QString& comment) { Q_UNUSED(comment) }
    };

    /// Parses \a chunk and returns the events it completed, in order.
    QList<SseEvent> feed(QByteArrayView chunk);
    /// Like feed(), appending to \a out.
    void feed(QByteArrayView chunk, QList<SseEvent>& out);
    /// Like feed(), handing each completed event to \a sink.
    void feed(QByteArrayView chunk, EventSink& sink);
    /// End of stream: processes an unterminated last line and dispatches a pending event.
    QList<SseEvent> finish();
    void finish(EventSink& sink);
    /// The stream ended or is replaced by a reconnect: drops a partial line and an undispatched
    /// event, keeps lastEventId() and retryMs(); the next feed() starts a new stream (BOM included).
    void resetStream();
    /// Forgets everything, including the last event id and retry interval.
    void reset();

    /// Number of comment lines seen so far (keep-alives).
    qsizetype commentCount() const { return m_commentCount; }
    /// Text of the most recent comment line, without the leading ':' and one optional space.
    QString lastComment() const { return m_lastComment; }
    /// The last event id (persists across events; send it as `Last-Event-ID` on reconnect).
    QString lastEventId() const { return m_lastEventId; }
    /// The reconnection time announced by the server with `retry:`, if any.
    std::optional<int> retryMs() const { return m_retryMs; }
    /// Total bytes fed so far.
    qint64 bytesFed() const { return m_bytesFed; }
    /// True when bytes or fields are waiting for more input (a partial line or an undispatched event).
    bool hasPendingInput() const { return !m_line.isEmpty() || m_hasData || m_blockHasFields; }

private:
    void processLine(QByteArrayView line, EventSink& sink);
    void processField(QByteArrayView name, QByteArrayView value);
    void dispatch(EventSink& sink);

    QByteArray m_line;            // bytes of the current, not yet terminated line
    QByteArray m_data;            // data buffer of the current event (capacity reused)
    SseEvent m_event;             // the event handed to a sink
    QString m_eventType;          // event type buffer of the current event
    QString m_lastEventId;        // last event id buffer
    std::optional<int> m_retryMs; // last retry announced on the stream
    std::optional<int> m_blockRetryMs;
    QString m_lastComment;
    qsizetype m_commentCount = 0;
    qint64 m_bytesFed = 0;
    bool m_hasData = false;
    bool m_blockHasFields = false;
    bool m_afterCr = false; // the previous feed ended with CR: a leading LF belongs to it
    bool m_atStart = true;  // no byte has been consumed yet (BOM detection)
};

} // namespace harness::core
