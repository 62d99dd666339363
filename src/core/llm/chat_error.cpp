// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace harness::core {

namespace {
QString codeText(const QJsonValue& code)
{
    if (code.isString())
        return code.toString();
    if (code.isDouble())
        return QString::number(code.toInteger());
    return {};
}
} // namespace

ChatError::Kind ChatError::kindForStatus(int status)
{
    if (status == 401 || status == 403)
        return Kind::Unauthorized;
    if (status == 402)
        return Kind::PaymentRequired;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500 && status <= 599)
        return Kind::ServerError;
    if (status >= 400 && status <= 499)
        return Kind::RequestRejected;
    return Kind::StreamError;
}

ChatError ChatError::fromErrorObject(const QString& providerName, const QJsonObject& error)
{
    ChatError result;
    result.providerName = providerName;
    result.providerCode = codeText(error.value(u"code"));
    result.providerMessage = error.value(u"message").toString();
    const QJsonValue code = error.value(u"code");
    const int numeric = code.isDouble() ? code.toInt() : result.providerCode.toInt();
    // Mid-stream, only the errors the user can act on keep their own kind; the rest are stream errors.
    const bool actionable = numeric == 401 || numeric == 402 || numeric == 403 || numeric == 429;
    result.kind = actionable ? kindForStatus(numeric) : Kind::StreamError;
    return result;
}

ChatError ChatError::fromHttpReply(const QString& providerName, int status, const QByteArray& body,
                                   std::optional<int> retryAfterSeconds)
{
    ChatError result;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue error = doc.object().value(u"error");
    if (error.isObject()) {
        result = fromErrorObject(providerName, error.toObject());
    } else if (error.isString()) {
        result.providerMessage = error.toString(); // Ollama: {"error": "model not found"}
    } else if (!doc.isObject()) {
        result.providerMessage = QString::fromUtf8(body.left(300)).simplified();
    }
    result.providerName = providerName;
    result.httpStatus = status;
    result.kind = kindForStatus(status);
    result.retryAfterSeconds = retryAfterSeconds;
    return result;
}

QString ChatError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::PaymentRequired:
        return QStringLiteral("payment_required");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::RequestRejected:
        return QStringLiteral("request_rejected");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Stalled:
        return QStringLiteral("stalled");
    case Kind::StreamError:
        return QStringLiteral("stream_error");
    case Kind::ConnectionDropped:
        return QStringLiteral("connection_dropped");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case Kind::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

QString ChatError::userMessage() const
{
    const QString who = providerName.isEmpty() ? tr("The model provider") : providerName;
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        text = tr("%1 rejected the API key. Fix the key in Settings.").arg(who);
        break;
    case Kind::PaymentRequired:
        text = tr("Your %1 account is out of credits. Add credits or pick a cheaper model.").arg(who);
        break;
    case Kind::RateLimited:
        text =
            retryAfterSeconds.value_or(0) > 0
                ? tr("%1 is rate limiting requests. Try again in %n second(s).", nullptr, *retryAfterSeconds)
                      .arg(who)
                : tr("%1 is rate limiting requests. Wait a moment and try again.").arg(who);
        break;
    case Kind::ServerError:
        text = tr("%1 had a server error (HTTP %2). Try again later.").arg(who).arg(httpStatus);
        break;
    case Kind::RequestRejected:
        text = tr("%1 rejected the request (HTTP %2). Check the model and its settings.")
                   .arg(who)
                   .arg(httpStatus);
        break;
    case Kind::Network:
        text = tr("Could not reach %1. Check your connection and the provider's base URL.").arg(who);
        break;
    case Kind::Stalled:
        text = tr("%1 sent nothing for %n second(s), so the answer was cut off. The partial answer "
                  "was kept.",
                  nullptr, stallSeconds)
                   .arg(who);
        break;
    case Kind::StreamError:
        text = tr("%1 reported an error while answering. The partial answer was kept.").arg(who);
        break;
    case Kind::ConnectionDropped:
        text = tr("The connection to %1 dropped before the answer was complete. The partial answer "
                  "was kept.")
                   .arg(who);
        break;
    case Kind::MalformedResponse:
        text = tr("%1 sent a response that could not be read. The partial answer was kept.").arg(who);
        break;
    case Kind::Stopped:
        return tr("Stopped.");
    }
    if (!providerMessage.isEmpty())
        text += u' ' + tr("(%1 says: %2)").arg(who, providerMessage);
    else if (!detail.isEmpty())
        text += u' ' + tr("(%1)").arg(detail);
    return text;
}

} // namespace harness::core
