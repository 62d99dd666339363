// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_server_log.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace harness::core {

McpServerLog::McpServerLog(QObject* parent) : QObject(parent)
{}

void McpServerLog::append(Source source, const QString& level, const QString& text)
{
    Entry e{QDateTime::currentDateTimeUtc(), source, level, text};
    m_entries.append(e);
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
    emit entryAdded(e);
}

void McpServerLog::appendServerMessage(const QJsonObject& params)
{
    const QJsonValue data = params.value(QLatin1String("data"));
    QString text = data.isString()
                       ? data.toString()
                       : QString::fromUtf8(QJsonDocument(QJsonArray{data}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1);
    if (const QString logger = params.value(QLatin1String("logger")).toString(); !logger.isEmpty())
        text = logger + QLatin1String(": ") + text;
    append(Source::Server, params.value(QLatin1String("level")).toString(), text);
}

QString McpServerLog::tail(int count) const
{
    QStringList lines;
    for (qsizetype i = qMax<qsizetype>(0, m_entries.size() - count); i < m_entries.size(); ++i)
        lines << m_entries.at(i).text;
    return lines.join(QLatin1Char('\n'));
}

QString McpServerLog::lastStderrLine() const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).source == Source::Stderr)
            return m_entries.at(i).text;
    }
    return {};
}

} // namespace harness::core
