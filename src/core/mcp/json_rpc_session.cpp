// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/json_rpc_session.h"

#include "core/mcp/mcp_transport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace harness::core {

namespace {
const QLatin1String kJsonRpc("jsonrpc");
const QLatin1String kId("id");
const QLatin1String kMethod("method");
const QLatin1String kParams("params");
const QLatin1String kResult("result");
const QLatin1String kError("error");

/// Request ids we issue are integers; servers echo them, sometimes as strings.
bool toRequestId(const QJsonValue& v, qint64* id)
{
    if (v.isDouble()) {
        *id = qint64(v.toDouble());
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        *id = v.toString().toLongLong(&ok);
        return ok;
    }
    return false;
}
} // namespace

JsonRpcSession::JsonRpcSession(QObject* parent) : QObject(parent)
{}

JsonRpcSession::~JsonRpcSession()
{
    // Handlers may refer to objects being destroyed; do not run them now.
    m_pending.clear();
}

void JsonRpcSession::setTransport(McpTransport* transport)
{
    m_transport = transport;
}

void JsonRpcSession::send(const QJsonObject& message)
{
    if (m_transport)
        m_transport->send(message);
}

qint64 JsonRpcSession::sendRequest(const QString& method, const QJsonObject& params, int timeoutMs,
                                   Handler handler)
{
    const qint64 id = m_nextId++;
    auto pending = std::make_shared<Pending>();
    pending->method = method;
    pending->handler = std::move(handler);
    pending->timeoutMs = timeoutMs;
    if (timeoutMs > 0) {
        pending->timer = std::make_unique<QTimer>();
        pending->timer->setSingleShot(true);
        connect(pending->timer.get(), &QTimer::timeout, this, [this, id, method, timeoutMs] {
            JsonRpcResponse r;
            r.outcome = JsonRpcResponse::Outcome::Timeout;
            r.errorCode = RequestTimeout;
            r.errorMessage = QCoreApplication::translate(
                                 "JsonRpcSession", "The server did not answer \"%1\" within %2 seconds.")
                                 .arg(method)
                                 .arg(timeoutMs / 1000.0);
            sendNotification(QStringLiteral("notifications/cancelled"),
                             {{QStringLiteral("requestId"), id}, {QStringLiteral("reason"), r.errorMessage}});
            complete(id, r);
        });
        pending->timer->start(timeoutMs);
    }
    m_pending.insert(id, pending);
    QJsonObject msg{{kJsonRpc, QStringLiteral("2.0")}, {kId, id}, {kMethod, method}};
    if (!params.isEmpty())
        msg.insert(kParams, params);
    send(msg);
    return id;
}

void JsonRpcSession::sendNotification(const QString& method, const QJsonObject& params)
{
    QJsonObject msg{{kJsonRpc, QStringLiteral("2.0")}, {kMethod, method}};
    if (!params.isEmpty())
        msg.insert(kParams, params);
    send(msg);
}

void JsonRpcSession::cancelRequest(qint64 id, const QString& reason)
{
    if (!m_pending.contains(id))
        return;
    QJsonObject params{{QStringLiteral("requestId"), id}};
    if (!reason.isEmpty())
        params.insert(QStringLiteral("reason"), reason);
    sendNotification(QStringLiteral("notifications/cancelled"), params);
    JsonRpcResponse r;
    r.outcome = JsonRpcResponse::Outcome::Cancelled;
    r.errorMessage = reason.isEmpty() ? QCoreApplication::translate("JsonRpcSession", "Cancelled.") : reason;
    complete(id, r);
}

void JsonRpcSession::touchRequest(qint64 id)
{
    const auto p = m_pending.value(id);
    if (p && p->timer)
        p->timer->start(p->timeoutMs);
}

void JsonRpcSession::pauseTimeout(const QJsonValue& idValue)
{
    qint64 id = 0;
    if (!toRequestId(idValue, &id))
        return;
    const auto p = m_pending.value(id);
    if (p && p->timer)
        p->timer->stop();
}

void JsonRpcSession::failAll(const QString& message, JsonRpcResponse::Outcome outcome)
{
    const QList<qint64> ids = m_pending.keys();
    for (qint64 id : ids) {
        JsonRpcResponse r;
        r.outcome = outcome;
        r.errorMessage = message;
        complete(id, r);
    }
}

void JsonRpcSession::failRequest(const QJsonValue& idValue, const QString& message)
{
    qint64 id = 0;
    if (!toRequestId(idValue, &id))
        return;
    JsonRpcResponse r;
    r.outcome = JsonRpcResponse::Outcome::TransportError;
    r.errorMessage = message;
    complete(id, r);
}

void JsonRpcSession::complete(qint64 id, const JsonRpcResponse& response)
{
    const auto pending = m_pending.take(id);
    if (!pending)
        return;
    if (pending->timer)
        pending->timer->stop();
    if (pending->handler)
        pending->handler(response);
}

void JsonRpcSession::respond(const QJsonValue& id, const QJsonValue& result)
{
    send({{kJsonRpc, QStringLiteral("2.0")}, {kId, id}, {kResult, result}});
}

void JsonRpcSession::respondError(const QJsonValue& id, int code, const QString& message)
{
    send({{kJsonRpc, QStringLiteral("2.0")},
          {kId, id},
          {kError, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

void JsonRpcSession::handleMessage(const QJsonObject& message)
{
    const QJsonValue id = message.value(kId);
    const QJsonValue method = message.value(kMethod);
    if (method.isString()) {
        const QJsonObject params = message.value(kParams).toObject();
        if (id.isUndefined() || id.isNull())
            emit notificationReceived(method.toString(), params);
        else
            emit requestReceived(id, method.toString(), params);
        return;
    }
    if (message.contains(kResult) || message.contains(kError)) {
        qint64 requestId = 0;
        if (!toRequestId(id, &requestId) || !m_pending.contains(requestId)) {
            emit protocolViolation(
                QStringLiteral("response for unknown request id %1")
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact))));
            return;
        }
        JsonRpcResponse r;
        if (message.contains(kError)) {
            const QJsonObject err = message.value(kError).toObject();
            r.outcome = JsonRpcResponse::Outcome::Error;
            r.errorCode = err.value(QLatin1String("code")).toInt();
            r.errorMessage = err.value(QLatin1String("message")).toString();
            r.errorData = err.value(QLatin1String("data"));
        } else {
            r.result = message.value(kResult);
        }
        complete(requestId, r);
        return;
    }
    emit protocolViolation(QStringLiteral("message is neither request, notification nor response"));
}

} // namespace harness::core
