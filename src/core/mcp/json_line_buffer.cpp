// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/json_line_buffer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace harness::core {

bool JsonLineBuffer::parseLine(const QByteArray& line, QList<QJsonObject>* out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    if (doc.isObject()) {
        out->append(doc.object());
        return true;
    }
    if (doc.isArray()) {
        bool any = false;
        for (const QJsonValue& v : doc.array()) {
            if (v.isObject()) {
                out->append(v.toObject());
                any = true;
            }
        }
        return any;
    }
    return false;
}

JsonLineBuffer::Output JsonLineBuffer::append(const QByteArray& chunk)
{
    Output out;
    m_pending += chunk;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_pending.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_pending.mid(start, nl - start);
        start = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!parseLine(line, &out.messages))
            out.garbage << line;
    }
    m_pending.remove(0, start);
    return out;
}

} // namespace harness::core
