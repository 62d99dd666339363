// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_transport.h"
#include "core/model/mcp_server_config.h"
#include "core/net/sse_parser.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>

class QNetworkReply;

namespace harness::core {

/// The legacy HTTP+SSE transport (protocol 2024-11-05): a GET stream whose first `endpoint`
/// event names the URL to POST messages to; all server messages arrive as `message` events.
class LegacySseTransport final : public McpTransport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegacySseTransport)
public:
    explicit LegacySseTransport(const McpServerConfig& config, QObject* parent = nullptr);
    ~LegacySseTransport() override;

    void open() override;
    void send(const QJsonObject& message) override;
    void close() override;
    bool isOpen() const override { return m_postUrl.isValid() && !m_closing; }

    QUrl postUrl() const { return m_postUrl; }

private:
    void onStreamData();
    void onStreamFinished();
    void postNow(const QJsonObject& message);
    QNetworkRequest makeRequest(const QUrl& url, const QByteArray& accept) const;

    McpServerConfig m_config;
    QNetworkAccessManager m_nam;
    QPointer<QNetworkReply> m_stream;
    SseParser m_reader;
    QUrl m_postUrl;
    QList<QJsonObject> m_queue;
    bool m_closing = false;
};

} // namespace harness::core
