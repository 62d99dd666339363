// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_stream.h"
#include "scripted_llm_server.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace harness::core;
using namespace harness::test;
using namespace Qt::StringLiterals;
using Response = ScriptedLlmServer::Response;
using Framing = Response::Framing;

Q_DECLARE_METATYPE(harness::test::ScriptedLlmServer::Response)

namespace {

constexpr int AsyncTimeoutMs = 20000; // generous upper bound for QTRY_; never a performance threshold

QStringList describeCalls(const QList<ToolCall>& calls)
{
    QStringList out;
    for (const ToolCall& call : calls)
        out << u"%1|%2|%3|%4"_s.arg(call.id, call.name, call.arguments,
                                    call.argumentsAreValid() ? u"valid"_s : u"invalid"_s);
    return out;
}

QByteArray sseBytes(const QList<QJsonObject>& chunks, const QByteArray& eol = "\n")
{
    QByteArray bytes;
    for (const QJsonObject& chunk : chunks)
        bytes += "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + eol + eol;
    return bytes + "data: [DONE]" + eol + eol;
}

Response helloStream(Framing framing = Framing::Chunked)
{
    return Response::sse(framing)
        .chunk(ScriptedLlmServer::textChunk(u"Hel"_s))
        .chunk(ScriptedLlmServer::textChunk(u"lo"_s))
        .chunk(ScriptedLlmServer::finishChunk(u"stop"_s))
        .chunk(ScriptedLlmServer::usageChunk(12, 2, 0.00042))
        .done();
}

/// Runs one ChatStream against the scripted server and records everything it reported.
struct Run {
    std::unique_ptr<ChatStream> stream;
    QString text;
    QString reasoning;
    int keepAlives = 0;
    int toolUpdates = 0;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> failed;
    std::unique_ptr<QSignalSpy> retries;

    Run(QNetworkAccessManager* nam, const ProviderConfig& provider, const QString& key,
        const ChatStream::Options& options)
    {
        ChatRequest request;
        request.model = u"scripted/model"_s;
        request.messages = {ChatMessage::system(u"Be brief."_s), ChatMessage::user(u"Hi"_s)};
        request.tools = {
            ToolDefinition{u"get_weather"_s, u"Weather for a city"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
        stream = std::make_unique<ChatStream>(nam, provider, key, request);
        stream->setOptions(options);
        QObject::connect(stream.get(), &ChatStream::textReceived, [this](const QString& d) { text += d; });
        QObject::connect(stream.get(), &ChatStream::reasoningReceived,
                         [this](const QString& d) { reasoning += d; });
        QObject::connect(stream.get(), &ChatStream::keepAliveReceived, [this] { ++keepAlives; });
        QObject::connect(stream.get(), &ChatStream::toolCallsUpdated, [this] { ++toolUpdates; });
        finished = std::make_unique<QSignalSpy>(stream.get(), &ChatStream::finished);
        failed = std::make_unique<QSignalSpy>(stream.get(), &ChatStream::failed);
        retries = std::make_unique<QSignalSpy>(stream.get(), &ChatStream::retryScheduled);
    }
    bool ended() const { return finished->size() + failed->size() > 0; }
    /// Runs a real event loop until the stream ends (QTRY_ would sleep between polls and so
    /// slow down dripped streams).
    bool waitForEnd()
    {
        if (!ended()) {
            QEventLoop loop;
            QObject::connect(stream.get(), &ChatStream::finished, &loop, &QEventLoop::quit);
            QObject::connect(stream.get(), &ChatStream::failed, &loop, &QEventLoop::quit);
            QTimer::singleShot(AsyncTimeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return ended();
    }
    ChatError error() const
    {
        return failed->isEmpty() ? ChatError{} : failed->first().at(0).value<ChatError>();
    }
};

} // namespace

class TestChatStream final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void streamsAnswer_data();
    void streamsAnswer();
    void reportsFailureAndKeepsPartialAnswer_data();
    void reportsFailureAndKeepsPartialAnswer();
    void retriesRateLimitBeforeFirstToken_data();
    void retriesRateLimitBeforeFirstToken();
    void givesUpAfterBoundedRetries();
    void doesNotWaitForAnAbsurdRetryAfter();
    void reportsUnreachableServer_data();
    void reportsUnreachableServer();
    void sendsHeadersAndBody();
    void sendsNoAuthorizationWithoutKey();
    void abortKeepsPartialAnswer();
    void abortFromTextSlotWinsOverCompletion();
    void abortWhileWaitingToRetry();
    void destroyingMidStreamIsSilent();

private:
    std::unique_ptr<Run> startRun(const QString& key = u"sk-test"_s);
    ProviderConfig provider() const;

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ScriptedLlmServer> m_server;
    ChatStream::Options m_options;
};

void TestChatStream::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<ScriptedLlmServer>();
    QVERIFY(m_server->listen());
    m_options = ChatStream::Options{};
    m_options.stallTimeout = std::chrono::seconds(30);
    m_options.defaultRetryDelay = std::chrono::milliseconds(10);
}

void TestChatStream::cleanup()
{
    m_server.reset();
    m_nam.reset();
}

ProviderConfig TestChatStream::provider() const
{
    ProviderConfig config = ProviderConfig::custom(u"Scripted"_s, m_server->baseUrl());
    config.extraHeaders = {{"HTTP-Referer", "https://harness.dev"}, {"X-Title", "Harness Desktop"}};
    return config;
}

std::unique_ptr<Run> TestChatStream::startRun(const QString& key)
{
    auto run = std::make_unique<Run>(m_nam.get(), provider(), key, m_options);
    run->stream->start();
    return run;
}

void TestChatStream::streamsAnswer_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QStringList>("toolCalls");
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<int>("keepAlives");
    QTest::addColumn<bool>("hasUsage");

