// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace harness::core {

/// The per-server log the user can open: stderr lines of stdio servers, the server's
/// `notifications/message` entries and the client's own lifecycle messages. Bounded.
class McpServerLog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpServerLog)
public:
    enum class Source { Stderr, Server, Client };
    struct Entry {
        QDateTime time;
        Source source = Source::Client;
        QString level; ///< syslog level names as MCP uses them ("info", "error", ...)
        QString text;
    };

    explicit McpServerLog(QObject* parent = nullptr);

    void append(Source source, const QString& level, const QString& text);
    /// Appends the params of a `notifications/message` (level, optional logger, any JSON data).
    void appendServerMessage(const QJsonObject& params);
    QList<Entry> entries() const { return m_entries; }
    /// The last \a count lines as plain text (for error messages).
    QString tail(int count) const;
    /// The last stderr line, or empty.
    QString lastStderrLine() const;
    void setCapacity(int capacity) { m_capacity = capacity; }

signals:
    void entryAdded(const harness::core::McpServerLog::Entry& entry);

private:
    QList<Entry> m_entries;
    int m_capacity = 2000;
};

} // namespace harness::core
