// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/net/sse_parser.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace harness::core {

namespace {
constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype BomSize = 3;

QByteArrayView dropOneLeadingSpace(QByteArrayView v)
{
    return (!v.isEmpty() && v.front() == ' ') ? v.sliced(1) : v;
}

class ListSink final : public SseParser::EventSink {
public:
    explicit ListSink(QList<SseEvent>& out) : m_out(out) {}
    void sseEventParsed(const SseEvent& event) override { m_out.append(event); }

private:
    QList<SseEvent>& m_out;
};
} // namespace

QList<SseEvent> SseParser::feed(QByteArrayView chunk)
{
    QList<SseEvent> out;
    feed(chunk, out);
    return out;
}

void SseParser::feed(QByteArrayView chunk, QList<SseEvent>& out)
{
    ListSink sink(out);
    feed(chunk, sink);
}

void SseParser::feed(QByteArrayView chunk, EventSink& out)
{
    m_bytesFed += chunk.size();
    const char* const base = chunk.data();
    const qsizetype n = chunk.size();
    qsizetype pos = 0;

    if (m_atStart) {
        // Collect bytes while they still match the UTF-8 BOM; a BOM is never part of a line end,
        // so on a mismatch the collected bytes simply start the first line.
        while (pos < n && m_line.size() < BomSize && base[pos] == Bom[m_line.size()]) {
            m_line.append(base[pos]);
            ++pos;
        }
        if (m_line.size() == BomSize) {
            m_line.truncate(0);
            m_atStart = false;
        } else if (pos < n) {
            m_atStart = false; // mismatch: no BOM
        } else {
            return; // still a BOM prefix, wait for more bytes
        }
    }

    if (m_afterCr && pos < n) {
        if (base[pos] == '\n')
            ++pos;
        m_afterCr = false;
    }

    while (pos < n) {
        const char* const start = base + pos;
        const char* const stop = base + n;
        // memchr is vectorised; lines are short, so two scans beat one byte-by-byte loop.
        const char* const lf = static_cast<const char*>(std::memchr(start, '\n', stop - start));
        const char* const lineStop = lf ? lf : stop;
        const char* const cr = static_cast<const char*>(std::memchr(start, '\r', lineStop - start));
        const char* const eol = cr ? cr : lineStop;
        if (eol == stop) {
            m_line.append(start, stop - start);
            break;
        }
        const qsizetype end = eol - base;
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(start, eol - start), out);
        } else {
            m_line.append(start, eol - start);
            processLine(m_line, out);
            m_line.truncate(0);
        }
        pos = end + 1;
        if (*eol == '\r') {
            if (pos < n) {
                if (base[pos] == '\n')
                    ++pos;
            } else {
                m_afterCr = true;
            }
        }
    }
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    ListSink sink(out);
    finish(sink);
    return out;
}

void SseParser::finish(EventSink& out)
{
    if (!m_atStart && !m_line.isEmpty()) {
        const QByteArray last = std::exchange(m_line, {});
        processLine(last, out);
    }
    dispatch(out);
    resetStream();
}

void SseParser::resetStream()
{
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_hasData = false;
    m_blockHasFields = false;
    m_blockRetryMs.reset();
    m_afterCr = false;
    m_atStart = true;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::processLine(QByteArrayView line, EventSink& out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_commentCount;
        m_lastComment = QString::fromUtf8(dropOneLeadingSpace(line.sliced(1)));
        out.sseCommentParsed(m_lastComment);
        return;
    }
    const char* const colon = static_cast<const char*>(std::memchr(line.data(), ':', line.size()));
    if (!colon) {
        processField(line, {});
        return;
    }
    const qsizetype at = colon - line.data();
    processField(line.first(at), dropOneLeadingSpace(line.sliced(at + 1)));
}

void SseParser::processField(QByteArrayView name, QByteArrayView value)
{
    if (name == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (name == "event") {
        m_eventType = QString::fromUtf8(value);
        m_blockHasFields = true;
    } else if (name == "id") {
        if (!std::memchr(value.data(), '\0', value.size()))
            m_lastEventId = QString::fromUtf8(value);
        m_blockHasFields = true;
    } else if (name == "retry") {
        if (value.isEmpty() ||
            !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return;
        long long ms = 0;
        for (const char c : value) {
            ms = std::min<long long>(ms * 10 + (c - '0'), INT_MAX);
        }
        m_retryMs = static_cast<int>(ms);
        m_blockRetryMs = m_retryMs;
        m_blockHasFields = true;
    }
    // Any other field name is ignored, as the specification requires.
}

void SseParser::dispatch(EventSink& sink)
{
    if (m_hasData) {
        m_event.type = m_eventType.isEmpty() ? QStringLiteral("message") : m_eventType;
        m_event.data = m_data; // shared, not copied
        m_event.id = m_lastEventId;
        m_event.retryMs = m_blockRetryMs;
        sink.sseEventParsed(m_event);
        m_event.data = QByteArray();
    }
    if (m_data.isDetached())
        m_data.truncate(0); // keeps the capacity for the next event
    else
        m_data = QByteArray(); // a sink kept the bytes: leave them to it
    m_eventType.clear();
    m_hasData = false;
    m_blockHasFields = false;
    m_blockRetryMs.reset();
}

} // namespace harness::core