    using S = ScriptedLlmServer;
    QTest::newRow("plain text, chunked")
        << helloStream() << u"Hello"_s << QString() << QStringList{} << u"stop"_s << 0 << true;
    QTest::newRow("plain text, close-delimited") << helloStream(Framing::CloseDelimited) << u"Hello"_s
                                                 << QString() << QStringList{} << u"stop"_s << 0 << true;
    QTest::newRow("crlf") << Response::sse()
                                 .lineEnding("\r\n")
                                 .comment()
                                 .chunk(S::textChunk(u"Hi"_s))
                                 .chunk(S::finishChunk(u"stop"_s))
                                 .done()
                          << u"Hi"_s << QString() << QStringList{} << u"stop"_s << 1 << false;
    QTest::newRow("keep-alive comments") << Response::sse()
                                                .comment()
                                                .wait(20)
                                                .comment()
                                                .chunk(S::textChunk(u"ok"_s))
                                                .chunk(S::finishChunk(u"stop"_s))
                                                .done()
                                         << u"ok"_s << QString() << QStringList{} << u"stop"_s << 2 << false;
    QTest::newRow("reasoning then text")
        << Response::sse()
               .chunk(S::reasoningChunk(u"Let me "_s))
               .chunk(S::reasoningChunk(u"think."_s))
               .chunk(S::textChunk(u"42"_s))
               .chunk(S::finishChunk(u"stop"_s))
               .done()
        << u"42"_s << u"Let me think."_s << QStringList{} << u"stop"_s << 0 << false;
    QTest::newRow("one tool call split across chunks")
        << Response::sse()
               .chunk(S::toolCallChunk(0, u"call_1"_s, u"get_weather"_s, QString()))
               .chunk(S::toolCallChunk(0, QString(), QString(), uR"({"ci)"_s))
               .wait(10)
               .chunk(S::toolCallChunk(0, QString(), QString(), uR"(ty":"Paris"})"_s))
               .chunk(S::finishChunk(u"tool_calls"_s))
               .done()
        << QString() << QString() << QStringList{uR"(call_1|get_weather|{"city":"Paris"}|valid)"_s}
        << u"tool_calls"_s << 0 << false;
    QTest::newRow("several tool calls interleaved")
        << Response::sse()
               .chunk(S::textChunk(u"Checking."_s))
               .chunk(S::toolCallChunk(0, u"call_a"_s, u"get_weather"_s, uR"({"city":)"_s))
               .chunk(S::toolCallChunk(1, u"call_b"_s, u"get_"_s, QString()))
               .chunk(S::toolCallChunk(1, QString(), u"time"_s, uR"({"tz":"UTC"})"_s))
               .chunk(S::toolCallChunk(0, QString(), QString(), uR"("Oslo"})"_s))
               .chunk(S::toolCallChunk(2, u"call_c"_s, u"ping"_s, QString()))
               .chunk(S::finishChunk(u"tool_calls"_s))
               .done()
        << u"Checking."_s << QString()
        << QStringList{uR"(call_a|get_weather|{"city":"Oslo"}|valid)"_s,
                       uR"(call_b|get_time|{"tz":"UTC"}|valid)"_s, u"call_c|ping||valid"_s}
        << u"tool_calls"_s << 0 << false;
    QTest::newRow("invalid tool arguments are kept as they are")
        << Response::sse()
               .chunk(S::toolCallChunk(0, u"call_1"_s, u"get_weather"_s, uR"({"city": Par)"_s))
               .chunk(S::finishChunk(u"tool_calls"_s))
               .done()
        << QString() << QString() << QStringList{uR"(call_1|get_weather|{"city": Par|invalid)"_s}
        << u"tool_calls"_s << 0 << false;

    const QString utf8Text = u"Grüße 😀 — 你好"_s;
    const QByteArray utf8Stream = sseBytes({S::textChunk(utf8Text), S::finishChunk(u"stop"_s)});
    const qsizetype emoji = utf8Stream.indexOf("\xF0\x9F\x98\x80");
    QTest::newRow("utf-8 split across reads")
        << Response::sse().raw(utf8Stream.left(emoji + 2)).wait(30).raw(utf8Stream.mid(emoji + 2)) << utf8Text
        << QString() << QStringList{} << u"stop"_s << 0 << false;
    QTest::newRow("slow drip, 3 bytes at a time")
        << Response::sse(Framing::CloseDelimited).drip(utf8Stream, 3, 2) << utf8Text << QString()
        << QStringList{} << u"stop"_s << 0 << false;
    QTest::newRow("crlf drip splitting every CRLF")
        << Response::sse().drip(
               sseBytes({S::textChunk(u"a"_s), S::textChunk(u"b"_s), S::finishChunk(u"stop"_s)}, "\r\n"), 1,
               1)
        << u"ab"_s << QString() << QStringList{} << u"stop"_s << 0 << false;
    QTest::newRow("finish reason but no [DONE]")
        << Response::sse(Framing::CloseDelimited)
               .chunk(S::textChunk(u"Done"_s))
               .chunk(S::finishChunk(u"stop"_s))
        << u"Done"_s << QString() << QStringList{} << u"stop"_s << 0 << false;
    QTest::newRow("[DONE] without trailing blank line")
        << Response::sse(Framing::CloseDelimited)
               .data(QJsonDocument(S::textChunk(u"x"_s)).toJson(QJsonDocument::Compact))
               .raw("data: [DONE]")
        << u"x"_s << QString() << QStringList{} << QString() << 0 << false;
    const QJsonObject completion{
        {u"id"_s, u"c1"_s},
        {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                              {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                                         {u"content"_s, u"whole"_s}}},
                                              {u"finish_reason"_s, u"stop"_s}}}},
        {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 1}, {u"completion_tokens"_s, 1}}},
    };
    QTest::newRow("server ignoring stream: true")
        << Response::json(200, QJsonDocument(completion).toJson()) << u"whole"_s << QString() << QStringList{}
        << u"stop"_s << 0 << true;
}

