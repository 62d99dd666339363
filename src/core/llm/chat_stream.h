// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_delta_accumulator.h"
#include "core/llm/chat_request.h"
#include "core/llm/chat_result.h"
#include "core/llm/provider_config.h"
#include "core/net/sse_parser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace harness::core {

/// Streams one chat completion from an OpenAI-compatible endpoint.
///
/// Usage: construct, connect, start(). Deltas arrive as textReceived / reasoningReceived /
/// toolCallsUpdated; exactly one of finished() or failed() ends it (failed() carries the partial
/// answer). A 429 before the first token is retried automatically (retryScheduled). abort() stops
/// at any moment and reports failed() with kind Stopped. One ChatStream per completion; the agent
/// loop makes a new one for each turn. Never delete it from a slot connected to its own signals:
/// use deleteLater().
class ChatStream final : public QObject, private SseParser::EventSink {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)

public:
    enum class State { Idle, Connecting, Streaming, WaitingToRetry, Finished, Failed };
    Q_ENUM(State)

    struct Options {
        /// No byte for this long (before or during the stream) fails with kind Stalled.
        std::chrono::milliseconds stallTimeout = std::chrono::seconds(90);
        /// Automatic retries of a 429 that came before any token.
        int maxRateLimitRetries = 3;
        /// A Retry-After longer than this is not waited for: the stream fails with RateLimited.
        std::chrono::milliseconds maxRetryDelay = std::chrono::seconds(60);
        /// Wait before the first retry when the server gives no Retry-After (doubles each time).
        std::chrono::milliseconds defaultRetryDelay = std::chrono::seconds(2);
    };

    ChatStream(QNetworkAccessManager* network, ProviderConfig provider, QString apiKey, ChatRequest request,
               QObject* parent = nullptr);
    ~ChatStream() override;

    void setOptions(const Options& options) { m_options = options; }
    Options options() const { return m_options; }

    /// Sends the request. Call once.
    void start();
    /// Stops the stream (user's Stop): the request is aborted and failed() reports kind Stopped
    /// with the partial answer. Does nothing when already ended.
    void abort();

    State state() const { return m_state; }
    bool isActive() const;
    /// The answer so far (complete after finished()).
    const ChatResult& result() const { return m_accumulator.result(); }
    const ProviderConfig& provider() const { return m_provider; }
    const ChatRequest& request() const { return m_request; }

signals:
    void textReceived(const QString& delta);
    void reasoningReceived(const QString& delta);
    /// A tool call appeared or its name/arguments grew; \a toolCalls is the whole list so far.
    void toolCallsUpdated(const QList<harness::core::ToolCall>& toolCalls);
    void usageReceived(const harness::core::ChatUsage& usage);
    /// A comment line (`: OPENROUTER PROCESSING`) kept the connection alive.
    void keepAliveReceived(const QString& comment);
    /// A rate-limited attempt will be retried after \a delayMs; \a attempt counts from 1.
    void retryScheduled(int attempt, int delayMs, const harness::core::ChatError& reason);
    void finished(const harness::core::ChatResult& result);
    void failed(const harness::core::ChatError& error, const harness::core::ChatResult& partial);

private:
    enum class BodyMode { Unknown, EventStream, Json, ErrorBody };

    void sendRequest();
    void onReadyRead();
    void onReplyFinished();
    void onStallTimeout();
    void onRequestOut();
    void inspectHeaders();
    void processBytes(const QByteArray& bytes);
    void sseEventParsed(const SseEvent& event) override;
    void sseCommentParsed(const QString& comment) override;
    void handleChunk(const QByteArray& data);
    void applyChanges(const ChatDeltaAccumulator::Changes& changes);
    void flushPending();
    void handleJsonBody();
    void handleError(ChatError error);
    void dropReply();
    void succeed();
    void fail(ChatError error);
    bool ended() const { return m_state == State::Finished || m_state == State::Failed; }

    QPointer<QNetworkAccessManager> m_network;
    ProviderConfig m_provider;
    QString m_apiKey;
    ChatRequest m_request;
    Options m_options;
    QByteArray m_requestBody;

    QNetworkReply* m_reply = nullptr;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    SseParser m_parser;
    ChatDeltaAccumulator m_accumulator;
    State m_state = State::Idle;
    BodyMode m_mode = BodyMode::Unknown;
    int m_httpStatus = 0;
    QByteArray m_rawBody; // error or JSON body, capped
    int m_retriesUsed = 0;
    bool m_flushingTail = false;
    bool m_requestOut = false; // the request left the queue: connecting, sent or answered
    int m_queuedWaits = 0;     // handling the unterminated last event of a stream
};

} // namespace harness::core

Q_DECLARE_METATYPE(harness::core::ChatResult)
Q_DECLARE_METATYPE(harness::core::ChatError)
Q_DECLARE_METATYPE(harness::core::ChatUsage)
Q_DECLARE_METATYPE(harness::core::ToolCall)
