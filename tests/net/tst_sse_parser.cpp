// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The one Server-Sent Events parser of the chat client (OpenAI-compatible streams) and of MCP's
// Streamable HTTP and legacy SSE transports.
#include "core/net/sse_parser.h"

#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {

/// One line per event, so a failing comparison shows exactly what differs.
QStringList describe(const QList<SseEvent>& events)
{
    QStringList lines;
    for (const SseEvent& event : events) {
        lines << u"%1|%2|%3|%4"_s.arg(event.type, event.text(), event.id,
                                      event.retryMs ? QString::number(*event.retryMs) : u"-"_s);
    }
    return lines;
}

struct Outcome {
    QStringList events;
    qsizetype comments = 0;
    QString lastEventId;
};

/// Feeds \a input cut at the given offsets (ascending) and returns everything the parser reported.
Outcome parseSplit(const QByteArray& input, const QList<qsizetype>& cuts)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        parser.feed(QByteArrayView(input).sliced(from, cut - from), events);
        from = cut;
    }
    parser.feed(QByteArrayView(input).sliced(from), events);
    events += parser.finish();
    return {describe(events), parser.commentCount(), parser.lastEventId()};
}

/// A recorded-shape OpenRouter stream: keep-alives, reasoning, text with multi-byte UTF-8, usage.
QByteArray openRouterStream(const QByteArray& eol)
{
    const QList<QByteArray> lines = {
        ": OPENROUTER PROCESSING",
        "",
        ": OPENROUTER PROCESSING",
        "",
        R"(data: {"id":"gen-1","choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning":"Thinking é"}}]})",
        "",
        R"(data: {"id":"gen-1","choices":[{"index":0,"delta":{"content":"Grüße 😀 — €"}}]})",
        "",
        R"(data: {"id":"gen-1","choices":[{"index":0,"delta":{"content":""},"finish_reason":"stop"}]})",
        "",
        R"(data: {"id":"gen-1","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":5,"cost":0.0001}})",
        "",
        "data: [DONE]",
        "",
    };
    return lines.join(eol) + eol;
}

QStringList openRouterEvents()
{
    SseParser parser;
    QList<SseEvent> events = parser.feed(openRouterStream("\n"));
    return describe(events);
}

} // namespace

class TestSseParser final : public QObject {
    Q_OBJECT

private slots:
    void parsesEverySplit_data();
    void parsesEverySplit();
    void parsesEveryPairOfSplits_data();
    void parsesEveryPairOfSplits();
    void recordedStreamIsSameForEveryLineEnding_data();
    void recordedStreamIsSameForEveryLineEnding();
    void crlfSplitAcrossFeedsIsOneLineEnd();
    void bomOnlyAtStartIsStripped();
    void lastEventIdSurvivesFinishButNotReset();
    void retryIsRememberedOnTheParser();
    void endedStreamDropsPartialEventKeepsIdAndRetry();
    void keepAliveCommentsAreCountedNotDispatched();
    void sinkSeesCommentsAndEventsInStreamOrder();
};

