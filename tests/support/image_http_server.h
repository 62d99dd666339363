// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once
// A tiny HTTP/1.0 server on 127.0.0.1 for image loading tests. Paths:
//   /ok.png       200, a 40x20 PNG          /missing        404 Not Found
//   /wide.png     200, a 2000x100 PNG       /hang           never answers
//   /big.png      200, Content-Length 11 MB (the body is never sent in full)
//   /stream.png   200, no Content-Length, bigBodyBytes of PNG-ish bytes then close
//   /page.html    200, text/html            /to-file        302 to file:///etc/passwd
//   /to-ok        302 to /ok.png
// It counts the requests it saw per path.
#include <QBuffer>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace harness::test {

class ImageHttpServer : public QObject {
public:
    qint64 bigBodyBytes = 64 * 1024;
    QHash<QString, int> hits;

    ImageHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int totalHits() const
    {
        int total = 0;
        for (const int n : hits)
            total += n;
        return total;
    }
    static QByteArray png(int width = 40, int height = 20)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(QColor(200, 40, 40));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& pending = m_pending[socket];
        pending += socket->readAll();
        if (!pending.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = pending.left(pending.indexOf("\r\n")).split(' ');
        m_pending.remove(socket);
        const QString path = QString::fromLatin1(requestLine.value(1));
        ++hits[path];
        const auto reply = [socket](const QByteArray& head, const QByteArray& body) {
            socket->write(head + "Connection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        };
        if (path == QLatin1StringView("/ok.png")) {
            const QByteArray body = png();
            reply("HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n",
                  body);
        } else if (path == QLatin1StringView("/wide.png")) {
            const QByteArray body = png(2000, 100);
            reply("HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n",
                  body);
        } else if (path == QLatin1StringView("/hang")) {
            // Keep the connection open and say nothing.
        } else if (path == QLatin1StringView("/big.png")) {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: image/png\r\nContent-Length: 11534336\r\n\r\n");
            socket->write(png());
        } else if (path == QLatin1StringView("/stream.png")) {
            QByteArray body = png();
            body.append(QByteArray(bigBodyBytes, 'x'));
            reply("HTTP/1.0 200 OK\r\nContent-Type: image/png\r\n", body);
        } else if (path == QLatin1StringView("/page.html")) {
            reply("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n", "<html><body>not an image</body></html>");
        } else if (path == QLatin1StringView("/to-file")) {
            reply("HTTP/1.0 302 Found\r\nLocation: file:///etc/passwd\r\n", {});
        } else if (path == QLatin1StringView("/to-ok")) {
            reply("HTTP/1.0 302 Found\r\nLocation: /ok.png\r\n", {});
        } else {
            reply("HTTP/1.0 404 Not Found\r\nContent-Type: text/plain\r\n", "nope");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

} // namespace harness::test