void TestChatStream::streamsAnswer()
{
    QFETCH(Response, response);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(QStringList, toolCalls);
    QFETCH(QString, finishReason);
    QFETCH(int, keepAlives);
    QFETCH(bool, hasUsage);

    m_server->enqueue(response);
    const auto run = startRun();
    QVERIFY(run->waitForEnd());
    QVERIFY2(run->failed->isEmpty(), qPrintable(run->error().userMessage()));
    QCOMPARE(run->finished->size(), 1);

    const ChatResult result = run->finished->first().at(0).value<ChatResult>();
    QVERIFY(result.ok());
    QCOMPARE(result.text, text);
    QCOMPARE(run->text, text); // the deltas add up to the final text
    QCOMPARE(result.reasoning, reasoning);
    QCOMPARE(run->reasoning, reasoning);
    QCOMPARE(describeCalls(result.toolCalls), toolCalls);
    QCOMPARE(run->toolUpdates > 0, !toolCalls.isEmpty());
    QCOMPARE(result.finishReason, finishReason);
    QCOMPARE(run->keepAlives, keepAlives);
    QCOMPARE(result.usage.has_value(), hasUsage);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(run->stream->state(), ChatStream::State::Finished);
    if (hasUsage && QByteArray(QTest::currentDataTag()).startsWith("plain text")) {
        QCOMPARE(result.usage->promptTokens, 12);
        QCOMPARE(result.usage->completionTokens, 2);
        QCOMPARE(result.usage->cost, std::optional<double>(0.00042));
    }
}

