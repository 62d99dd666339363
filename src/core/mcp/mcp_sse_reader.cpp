// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_sse_reader.h"

namespace harness::core {

QList<McpSseEvent> McpSseReader::feed(const QByteArray& chunk)
{
    QList<McpSseEvent> out;
    QByteArray bytes = chunk;
    if (m_skipLf && bytes.startsWith('\n')) {
        bytes.remove(0, 1);
        m_skipLf = false;
    } else if (!bytes.isEmpty()) {
        m_skipLf = false;
    }
    m_buffer += bytes;
    if (!m_started) {
        if (m_buffer.size() < 3 && QByteArray("\xEF\xBB\xBF").startsWith(m_buffer))
            return out; // maybe a BOM split over chunks
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_buffer.remove(0, 3);
        m_started = true;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r')
            continue;
        processLine(m_buffer.mid(start, i - start), &out);
        if (c == '\r') {
            if (i + 1 < m_buffer.size()) {
                if (m_buffer.at(i + 1) == '\n')
                    ++i;
            } else {
                m_skipLf = true; // a CRLF split between chunks
            }
        }
        start = i + 1;
    }
    m_buffer.remove(0, start);
    return out;
}

void McpSseReader::processLine(const QByteArray& line, QList<McpSseEvent>* out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            McpSseEvent ev;
            if (!m_type.isEmpty())
                ev.type = m_type;
            ev.data = m_data;
            ev.id = m_lastEventId;
            out->append(ev);
        }
        m_data.clear();
        m_type.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // comment / keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0)
            m_retryMs = ms;
    }
}

void McpSseReader::resetStream()
{
    m_buffer.clear();
    m_data.clear();
    m_type.clear();
    m_hasData = false;
    m_skipLf = false;
    m_started = false;
}

} // namespace harness::core
