// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// ChatStream against the scripted server: answers that stream to the end, and the request it sends.
#include "chat_stream_fixture.h"

using namespace harness::test;

class TestChatStream final : public ChatStreamTestBase {
    Q_OBJECT

private slots:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

    void streamsAnswer_data();
    void streamsAnswer();
    void sendsHeadersAndBody();
    void sendsNoAuthorizationWithoutKey();
    void destroyingMidStreamIsSilent();
    void keepsReasoningDetailsForTheNextTurn();
};

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

void TestChatStream::keepsReasoningDetailsForTheNextTurn()
{
    m_server->enqueue(Response::sse()
                          .chunk(ScriptedLlmServer::reasoningChunk(u"Need "_s))
                          .chunk(ScriptedLlmServer::reasoningChunk(u"weather."_s))
                          .chunk(ScriptedLlmServer::toolCallChunk(0, u"call_1"_s, u"get_weather"_s, u"{}"_s))
                          .chunk(ScriptedLlmServer::finishChunk(u"tool_calls"_s))
                          .done());
    const auto run = startRun();
    QVERIFY(run->waitForEnd());
    QVERIFY(run->failed->isEmpty());
    const ChatResult result = run->finished->first().at(0).value<ChatResult>();
    QCOMPARE(result.reasoningDetails.size(), 1);
    QCOMPARE(result.reasoningDetails.first().toObject().value(u"text").toString(), u"Need weather."_s);
    const ChatMessage next = ChatMessage::assistant(result);
    QCOMPARE(next.toolCalls.size(), 1);
    QCOMPARE(next.reasoningDetails, result.reasoningDetails);
}

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chat_stream.moc"