void TestChatStream::reportsFailureAndKeepsPartialAnswer_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("partialText");
    QTest::addColumn<QString>("messageContains");

    using S = ScriptedLlmServer;
    using K = ChatError::Kind;
    QTest::newRow("401") << Response::error(401, u"No auth credentials found"_s) << int(K::Unauthorized)
                         << QString() << u"No auth credentials found"_s;
    QTest::newRow("402") << Response::error(402, u"Insufficient credits"_s) << int(K::PaymentRequired)
                         << QString() << u"credits"_s;
    QTest::newRow("500") << Response::error(500, u"Internal error"_s) << int(K::ServerError) << QString()
                         << u"HTTP 500"_s;
    QTest::newRow("503 plain text") << Response::json(503, "upstream overloaded") << int(K::ServerError)
                                    << QString() << u"upstream overloaded"_s;
    QTest::newRow("400") << Response::error(400, u"model not found"_s) << int(K::RequestRejected) << QString()
                         << u"model not found"_s;
    QTest::newRow("mid-stream error chunk")
        << Response::sse()
               .chunk(S::textChunk(u"Partial"_s))
               .chunk(S::errorChunk(u"server_error"_s, u"Provider disconnected"_s))
               .done()
        << int(K::StreamError) << u"Partial"_s << u"Provider disconnected"_s;
    QTest::newRow("429 error chunk after first token is not retried")
        << Response::sse()
               .chunk(S::textChunk(u"Hi"_s))
               .chunk(S::errorChunk(429, u"Rate limit exceeded"_s))
               .done()
        << int(K::RateLimited) << u"Hi"_s << u"Rate limit exceeded"_s;
    QTest::newRow("abrupt disconnect, chunked")
        << Response::sse().chunk(S::textChunk(u"Half an"_s)).raw("data: {\"choi").disconnect()
        << int(K::ConnectionDropped) << u"Half an"_s << u"dropped"_s;
    QTest::newRow("close without finish reason")
        << Response::sse(Framing::CloseDelimited).chunk(S::textChunk(u"Half"_s)) << int(K::ConnectionDropped)
        << u"Half"_s << u"dropped"_s;
    QTest::newRow("malformed json chunk")
        << Response::sse().chunk(S::textChunk(u"ok "_s)).data("{\"choices\": [oops").done()
        << int(K::MalformedResponse) << u"ok "_s << u"could not be read"_s;
    QTest::newRow("stall") << Response::sse().chunk(S::textChunk(u"Wait"_s)).stall() << int(K::Stalled)
                           << u"Wait"_s << u"sent nothing"_s;
}

