// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_stream.h"

#include "core/llm/chat_request_builder.h"
#include "core/llm/retry_after.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>
#include <cmath>

namespace harness::core {

Q_LOGGING_CATEGORY(lcChatStream, "harness.llm.stream", QtWarningMsg)

namespace {
constexpr qsizetype MaxRawBody = 1024 * 1024;
// How many stall periods a request may wait for a free connection before it counts as stalled
// (a safety net in case no "request out" signal ever comes).
constexpr int MaxQueuedWaits = 20;

bool isBlank(QByteArrayView data)
{
    return std::all_of(data.begin(), data.end(), [](char c) { return c == ' ' || c == '\t'; });
}
} // namespace

ChatStream::ChatStream(QNetworkAccessManager* network, ProviderConfig provider, QString apiKey,
                       ChatRequest request, QObject* parent)
    : QObject(parent), m_network(network), m_provider(std::move(provider)), m_apiKey(std::move(apiKey)),
      m_request(std::move(request)), m_accumulator(m_provider.displayName())
{
    m_stallTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &ChatStream::onStallTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::sendRequest);
}

ChatStream::~ChatStream()
{
    dropReply();
}

bool ChatStream::isActive() const
{
    return m_state == State::Connecting || m_state == State::Streaming || m_state == State::WaitingToRetry;
}

void ChatStream::start()
{
    if (m_state != State::Idle) {
        qCWarning(lcChatStream) << "ChatStream::start() called twice";
        return;
    }
    m_requestBody = ChatRequestBuilder::bodyBytes(m_provider, m_request);
    sendRequest();
}

void ChatStream::abort()
{
    if (!isActive())
        return;
    m_retryTimer.stop();
    dropReply();
    ChatError error;
    error.kind = ChatError::Kind::Stopped;
    fail(error);
}

void ChatStream::sendRequest()
{
    if (!m_network) {
        ChatError error;
        error.kind = ChatError::Kind::Network;
        error.detail = QStringLiteral("no network access manager");
        fail(error);
        return;
    }
    const int attempts = m_accumulator.result().attempts + 1;
    m_accumulator = ChatDeltaAccumulator(m_provider.displayName());
    m_accumulator.result().attempts = attempts;
    m_parser.reset();
    m_mode = BodyMode::Unknown;
    m_httpStatus = 0;
    m_rawBody.clear();
    m_state = State::Connecting;

    m_reply = m_network->post(ChatRequestBuilder::networkRequest(m_provider, m_apiKey), m_requestBody);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onReplyFinished);
    // QNetworkAccessManager runs at most six HTTP/1.1 connections per host and queues the rest: a
    // request still waiting for a connection is not a stalled stream (see onStallTimeout()).
    m_requestOut = false;
    m_queuedWaits = 0;
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, &ChatStream::onRequestOut);
    connect(m_reply, &QNetworkReply::requestSent, this, &ChatStream::onRequestOut);
    m_stallTimer.start(m_options.stallTimeout);
}

void ChatStream::onRequestOut()
{
    if (m_requestOut)
        return;
    m_requestOut = true;
    m_stallTimer.start(m_options.stallTimeout);
}

void ChatStream::inspectHeaders()
{
    if (m_mode != BodyMode::Unknown || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_httpStatus = status.toInt();
    m_state = State::Streaming;
    if (m_httpStatus < 200 || m_httpStatus > 299) {
        m_mode = BodyMode::ErrorBody;
        return;
    }
    const QByteArray contentType =
        m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    // Servers that ignore `stream: true` answer with one JSON document; anything else is parsed
    // as an event stream (some servers label it text/plain).
    m_mode = (contentType.contains("json") && !contentType.contains("event-stream")) ? BodyMode::Json
                                                                                     : BodyMode::EventStream;
}

void ChatStream::onReadyRead()
{
    if (!m_reply || ended())
        return;
    m_requestOut = true;
    m_stallTimer.start(m_options.stallTimeout);
    inspectHeaders();
    processBytes(m_reply->readAll());
}

void ChatStream::processBytes(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_mode != BodyMode::EventStream) {
        if (m_rawBody.size() < MaxRawBody)
            m_rawBody.append(bytes.left(MaxRawBody - m_rawBody.size()));
        return;
    }
    m_parser.feed(bytes, *this);
    if (isActive())
        flushPending();
}

