// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// ChatStream failures: each error kind with the partial answer kept, 429 retries, Stop.
#include "chat_stream_fixture.h"

using namespace harness::test;

class TestChatStreamErrors final : public ChatStreamTestBase {
    Q_OBJECT

private slots:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

    void reportsFailureAndKeepsPartialAnswer_data();
    void reportsFailureAndKeepsPartialAnswer();
    void retriesRateLimitBeforeFirstToken_data();
    void retriesRateLimitBeforeFirstToken();
    void givesUpAfterBoundedRetries();
    void doesNotWaitForAnAbsurdRetryAfter();
    void reportsUnreachableServer_data();
    void reportsUnreachableServer();
    void queuedRequestIsNotStalled();
    void abortKeepsPartialAnswer();
    void abortFromTextSlotWinsOverCompletion();
    void abortWhileWaitingToRetry();
};

void TestChatStreamErrors::reportsFailureAndKeepsPartialAnswer_data()
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
    QTest::newRow("200 with a JSON error body")
        << Response::json(200, R"({"error":{"code":502,"message":"Upstream provider failed"}})")
        << int(K::StreamError) << QString() << u"Upstream provider failed"_s;
    QTest::newRow("401 as the first event of a 200 stream")
        << Response::sse().comment().chunk(
               QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, 401}, {u"message"_s, u"Invalid key"_s}}}})
        << int(K::Unauthorized) << QString() << u"Invalid key"_s;
    QTest::newRow("stall after the headers")
        << Response::sse().stall() << int(K::Stalled) << QString() << u"sent nothing"_s;
    QTest::newRow("stall") << Response::sse().chunk(S::textChunk(u"Wait"_s)).stall() << int(K::Stalled)
                           << u"Wait"_s << u"sent nothing"_s;
}

void TestChatStreamErrors::reportsFailureAndKeepsPartialAnswer()
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

void TestChatStreamErrors::retriesRateLimitBeforeFirstToken_data()
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

void TestChatStreamErrors::retriesRateLimitBeforeFirstToken()
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

void TestChatStreamErrors::givesUpAfterBoundedRetries()
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

void TestChatStreamErrors::doesNotWaitForAnAbsurdRetryAfter()
{
    m_server->enqueue(Response::error(429, u"daily limit"_s).header("Retry-After", "86400"));
    const auto run = startRun();
    QVERIFY(run->waitForEnd());
    QCOMPARE(run->error().kind, ChatError::Kind::RateLimited);
    QCOMPARE(run->error().retryAfterSeconds, std::optional<int>(86400));
    QVERIFY(run->error().userMessage().contains(u"86400"_s));
    QCOMPARE(run->retries->size(), 0);
}

void TestChatStreamErrors::reportsUnreachableServer_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::newRow("connection refused")
        << QUrl(u"http://127.0.0.1:%1/v1"_s.arg(ScriptedLlmServer::unusedPort()));
    QTest::newRow("unknown host") << QUrl(u"http://no-such-host.invalid/v1"_s);
}

void TestChatStreamErrors::reportsUnreachableServer()
{
    QFETCH(QUrl, baseUrl);
    ChatStreamRun run(m_nam.get(), ProviderConfig::custom(u"Nowhere"_s, baseUrl), u"k"_s, m_options);
    run.stream->start();
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.error().kind, ChatError::Kind::Network);
    QVERIFY(run.error().userMessage().contains(u"Could not reach Nowhere"_s));
    QVERIFY(!run.error().detail.isEmpty());
}

void TestChatStreamErrors::queuedRequestIsNotStalled()
{
    // Seven streams to one host: QNetworkAccessManager opens six connections and queues the
    // seventh until one ends. The first six keep sending (never stalled); the queued one waits
    // longer than the stall timeout yet must not be reported as stalled.
    m_options.stallTimeout = std::chrono::milliseconds(400);
    QByteArray body;
    for (int i = 0; i < 20; ++i)
        body +=
            "data: " + QJsonDocument(ScriptedLlmServer::textChunk(u"."_s)).toJson(QJsonDocument::Compact) +
            "\n\n";
    body +=
        "data: " + QJsonDocument(ScriptedLlmServer::finishChunk(u"stop"_s)).toJson(QJsonDocument::Compact) +
        "\n\ndata: [DONE]\n\n";
    const qsizetype piece = body.size() / 20 + 1;
    for (int i = 0; i < 6; ++i)
        m_server->enqueue(Response::sse().drip(body, int(piece), 60));
    m_server->enqueue(helloStream());
    std::vector<std::unique_ptr<ChatStreamRun>> runs;
    for (int i = 0; i < 7; ++i)
        runs.push_back(startRun());
    for (const auto& run : runs)
        QVERIFY(run->waitForEnd());
    for (const auto& run : runs)
        QVERIFY2(run->failed->isEmpty(), qPrintable(run->error().userMessage()));
    QCOMPARE(runs.back()->finished->first().at(0).value<ChatResult>().text, u"Hello"_s);
}

void TestChatStreamErrors::abortKeepsPartialAnswer()
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

void TestChatStreamErrors::abortFromTextSlotWinsOverCompletion()
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

void TestChatStreamErrors::abortWhileWaitingToRetry()
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

QTEST_GUILESS_MAIN(TestChatStreamErrors)
#include "tst_chat_stream_errors.moc"
