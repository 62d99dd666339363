// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace harness::core {

/// A failure of an LLM request, as a value the user can read and the engine can act on.
struct ChatError {
    Q_DECLARE_TR_FUNCTIONS(ChatError)

public:
    enum class Kind {
        None,              ///< no error
        Unauthorized,      ///< 401/403: the API key was rejected
        PaymentRequired,   ///< 402: out of credits
        RateLimited,       ///< 429 (retried automatically before the first token)
        ServerError,       ///< 5xx
        RequestRejected,   ///< other 4xx: bad request, unknown model, context too long...
        Network,           ///< DNS failure, connection refused, TLS failure: no response at all
        Stalled,           ///< no byte arrived for the stall timeout
        StreamError,       ///< the provider sent an error chunk in the middle of the stream
        ConnectionDropped, ///< the stream ended before `[DONE]` or a finish reason
        MalformedResponse, ///< a chunk or body that is not the JSON we expect
        Stopped,           ///< the user stopped it (abort())
    };

    Kind kind = Kind::None;
    QString providerName;                 ///< e.g. "OpenRouter", for the message
    int httpStatus = 0;                   ///< 0 when no HTTP status was received
    QString providerCode;                 ///< `error.code` from the provider, as text
    QString providerMessage;              ///< `error.message` from the provider
    QString detail;                       ///< technical detail: network error string, bad JSON excerpt
    std::optional<int> retryAfterSeconds; ///< from Retry-After, when given
    int stallSeconds = 0;                 ///< Stalled: the timeout that fired

    /// Sentence for the user: what failed and what to do, followed by the provider's own message.
    QString userMessage() const;
    /// Stable, untranslated name of the kind ("rate_limited"), for logs and the store.
    static QString kindName(Kind kind);

    /// Kind for an HTTP status (or a numeric `error.code` in a stream chunk).
    static Kind kindForStatus(int status);
    /// Error from a non-2xx HTTP reply: parses `{error: {code, message}}` (or a plain-text body).
    static ChatError fromHttpReply(const QString& providerName, int status, const QByteArray& body,
                                   std::optional<int> retryAfterSeconds = {});
    /// Error from a `{"error": {...}}` object found in a stream chunk or a 200 JSON body.
    static ChatError fromErrorObject(const QString& providerName, const QJsonObject& error);

    bool operator==(const ChatError&) const = default;
};

} // namespace harness::core
