// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

namespace harness::core {

/// Moves JSON-RPC messages between the client and one MCP server. Implementations: stdio
/// (a child process), Streamable HTTP and legacy HTTP+SSE. All asynchronous, on the event loop.
class McpTransport : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpTransport)
public:
    using QObject::QObject;
    ~McpTransport() override = default;

    /// Starts the process / opens the connection; emits opened() or failed().
    virtual void open() = 0;
    virtual void send(const QJsonObject& message) = 0;
    /// Ends the connection cleanly (stdin closed / DELETE sent); emits closed() when done.
    virtual void close() = 0;
    virtual bool isOpen() const = 0;

    /// Called after initialize with the negotiated version (HTTP sends it as a header).
    virtual void setProtocolVersion(const QString& version) { m_protocolVersion = version; }
    /// Called after notifications/initialized: HTTP transports open the server-to-client stream.
    virtual void startServerStream() {}
    /// Bearer token for HTTP transports (supplied at runtime, never stored).
    virtual void setBearerToken(const QString& token) { m_bearerToken = token; }
    /// When set, 401/403 challenges are reported through authorizationRequired() (OAuth).
    void setAuthorizationHandled(bool handled) { m_authorizationHandled = handled; }

signals:
    void opened();
    void messageReceived(const QJsonObject& message);
    /// A message could not be delivered; \a id is the request id (undefined for notifications).
    void sendFailed(const QJsonValue& id, const QString& error);
    /// The connection is unusable (process died, server unreachable). Translated text.
    void failed(const QString& error);
    void closed();
    /// The HTTP session expired (404 with a session id). \a message was not delivered.
    void sessionExpired(const QJsonObject& message);
    /// Streamable HTTP was refused with 4xx before any session: try legacy HTTP+SSE.
    void legacyFallbackSuggested(const QJsonObject& message);
    /// The server asked for authorization (401, or 403 with error="insufficient_scope") and
    /// setAuthorizationHandled(true) was called; \a message was not delivered.
    void authorizationRequired(const QByteArray& wwwAuthenticate, const QJsonObject& message);
    /// A log line for the per-server log (stderr of stdio servers, transport notes).
    void logLine(const QString& level, const QString& text, bool fromStderr);

protected:
    QString m_protocolVersion;
    QString m_bearerToken;
    bool m_authorizationHandled = false;
};

} // namespace harness::core