void TestSseParser::parsesEverySplit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("comments");
    QTest::addColumn<QString>("lastId");

    QTest::newRow("lf") << QByteArray("data: hello\n\n") << QStringList{u"message|hello||-"_s} << 0
                        << QString();
    QTest::newRow("crlf") << QByteArray("data: hello\r\n\r\ndata: two\r\n\r\n")
                          << QStringList{u"message|hello||-"_s, u"message|two||-"_s} << 0 << QString();
    QTest::newRow("cr") << QByteArray("data: hello\r\rdata: two\r\r")
                        << QStringList{u"message|hello||-"_s, u"message|two||-"_s} << 0 << QString();
    QTest::newRow("mixed line ends") << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n")
                                     << QStringList{u"message|a\nb\nc||-"_s} << 0 << QString();
    QTest::newRow("multi-line data") << QByteArray("data: first\ndata: second\ndata:\ndata: fourth\n\n")
                                     << QStringList{u"message|first\nsecond\n\nfourth||-"_s} << 0
                                     << QString();
    QTest::newRow("no space after colon")
        << QByteArray("data:x\n\n") << QStringList{u"message|x||-"_s} << 0 << QString();
    QTest::newRow("only one space stripped")
        << QByteArray("data:  x \n\n") << QStringList{u"message| x ||-"_s} << 0 << QString();
    QTest::newRow("field without colon")
        << QByteArray("data\n\n") << QStringList{u"message|||-"_s} << 0 << QString();
    QTest::newRow("event id retry")
        << QByteArray("event: endpoint\nid: 42\nretry: 3000\ndata: /messages?s=1\n\ndata: next\n\n")
        << QStringList{u"endpoint|/messages?s=1|42|3000"_s, u"message|next|42|-"_s} << 0 << u"42"_s;
    QTest::newRow("comments are not events")
        << QByteArray(": OPENROUTER PROCESSING\n\n:\n\ndata: x\n: inside\n\n")
        << QStringList{u"message|x||-"_s} << 3 << QString();
    QTest::newRow("event without data is not dispatched")
        << QByteArray("event: ping\n\ndata: x\n\n") << QStringList{u"message|x||-"_s} << 0 << QString();
    QTest::newRow("unknown fields ignored")
        << QByteArray("foo: bar\ndata: x\nbaz\n\n") << QStringList{u"message|x||-"_s} << 0 << QString();
    QTest::newRow("id with NUL ignored")
        << QByteArray("id: a\ndata: 1\n\nid: b\0c\ndata: 2\n\n", 32)
        << QStringList{u"message|1|a|-"_s, u"message|2|a|-"_s} << 0 << u"a"_s;
    QTest::newRow("empty id resets") << QByteArray("id: a\ndata: 1\n\nid\ndata: 2\n\n")
                                     << QStringList{u"message|1|a|-"_s, u"message|2||-"_s} << 0 << QString();
    QTest::newRow("bad retry ignored")
        << QByteArray("retry: 12a\ndata: x\n\n") << QStringList{u"message|x||-"_s} << 0 << QString();
    QTest::newRow("utf-8") << QByteArray("data: h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80\n\n")
                           << QStringList{u"message|h\u00e9llo \u20ac \U0001F600||-"_s} << 0 << QString();
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "data: x\n\n")
                         << QStringList{u"message|x||-"_s} << 0 << QString();
    QTest::newRow("no trailing blank line")
        << QByteArray("data: a\n\ndata: [DONE]\n") << QStringList{u"message|a||-"_s, u"message|[DONE]||-"_s}
        << 0 << QString();
    QTest::newRow("no trailing line end")
        << QByteArray("data: a\r\n\r\ndata: [DONE]") << QStringList{u"message|a||-"_s, u"message|[DONE]||-"_s}
        << 0 << QString();
    // MCP's streams: a keep-alive, an explicit message type, an id, JSON and multi-line data.
    const QByteArray mcp =
        ": keep-alive\nevent: message\nid: 7\ndata: {\"a\":1}\n\ndata: line1\ndata: line2\n\n";
    const QStringList mcpEvents{u"message|{\"a\":1}|7|-"_s, u"message|line1\nline2|7|-"_s};
    QTest::newRow("mcp lf") << mcp << mcpEvents << 1 << u"7"_s;
    QTest::newRow("mcp crlf") << QByteArray(mcp).replace("\n", "\r\n") << mcpEvents << 1 << u"7"_s;
    QTest::newRow("mcp cr") << QByteArray(mcp).replace("\n", "\r") << mcpEvents << 1 << u"7"_s;
    QTest::newRow("legacy endpoint event after retry and empty data")
        << QByteArray("retry: 250\nid: ev-1\ndata:\n\nevent: endpoint\ndata: /messages?s=1\n\n")
        << QStringList{u"message||ev-1|250"_s, u"endpoint|/messages?s=1|ev-1|-"_s} << 0 << u"ev-1"_s;
    QTest::newRow("blank lines only") << QByteArray("\n\r\n\r\n\n") << QStringList{} << 0 << QString();
    QTest::newRow("empty") << QByteArray() << QStringList{} << 0 << QString();
}

void TestSseParser::parsesEverySplit()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(int, comments);
    QFETCH(QString, lastId);

    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        const Outcome outcome = parseSplit(input, {cut});
        QVERIFY2(outcome.events == expected,
                 qPrintable(u"split at %1: %2"_s.arg(cut).arg(outcome.events.join(u" / "))));
        QCOMPARE(outcome.comments, comments);
        QCOMPARE(outcome.lastEventId, lastId);
    }
    // And one byte at a time.
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte << i;
    const Outcome bytewise = parseSplit(input, everyByte);
    QCOMPARE(bytewise.events, expected);
    QCOMPARE(bytewise.comments, comments);
}

void TestSseParser::parsesEveryPairOfSplits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("crlf with utf-8 and comment")
        << QByteArray(": k\r\ndata: \xE2\x82\xAC\r\ndata: b\r\n\r\nid: 7\r\ndata: c\r\r")
        << QStringList{u"message|\u20ac\nb||-"_s, u"message|c|7|-"_s};
    QTest::newRow("bom and cr") << QByteArray("\xEF\xBB\xBF"
                                              "event: e\rdata: \xF0\x9F\x98\x80\r\rdata: x")
                                << QStringList{u"e|\U0001F600||-"_s, u"message|x||-"_s};
}

void TestSseParser::parsesEveryPairOfSplits()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    for (qsizetype a = 0; a <= input.size(); ++a) {
        for (qsizetype b = a; b <= input.size(); ++b) {
            const Outcome outcome = parseSplit(input, {a, b});
            QVERIFY2(outcome.events == expected,
                     qPrintable(u"split at %1,%2: %3"_s.arg(a).arg(b).arg(outcome.events.join(u" / "))));
        }
    }
}