void ChatStream::flushPending()
{
    if (m_accumulator.hasPending())
        applyChanges(m_accumulator.takePending());
}

void ChatStream::sseCommentParsed(const QString& comment)
{
    if (isActive() && m_state != State::WaitingToRetry)
        emit keepAliveReceived(comment);
}

void ChatStream::sseEventParsed(const SseEvent& event)
{
    // After an end or while a retry waits, the rest of the bytes no longer matter.
    if (ended() || m_state == State::WaitingToRetry)
        return;
    handleChunk(event.data);
}

void ChatStream::handleChunk(const QByteArray& data)
{
    if (data == "[DONE]") {
        // Done: some servers keep the connection open afterwards, so do not wait for its end.
        dropReply();
        succeed();
        return;
    }
    if (isBlank(data))
        return;
    const ChatResult& soFar = m_accumulator.result();
    const bool needIds = soFar.generationId.isEmpty() || soFar.model.isEmpty();
    if (SimpleChunk simple; FastChunkReader::read(data, simple, needIds)) {
        // Text and reasoning wait in the accumulator and go out once per network read.
        const ChatDeltaAccumulator::Changes changes = m_accumulator.applySimple(simple);
        if (changes.finishReasonChanged || changes.error) {
            flushPending();
            if (!ended())
                applyChanges(changes);
        }
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ChatError error;
        // A broken last event at the very end means the connection was cut mid-event.
        error.kind = m_flushingTail ? ChatError::Kind::ConnectionDropped : ChatError::Kind::MalformedResponse;
        error.httpStatus = m_httpStatus;
        error.detail = tr("unreadable chunk: %1").arg(QString::fromUtf8(data.left(120)));
        dropReply();
        fail(error);
        return;
    }
    applyChanges(m_accumulator.apply(doc.object()));
}

void ChatStream::applyChanges(const ChatDeltaAccumulator::Changes& changes)
{
    if (!changes.reasoning.isEmpty()) {
        emit reasoningReceived(changes.reasoning);
        if (ended())
            return;
    }
    if (!changes.text.isEmpty()) {
        emit textReceived(changes.text);
        if (ended())
            return;
    }
    if (changes.toolCallsChanged) {
        emit toolCallsUpdated(m_accumulator.result().toolCalls);
        if (ended())
            return;
    }
    if (changes.usageChanged && m_accumulator.result().usage) {
        emit usageReceived(*m_accumulator.result().usage);
        if (ended())
            return;
    }
    if (changes.error) {
        ChatError error = *changes.error;
        error.httpStatus = m_httpStatus;
        dropReply();
        handleError(error);
    }
}

void ChatStream::handleJsonBody()
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_rawBody);
    const QJsonObject object = doc.object();
    if (!doc.isObject() || (!object.contains(u"choices") && !object.contains(u"error"))) {
        ChatError error;
        error.kind = ChatError::Kind::MalformedResponse;
        error.httpStatus = m_httpStatus;
        error.detail = tr("unexpected body: %1").arg(QString::fromUtf8(m_rawBody.left(120)));
        fail(error);
        return;
    }
    const ChatDeltaAccumulator::Changes changes = m_accumulator.applyCompletion(object);
    if (changes.error) {
        ChatError error = *changes.error;
        error.httpStatus = m_httpStatus;
        handleError(error);
        return;
    }
    if (!changes.reasoning.isEmpty())
        emit reasoningReceived(changes.reasoning);
    if (!changes.text.isEmpty() && !ended())
        emit textReceived(changes.text);
    if (changes.toolCallsChanged && !ended())
        emit toolCallsUpdated(m_accumulator.result().toolCalls);
    if (changes.usageChanged && m_accumulator.result().usage && !ended())
        emit usageReceived(*m_accumulator.result().usage);
    if (!ended())
        succeed();
}

