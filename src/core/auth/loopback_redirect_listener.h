// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QTcpSocket;

namespace harness::core {

/// One-shot receiver of an OAuth redirect (RFC 8252 §7.3): listens on 127.0.0.1 only, on an
/// ephemeral port, for `GET /callback?...`. The first such request is answered with a short page
/// telling the user to return to the app, reported once, and the port is closed. Other paths get
/// 404 and do not end the wait (browsers ask for /favicon.ico).
class LoopbackRedirectListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectListener)
public:
    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    /// False when no port could be opened.
    bool listen();
    bool isListening() const { return m_server.isListening(); }
    /// http://127.0.0.1:<port>/callback
    QUrl redirectUri() const;
    void close();

signals:
    /// The query of the redirect (code and state, or error and error_description).
    void redirectReceived(const QUrlQuery& query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QByteArray& reason, const QByteArray& html);
    static QByteArray page(bool success);

    QTcpServer m_server;
    bool m_done = false;
};

} // namespace harness::core