void TestSseParser::recordedStreamIsSameForEveryLineEnding_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestSseParser::recordedStreamIsSameForEveryLineEnding()
{
    QFETCH(QByteArray, eol);
    const QByteArray stream = openRouterStream(eol);
    const QStringList expected = openRouterEvents();
    QCOMPARE(expected.size(), 5);
    QVERIFY(expected.at(1).contains(u"Grüße 😀 — €"_s));
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        const Outcome outcome = parseSplit(stream, {cut});
        QVERIFY2(outcome.events == expected, qPrintable(u"split at %1"_s.arg(cut)));
        QCOMPARE(outcome.comments, 2);
    }
}

void TestSseParser::crlfSplitAcrossFeedsIsOneLineEnd()
{
    // "a\r" then "\n\r\n": the LF belongs to the CR; one blank line follows, so exactly one event.
    SseParser parser;
    QVERIFY(parser.feed("data: a\r").isEmpty());
    const QList<SseEvent> events = parser.feed("\n\r\n");
    QCOMPARE(describe(events), QStringList{u"message|a||-"_s});
    QVERIFY(!parser.hasPendingInput());
    QVERIFY(parser.finish().isEmpty());
}

void TestSseParser::bomOnlyAtStartIsStripped()
{
    SseParser parser;
    QList<SseEvent> events = parser.feed("\xEF\xBB");
    events += parser.feed("\xBF"
                          "data: \xEF\xBB\xBFx\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QByteArray("\xEF\xBB\xBFx")); // only the stream's first BOM goes
}

void TestSseParser::lastEventIdSurvivesFinishButNotReset()
{
    SseParser parser;
    QCOMPARE(parser.feed("id: abc\ndata: 1\n\n").size(), 1);
    parser.finish();
    QCOMPARE(parser.lastEventId(), u"abc"_s); // needed for Last-Event-ID on reconnect
    QCOMPARE(describe(parser.feed("data: 2\n\n")), QStringList{u"message|2|abc|-"_s});
    parser.reset();
    QVERIFY(parser.lastEventId().isEmpty());
    QCOMPARE(describe(parser.feed("data: 3\n\n")), QStringList{u"message|3||-"_s});
}

void TestSseParser::retryIsRememberedOnTheParser()
{
    SseParser parser;
    QVERIFY(parser.feed("retry: 2500\n\n").isEmpty()); // no data: no event, but the retry counts
    QCOMPARE(parser.retryMs(), std::optional<int>(2500));
    QCOMPARE(describe(parser.feed("data: x\n\n")), QStringList{u"message|x||-"_s});
}

void TestSseParser::endedStreamDropsPartialEventKeepsIdAndRetry()
{
    // An MCP stream that ends mid-event: the half event is never delivered, and the reconnect
    // sends Last-Event-ID and waits the announced retry.
    SseParser parser;
    QVERIFY(!parser.retryMs()); // none announced yet: the transport's default applies
    QCOMPARE(describe(parser.feed("retry: 1500\nid: e-3\ndata: done\n\nid: e-4\ndata: {\"par")),
             QStringList{u"message|done|e-3|1500"_s});
    parser.resetStream();
    QVERIFY(!parser.hasPendingInput());
    QCOMPARE(parser.lastEventId(), u"e-4"_s);
    QCOMPARE(parser.retryMs(), std::optional<int>(1500));
    // The new stream starts clean (its BOM is stripped again) and the half event is gone.
    QCOMPARE(describe(parser.feed("\xEF\xBB\xBF"
                                  "data: next\n\n")),
             QStringList{u"message|next|e-4|-"_s});
    QVERIFY(parser.finish().isEmpty());
}

void TestSseParser::keepAliveCommentsAreCountedNotDispatched()
{
    SseParser parser;
    QVERIFY(parser.feed(": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\r\n\r\n").isEmpty());
    QCOMPARE(parser.commentCount(), 2);
    QCOMPARE(parser.lastComment(), u"OPENROUTER PROCESSING"_s);
}

void TestSseParser::sinkSeesCommentsAndEventsInStreamOrder()
{
    struct Recorder final : SseParser::EventSink {
        QStringList seen;
        void sseEventParsed(const SseEvent& event) override { seen << u"event:"_s + event.text(); }
        void sseCommentParsed(const QString& comment) override { seen << u"comment:"_s + comment; }
    } recorder;
    SseParser parser;
    parser.feed(": first\n\ndata: a\n\n: second\r\ndata: b\r\n\r\n", recorder);
    parser.feed("data: c", recorder);
    parser.finish(recorder);
    QCOMPARE(recorder.seen, (QStringList{u"comment:first"_s, u"event:a"_s, u"comment:second"_s, u"event:b"_s,
                                         u"event:c"_s}));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sse_parser.moc"
