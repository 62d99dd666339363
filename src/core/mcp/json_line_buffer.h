// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace harness::core {

/// Splits a byte stream into newline-delimited JSON-RPC messages (the MCP stdio framing).
/// Chunks may end anywhere, also inside a line or a UTF-8 sequence; CRLF is accepted.
class JsonLineBuffer final {
public:
    struct Output {
        QList<QJsonObject> messages; ///< complete messages in order (a JSON array line is a batch)
        QList<QByteArray> garbage;   ///< non-empty lines that were not JSON-RPC objects
    };

    Output append(const QByteArray& chunk);
    /// Bytes of an incomplete last line kept for the next append().
    qsizetype pendingSize() const { return m_pending.size(); }
    void clear() { m_pending.clear(); }

    /// Parses one line (without its newline); appends the objects it holds to \a out.
    static bool parseLine(const QByteArray& line, QList<QJsonObject>* out);

private:
    QByteArray m_pending;
};

} // namespace harness::core
