// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/oauth_loopback_receiver.h"

#include <QTcpSocket>

namespace harness::core {

OAuthLoopbackReceiver::OAuthLoopbackReceiver(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &OAuthLoopbackReceiver::onNewConnection);
}

bool OAuthLoopbackReceiver::listen()
{
    return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl OAuthLoopbackReceiver::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort()));
}

void OAuthLoopbackReceiver::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray head = socket->peek(8192);
            if (!head.contains("\r\n"))
                return; // wait for the request line
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            socket->readAll();
            if (requestLine.size() < 2 || requestLine.at(0) != "GET") {
                socket->write(
                    "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            const QUrl target(QString::fromLatin1(requestLine.at(1)));
            if (target.path() != QLatin1String("/callback")) {
                socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            const QUrlQuery query(target);
            const QByteArray body = tr("<html><body><p>Harness Desktop received the sign-in result. You can "
                                       "close this window.</p>"
                                       "</body></html>")
                                        .toUtf8();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
            emit redirectReceived(query);
        });
    }
}

} // namespace harness::core