void ChatStream::onReplyFinished()
{
    if (!m_reply || ended())
        return;
    m_stallTimer.stop();
    inspectHeaders();
    processBytes(m_reply->readAll());
    if (!m_reply || ended() || m_state == State::WaitingToRetry)
        return;
    QNetworkReply* const reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->deleteLater();
    const QNetworkReply::NetworkError networkError = reply->error();

    if (m_mode == BodyMode::ErrorBody) {
        const std::optional<int> retryAfter =
            parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        handleError(ChatError::fromHttpReply(m_provider.displayName(), m_httpStatus, m_rawBody, retryAfter));
        return;
    }
    if (m_mode == BodyMode::Unknown) {
        // No HTTP response at all: DNS failure, connection refused, TLS failure...
        ChatError error;
        error.kind = ChatError::Kind::Network;
        error.detail = reply->errorString();
        fail(error);
        return;
    }
    if (m_mode == BodyMode::Json) {
        if (networkError == QNetworkReply::NoError) {
            handleJsonBody();
        } else {
            ChatError error;
            error.kind = ChatError::Kind::ConnectionDropped;
            error.httpStatus = m_httpStatus;
            error.detail = reply->errorString();
            fail(error);
        }
        return;
    }
    if (networkError == QNetworkReply::NoError) {
        // A clean end: a last event may lack its blank line.
        m_flushingTail = true;
        m_parser.finish(*this);
        m_flushingTail = false;
        if (ended())
            return;
    }
    if (m_accumulator.sawFinishReason()) {
        succeed(); // the answer is complete; only `[DONE]` (and maybe usage) went missing
        return;
    }
    ChatError error;
    error.kind = ChatError::Kind::ConnectionDropped;
    error.httpStatus = m_httpStatus;
    if (networkError != QNetworkReply::NoError)
        error.detail = reply->errorString();
    fail(error);
}

void ChatStream::onStallTimeout()
{
    if (!isActive() || m_state == State::WaitingToRetry)
        return;
    if (!m_requestOut && m_queuedWaits < MaxQueuedWaits) {
        ++m_queuedWaits; // still queued behind other streams to the same host
        m_stallTimer.start(m_options.stallTimeout);
        return;
    }
    dropReply();
    ChatError error;
    error.kind = ChatError::Kind::Stalled;
    error.httpStatus = m_httpStatus;
    error.stallSeconds = std::max(
        1, static_cast<int>(std::lround(static_cast<double>(m_options.stallTimeout.count()) / 1000.0)));
    fail(error);
}

void ChatStream::handleError(ChatError error)
{
    const bool retryable = error.kind == ChatError::Kind::RateLimited &&
                           !m_accumulator.result().hasContent() &&
                           m_retriesUsed < m_options.maxRateLimitRetries;
    if (retryable) {
        const qint64 delayMs = error.retryAfterSeconds ? qint64(*error.retryAfterSeconds) * 1000
                                                       : qint64(m_options.defaultRetryDelay.count())
                                                             << std::min(m_retriesUsed, 10);
        if (delayMs <= m_options.maxRetryDelay.count()) {
            ++m_retriesUsed;
            error.providerName = m_provider.displayName();
            m_state = State::WaitingToRetry;
            m_retryTimer.start(std::chrono::milliseconds(delayMs));
            emit retryScheduled(m_retriesUsed, static_cast<int>(delayMs), error);
            return;
        }
    }
    fail(error);
}

void ChatStream::dropReply()
{
    m_stallTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply* const reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ChatStream::succeed()
{
    flushPending();
    if (ended())
        return; // a slot stopped the stream while taking the last text
    m_stallTimer.stop();
    m_state = State::Finished;
    emit finished(m_accumulator.result());
}

void ChatStream::fail(ChatError error)
{
    flushPending();
    if (ended())
        return; // a slot stopped the stream while taking the last text
    m_stallTimer.stop();
    m_retryTimer.stop();
    error.providerName = m_provider.displayName();
    m_accumulator.result().error = error;
    m_state = State::Failed;
    emit failed(error, m_accumulator.result());
}

} // namespace harness::core
