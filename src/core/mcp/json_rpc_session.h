// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace harness::core {

class McpTransport;

/// The outcome of one JSON-RPC request.
struct JsonRpcResponse {
    enum class Outcome { Result, Error, Timeout, Cancelled, TransportError };
    Outcome outcome = Outcome::Result;
    QJsonValue result;
    int errorCode = 0;
    QString errorMessage; ///< the server's message, or our translated explanation
    QJsonValue errorData;
    bool ok() const { return outcome == Outcome::Result; }
};

/// JSON-RPC 2.0 over an McpTransport: request ids, pending requests with timeouts, responses
/// and errors, notifications both ways, server-to-client requests and `notifications/cancelled`.
class JsonRpcSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonRpcSession)
public:
    using Handler = std::function<void(const JsonRpcResponse&)>;

    enum ErrorCode {
        ParseError = -32700,
        InvalidRequest = -32600,
        MethodNotFound = -32601,
        InvalidParams = -32602,
        InternalError = -32603,
        RequestTimeout = -32001,
    };

    explicit JsonRpcSession(QObject* parent = nullptr);
    ~JsonRpcSession() override;

    /// The transport to send through (not owned). Incoming messages are given to handleMessage().
    void setTransport(McpTransport* transport);
    McpTransport* transport() const { return m_transport; }

    /// Sends a request; \a handler runs exactly once (result, error, timeout, cancel or failAll).
    /// \a timeoutMs <= 0 means no timeout. Returns the request id.
    qint64 sendRequest(const QString& method, const QJsonObject& params, int timeoutMs, Handler handler);
    void sendNotification(const QString& method, const QJsonObject& params = {});
    /// Sends `notifications/cancelled` and completes the request locally with Outcome::Cancelled.
    void cancelRequest(qint64 id, const QString& reason);
    /// Restarts a pending request's timeout (progress was reported, or it was sent again).
    void touchRequest(qint64 id);
    /// Stops a pending request's timeout until touchRequest() (the user is signing in).
    void pauseTimeout(const QJsonValue& id);
    bool isPending(qint64 id) const { return m_pending.contains(id); }
    int pendingCount() const { return int(m_pending.size()); }
    /// Completes every pending request with \a outcome and \a message (transport died, closing).
    void failAll(const QString& message,
                 JsonRpcResponse::Outcome outcome = JsonRpcResponse::Outcome::TransportError);
    /// Completes one pending request with a transport error (a POST failed).
    void failRequest(const QJsonValue& id, const QString& message);

    void respond(const QJsonValue& id, const QJsonValue& result);
    void respondError(const QJsonValue& id, int code, const QString& message);

    /// Dispatches one incoming message: a response, a request or a notification.
    void handleMessage(const QJsonObject& message);

signals:
    void notificationReceived(const QString& method, const QJsonObject& params);
    /// Answer with respond() or respondError() (now or later).
    void requestReceived(const QJsonValue& id, const QString& method, const QJsonObject& params);
    /// An incoming message that is not valid JSON-RPC (for the log).
    void protocolViolation(const QString& description);

private:
    struct Pending {
        QString method;
        Handler handler;
        std::unique_ptr<QTimer> timer;
        int timeoutMs = 0;
    };
    void complete(qint64 id, const JsonRpcResponse& response);
    void send(const QJsonObject& message);

    QPointer<McpTransport> m_transport;
    QHash<qint64, std::shared_ptr<Pending>> m_pending;
    qint64 m_nextId = 1;
};

} // namespace harness::core
