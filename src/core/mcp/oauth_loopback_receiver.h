// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

namespace harness::core {

/// Receives the OAuth redirect on http://127.0.0.1:<port>/callback (RFC 8252 loopback redirect):
/// answers the browser with a short page and reports the query (code, state or error).
class OAuthLoopbackReceiver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthLoopbackReceiver)
public:
    explicit OAuthLoopbackReceiver(QObject* parent = nullptr);

    /// Listens on 127.0.0.1 on a free port; false when that is impossible.
    bool listen();
    QUrl redirectUri() const;
    void close() { m_server.close(); }

signals:
    void redirectReceived(const QUrlQuery& query);

private:
    void onNewConnection();

    QTcpServer m_server;
};

} // namespace harness::core
