// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/loopback_redirect_listener.h"

#include "core/util/app_info.h"

#include <QTcpSocket>
#include <QTimer>

namespace harness::core {

namespace {

constexpr qsizetype kMaxRequestSize = 16 * 1024;
constexpr int kSocketTimeoutMs = 15'000;
const char kBufferProperty[] = "harnessRequestBuffer";

QString escapeHtml(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen()
{
    m_done = false;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(QStringLiteral("/callback"));
    return url;
}

void LoopbackRedirectListener::close()
{
    m_done = true;
    m_server.close();
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        // Each socket manages its own lifetime (closed after the answer, aborted after a timeout),
        // so an answer still being written survives the end of the sign-in attempt.
        socket->setParent(nullptr);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        auto* timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        timer->start(kSocketTimeoutMs);
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestSize) {
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        respond(socket, 431, "Request Header Fields Too Large", {});
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty(kBufferProperty, buffer);
        return;
    }
    socket->setProperty(kBufferProperty, QVariant());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const auto parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", {});
        return;
    }
    if (parts[0] != "GET") {
        respond(socket, 405, "Method Not Allowed", {});
        return;
    }
    const QUrl target(QString::fromLatin1(parts[1]), QUrl::StrictMode);
    if (!target.isValid() || target.path() != QLatin1String("/callback")) {
        respond(socket, 404, "Not Found", {});
        return;
    }
    if (m_done) {
        respond(socket, 410, "Gone", page(false));
        return;
    }
    const QUrlQuery query(target);
    const bool success =
        query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error"));
    respond(socket, 200, "OK", page(success));
    close();
    emit redirectReceived(query);
}

void LoopbackRedirectListener::respond(QTcpSocket* socket, int status, const QByteArray& reason,
                                       const QByteArray& html)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    response += "Connection: close\r\n\r\n";
    response += html;
    socket->write(response);
    socket->disconnectFromHost();
}

QByteArray LoopbackRedirectListener::page(bool success)
{
    const QString app = escapeHtml(AppInfo::displayName());
    const QString title = success ? tr("Signed in") : tr("Sign-in not completed");
    const QString text = success ? tr("You can close this tab and return to %1.").arg(app)
                                 : tr("Return to %1 to see what happened and try again.").arg(app);
    const QString html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1 – %2</title>"
                       "<style>body{font-family:system-ui,sans-serif;display:flex;align-items:center;"
                       "justify-content:center;height:90vh;margin:0;background:#f6f6f8;color:#222}"
                       "main{text-align:center;padding:2em 3em;background:#fff;border-radius:12px;"
                       "box-shadow:0 2px 12px rgba(0,0,0,.08)}h1{font-size:1.4em}</style></head>"
                       "<body><main><h1>%2</h1><p>%3</p></main></body></html>")
            .arg(app, escapeHtml(title), escapeHtml(text));
    return html.toUtf8();
}

} // namespace harness::core
