// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_transport.h"
#include "core/model/mcp_server_config.h"
#include "core/net/sse_parser.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <map>
#include <memory>

class QNetworkReply;
class QNetworkRequest;

namespace harness::core {

/// MCP Streamable HTTP: every message is a POST answered with JSON or an SSE stream; the server
/// may assign `Mcp-Session-Id`; after initialize `MCP-Protocol-Version` goes on every request;
/// a GET stream carries server-initiated messages and is resumed with `Last-Event-ID` after the
/// server's `retry` delay; DELETE ends the session. A 404 for a session means it expired.
class StreamableHttpTransport final : public McpTransport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamableHttpTransport)
public:
    explicit StreamableHttpTransport(const McpServerConfig& config, QObject* parent = nullptr);
    ~StreamableHttpTransport() override;

    void open() override;
    void send(const QJsonObject& message) override;
    void close() override;
    bool isOpen() const override { return m_open; }
    void startServerStream() override;

    QString sessionId() const { return m_sessionId; }
    /// Delay before reconnecting a stream when the server sent no `retry` (default 1000 ms).
    void setDefaultRetryMs(int ms) { m_defaultRetryMs = ms; }

private:
    struct Stream {
        SseParser reader;
        QJsonValue awaitedId; ///< request whose response this stream should carry (POST / resume)
        bool answered = false;
        bool standalone = false; ///< the GET stream for server-initiated messages
        bool isSse = false;
        QJsonObject message; ///< the POSTed message (for POST streams)
        bool sentWithSession = false;
        int failures = 0;
    };

    QNetworkRequest makeRequest(const QByteArray& accept) const;
    void post(const QJsonObject& message);
    void openGet(const QString& lastEventId, std::unique_ptr<Stream> stream);
    void track(QNetworkReply* reply, std::unique_ptr<Stream> stream);
    void onReadyRead(QNetworkReply* reply);
    void onFinished(QNetworkReply* reply);
    void onPostFinished(QNetworkReply* reply, Stream& stream, int status);
    void onGetFinished(QNetworkReply* reply, std::unique_ptr<Stream> stream, int status);
    void deliver(const QByteArray& json, Stream& stream);
    void scheduleReconnect(std::unique_ptr<Stream> stream);
    void captureSession(QNetworkReply* reply);
    QString describeReply(QNetworkReply* reply, int status) const;

    McpServerConfig m_config;
    QNetworkAccessManager m_nam;
    std::map<QNetworkReply*, std::unique_ptr<Stream>> m_streams;
    QString m_sessionId;
    int m_defaultRetryMs = 1000;
    bool m_open = false;
    bool m_closing = false;
    bool m_standaloneRunning = false; ///< a GET stream is open or about to reconnect
};

} // namespace harness::core
