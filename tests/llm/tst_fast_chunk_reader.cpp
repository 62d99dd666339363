// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_delta_accumulator.h"
#include "core/llm/fast_chunk_reader.h"

#include <QJsonDocument>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

class TestFastChunkReader final : public QObject {
    Q_OBJECT

private slots:
    void matchesFullParser_data();
    void matchesFullParser();
    void neverAcceptsATruncatedChunk();
    void neverDisagreesWithFullParserUnderMutation();
};

namespace {

/// What applying a chunk did, in one comparable line.
QString describe(const ChatDeltaAccumulator& accumulator, const ChatDeltaAccumulator::Changes& changes)
{
    const ChatResult& r = accumulator.result();
    return u"text=%1|reasoning=%2|finish=%3|id=%4|model=%5|dText=%6|dReasoning=%7|finishChanged=%8|error=%9"_s
        .arg(r.text, r.reasoning, r.finishReason, r.generationId, r.model, changes.text, changes.reasoning)
        .arg(changes.finishReasonChanged)
        .arg(changes.error ? ChatError::kindName(changes.error->kind) : u"-"_s);
}

/// The property that makes the fast path safe: whenever it accepts a chunk, the full JSON path
/// accepts it too and ends in exactly the same state. Returns whether the fast path accepted.
bool checkAgainstFullParser(const QByteArray& json)
{
    SimpleChunk fast;
    if (!FastChunkReader::read(json, fast))
        return false;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        QTest::qFail(qPrintable(u"fast path accepted invalid JSON: "_s + QString::fromUtf8(json)), __FILE__,
                     __LINE__);
        return true;
    }
    ChatDeltaAccumulator full(u"P"_s);
    ChatDeltaAccumulator quick(u"P"_s);
    const QString expected = describe(full, full.apply(doc.object()));
    ChatDeltaAccumulator::Changes changes = quick.applySimple(fast);
    const ChatDeltaAccumulator::Changes pending = quick.takePending();
    changes.text = pending.text;
    changes.reasoning = pending.reasoning;
    const QString actual = describe(quick, changes);
    if (expected != actual)
        QTest::qFail(qPrintable(u"differs for %1:\n fast %2\n full %3"_s.arg(QString::fromUtf8(json), actual,
                                                                             expected)),
                     __FILE__, __LINE__);
    return true;
}

const QByteArray OpenRouterText =
    R"({"id":"gen-17","provider":"OpenAI","model":"openai/gpt-4o","object":"chat.completion.chunk","created":1732000000,)"
    R"("choices":[{"index":0,"delta":{"role":"assistant","content":"Hi \"there\" \u00e9\ud83d\ude00\n","reasoning":null,)"
    R"("reasoning_details":[]},"finish_reason":null,"native_finish_reason":null,"logprobs":null}],"system_fingerprint":"fp_1"})";

} // namespace

void TestFastChunkReader::matchesFullParser_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("fast"); // whether the fast path is expected to take it

    QTest::newRow("openrouter text") << OpenRouterText << true;
    QTest::newRow("openai text")
        << QByteArray(
               R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt",)"
               R"("choices":[{"index":0,"delta":{"content":"x"},"logprobs":null,"finish_reason":null}]})")
        << true;
    QTest::newRow("reasoning only")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"content":"","reasoning":"hm"}}]})") << true;
    QTest::newRow("finish stop") << QByteArray(
                                        R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})")
                                 << true;
    QTest::newRow("finish error") << QByteArray(
                                         R"({"choices":[{"index":0,"delta":{},"finish_reason":"error"}]})")
                                  << true;
    QTest::newRow("whitespace everywhere")
        << QByteArray(" {\n \"choices\" : [ { \"delta\" : { \"content\" : \"a\" } , \"index\" : 0 } ] }\r\n")
        << true;
    QTest::newRow("usage null") << QByteArray(R"({"choices":[],"usage":null})") << true;
    QTest::newRow("nested unknowns skipped")
        << QByteArray(
               R"({"x":{"a":[1,-2.5e+3,true,false,null,{"b":"\\"}]},"choices":[{"delta":{"content":"ok"}}]})")
        << true;
    QTest::newRow("utf-8 raw")
        << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"Gr\xC3\xBC\xC3\x9F\x65 \xF0\x9F\x98\x80\"}}]}")
        << true;
    // Shapes the fast path leaves to the full parser.
    QTest::newRow("tool call")
        << QByteArray(R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c"}]}}]})") << false;
    QTest::newRow("reasoning details")
        << QByteArray(
               R"({"choices":[{"delta":{"reasoning":"a","reasoning_details":[{"type":"reasoning.text","text":"a"}]}}]})")
        << false;
    QTest::newRow("usage") << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":1}})") << false;
    QTest::newRow("error") << QByteArray(R"({"error":{"code":500,"message":"x"},"choices":[]})") << false;
    QTest::newRow("two choices")
        << QByteArray(
               R"({"choices":[{"index":0,"delta":{"content":"a"}},{"index":1,"delta":{"content":"b"}}]})")
        << false;
    QTest::newRow("index 1") << QByteArray(R"({"choices":[{"index":1,"delta":{"content":"b"}}]})") << false;
    QTest::newRow("content is a number") << QByteArray(R"({"choices":[{"delta":{"content":5}}]})") << false;
    QTest::newRow("duplicate content")
        << QByteArray(R"({"choices":[{"delta":{"content":"a","content":"b"}}]})") << false;
    QTest::newRow("lone surrogate") << QByteArray(R"({"choices":[{"delta":{"content":"\ud83d"}}]})") << false;
    QTest::newRow("escaped key") << QByteArray(R"({"choi\u0063es":[{"delta":{"content":"a"}}]})") << false;
    QTest::newRow("invalid utf-8") << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"\xC3\x28\"}}]}")
                                   << false;
    QTest::newRow("control char") << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"a\x01\"}}]}")
                                  << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"choices":[]} x)") << false;
    QTest::newRow("bad number") << QByteArray(R"({"created":01,"choices":[]})") << false;
    QTest::newRow("not an object") << QByteArray(R"(["choices"])") << false;
}

void TestFastChunkReader::matchesFullParser()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, fast);
    QCOMPARE(checkAgainstFullParser(json), fast);
}

void TestFastChunkReader::neverAcceptsATruncatedChunk()
{
    for (qsizetype length = 0; length < OpenRouterText.size(); ++length) {
        SimpleChunk chunk;
        QVERIFY2(!FastChunkReader::read(OpenRouterText.left(length), chunk),
                 qPrintable(QString::number(length)));
    }
}

void TestFastChunkReader::neverDisagreesWithFullParserUnderMutation()
{
    // Replace every byte by each of a few troublemakers, or insert one before it; whatever the fast path
    // accepts must parse the same way with QJsonDocument.
    const QByteArray troublemakers = QByteArray("\"\\{}[],:0 xn\x01\xC3", 14);
    int accepted = 0;
    for (qsizetype at = 0; at < OpenRouterText.size(); ++at) {
        for (const char replacement : troublemakers) {
            QByteArray replaced = OpenRouterText;
            replaced[at] = replacement;
            QByteArray inserted = OpenRouterText;
            inserted.insert(at, replacement);
            accepted += checkAgainstFullParser(replaced) ? 1 : 0;
            accepted += checkAgainstFullParser(inserted) ? 1 : 0;
            if (QTest::currentTestFailed())
                return;
        }
    }
    QVERIFY(accepted > 0); // some mutations (inside strings) stay valid and take the fast path
}

QTEST_GUILESS_MAIN(TestFastChunkReader)
#include "tst_fast_chunk_reader.moc"