void TestChatStream::reportsFailureAndKeepsPartialAnswer()
{
    QFETCH(Response, response);
    QFETCH(int, kind);
    QFETCH(QString, partialText);
    QFETCH(QString, messageContains);

    m_options.stallTimeout = std::chrono::milliseconds(300);
    m_server->enqueue(response);
    const auto run = startRun();
    QVERIFY(run->waitForEnd());
    QVERIFY(run->finished->isEmpty());
    QCOMPARE(run->failed->size(), 1);
    const ChatError error = run->error();
    const ChatResult partial = run->failed->first().at(1).value<ChatResult>();
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(partial.error, error);
    QCOMPARE(partial.text, partialText);
    QCOMPARE(run->stream->result().text, partialText);
    QVERIFY2(error.userMessage().contains(messageContains), qPrintable(error.userMessage()));
    QVERIFY(error.userMessage().contains(u"Scripted"_s));
    QCOMPARE(run->retries->size(), 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(run->stream->state(), ChatStream::State::Failed);
}

void TestChatStream::retriesRateLimitBeforeFirstToken_data()
{
    QTest::addColumn<Response>("limited");
    QTest::addColumn<int>("expectedDelayMs");
    QTest::newRow("Retry-After: 0") << Response::error(429, u"slow down"_s).header("Retry-After", "0") << 0;
    QTest::newRow("Retry-After: 1") << Response::error(429, u"slow down"_s).header("Retry-After", "1")
                                    << 1000;
    QTest::newRow("no Retry-After") << Response::error(429, u"slow down"_s) << 10;
    QTest::newRow("429 error chunk after keep-alive")
        << Response::sse().comment().chunk(ScriptedLlmServer::errorChunk(429, u"busy"_s)).done() << 10;
}

void TestChatStream::retriesRateLimitBeforeFirstToken()
{
    QFETCH(Response, limited);
    QFETCH(int, expectedDelayMs);
    m_server->enqueue(limited);
    m_server->enqueue(helloStream());
    const auto run = startRun();
    QVERIFY(run->waitForEnd());
    QVERIFY2(run->failed->isEmpty(), qPrintable(run->error().userMessage()));
    QCOMPARE(run->retries->size(), 1);
    QCOMPARE(run->retries->first().at(0).toInt(), 1);
    QCOMPARE(run->retries->first().at(1).toInt(), expectedDelayMs);
    QCOMPARE(run->retries->first().at(2).value<ChatError>().kind, ChatError::Kind::RateLimited);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).body, m_server->requests().at(1).body);
    const ChatResult result = run->finished->first().at(0).value<ChatResult>();
    QCOMPARE(result.text, u"Hello"_s);
    QCOMPARE(run->text, u"Hello"_s);
    QCOMPARE(result.attempts, 2);
}

void TestChatStream::givesUpAfterBoundedRetries()
{
    m_options.maxRateLimitRetries = 2;
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(Response::error(429, u"slow down"_s).header("Retry-After", "0"));
    m_server->enqueue(helloStream()); // must never be reached
    const auto run = startRun();
    QVERIFY(run->waitForEnd());
    QCOMPARE(run->error().kind, ChatError::Kind::RateLimited);
    QCOMPARE(run->retries->size(), 2);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(run->stream->result().attempts, 3);
}

void TestChatStream::doesNotWaitForAnAbsurdRetryAfter()
{
    m_server->enqueue(Response::error(429, u"daily limit"_s).header("Retry-After", "86400"));
    const auto run = startRun();
    QVERIFY(run->waitForEnd());
    QCOMPARE(run->error().kind, ChatError::Kind::RateLimited);
    QCOMPARE(run->error().retryAfterSeconds, std::optional<int>(86400));
    QVERIFY(run->error().userMessage().contains(u"86400"_s));
    QCOMPARE(run->retries->size(), 0);
}

void TestChatStream::reportsUnreachableServer_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::newRow("connection refused")
        << QUrl(u"http://127.0.0.1:%1/v1"_s.arg(ScriptedLlmServer::unusedPort()));
    QTest::newRow("unknown host") << QUrl(u"http://no-such-host.invalid/v1"_s);
}

void TestChatStream::reportsUnreachableServer()
{
    QFETCH(QUrl, baseUrl);
    Run run(m_nam.get(), ProviderConfig::custom(u"Nowhere"_s, baseUrl), u"k"_s, m_options);
    run.stream->start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.error().kind, ChatError::Kind::Network);
    QVERIFY(run.error().userMessage().contains(u"Could not reach Nowhere"_s));
    QVERIFY(!run.error().detail.isEmpty());
}

void TestChatStream::sendsHeadersAndBody()
{
    m_server->enqueue(helloStream());
    const auto run = startRun(u"sk-or-v1-secret"_s);
    QVERIFY(run->waitForEnd());
    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest& request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-or-v1-secret"));
    QCOMPARE(request.header("http-referer"), QByteArray("https://harness.dev"));
    QCOMPARE(request.header("x-title"), QByteArray("Harness Desktop"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.header("accept"), QByteArray("text/event-stream"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(u"model").toString(), u"scripted/model"_s);
    QCOMPARE(body.value(u"stream").toBool(), true);
    QCOMPARE(body.value(u"stream_options").toObject().value(u"include_usage").toBool(), true);
    QCOMPARE(body.value(u"tool_choice").toString(), u"auto"_s);
    QCOMPARE(body.value(u"tools")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"function")
                 .toObject()
                 .value(u"name")
                 .toString(),
             u"get_weather"_s);
    const QJsonArray messages = body.value(u"messages").toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(u"role").toString(), u"system"_s);
    QCOMPARE(messages.at(1).toObject().value(u"content").toString(), u"Hi"_s);
}

void TestChatStream::sendsNoAuthorizationWithoutKey()
{
    m_server->enqueue(helloStream());
    const auto run = startRun(QString());
    QVERIFY(run->waitForEnd());
    QVERIFY(run->failed->isEmpty());
    QVERIFY(m_server->requests().first().header("authorization").isEmpty());
}

void TestChatStream::abortKeepsPartialAnswer()
{
    m_server->enqueue(Response::sse().chunk(ScriptedLlmServer::textChunk(u"Hel"_s)).stall());
    const auto run = startRun();
    QObject::connect(run->stream.get(), &ChatStream::textReceived, run->stream.get(), &ChatStream::abort);
    QVERIFY(run->waitForEnd());
    QCOMPARE(run->error().kind, ChatError::Kind::Stopped);
    QCOMPARE(run->failed->size(), 1);
    QCOMPARE(run->failed->first().at(1).value<ChatResult>().text, u"Hel"_s);
    run->stream->abort(); // a second stop does nothing
    QCOMPARE(run->failed->size(), 1);
    QCOMPARE(run->finished->size(), 0);
}

void TestChatStream::abortFromTextSlotWinsOverCompletion()
{
    // The whole answer arrives in one write: the text goes out just before finishing, and a Stop
    // pressed in reaction to it must still be the one and only outcome.
    m_server->enqueue(Response::sse().raw(
        sseBytes({ScriptedLlmServer::textChunk(u"Hello"_s), ScriptedLlmServer::finishChunk(u"stop"_s)})));
    const auto run = startRun();
    QObject::connect(run->stream.get(), &ChatStream::textReceived, run->stream.get(), &ChatStream::abort);
    QVERIFY(run->waitForEnd());
    QTest::qWait(20);
    QCOMPARE(run->finished->size(), 0);
    QCOMPARE(run->failed->size(), 1);
    QCOMPARE(run->error().kind, ChatError::Kind::Stopped);
    QCOMPARE(run->failed->first().at(1).value<ChatResult>().text, u"Hello"_s);
}

void TestChatStream::abortWhileWaitingToRetry()
{
    m_server->enqueue(Response::error(429, u"slow down"_s).header("Retry-After", "30"));
    m_server->enqueue(helloStream());
    const auto run = startRun();
    QTRY_COMPARE_WITH_TIMEOUT(run->retries->size(), 1, AsyncTimeoutMs);
    QCOMPARE(run->stream->state(), ChatStream::State::WaitingToRetry);
    run->stream->abort();
    QCOMPARE(run->error().kind, ChatError::Kind::Stopped);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->pendingResponses(), 1);
}

void TestChatStream::destroyingMidStreamIsSilent()
{
    m_server->enqueue(Response::sse().chunk(ScriptedLlmServer::textChunk(u"Hel"_s)).stall());
    auto run = startRun();
    QTRY_COMPARE_WITH_TIMEOUT(run->text, u"Hel"_s, AsyncTimeoutMs);
    QSignalSpy* failed = run->failed.get();
    QCOMPARE(failed->size(), 0);
    run->stream.reset(); // the engine replacing a run may simply delete the old stream
    QCOMPARE(failed->size(), 0);
    QTest::qWait(50); // let the aborted reply's events drain; nothing must crash
}

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chat_stream.moc"
