// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_delta_accumulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

class TestChatDeltaAccumulator final : public QObject {
    Q_OBJECT

private slots:
    void foldsChunks_data();
    void foldsChunks();
    void reportsMidStreamErrors_data();
    void reportsMidStreamErrors();
    void mergesReasoningDetailsByIndex();
};

void TestChatDeltaAccumulator::foldsChunks_data()
{
    QTest::addColumn<QStringList>("chunks");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QStringList>("toolCalls");
    QTest::addColumn<QString>("usage");

    QTest::newRow("openrouter reasoning is not doubled by reasoning_details")
        << QStringList{R"({"choices":[{"delta":{"reasoning":"Hm","reasoning_details":[{"type":"reasoning.text","text":"Hm"}]}}]})"_L1,
                       R"({"choices":[{"delta":{"content":"A"},"finish_reason":"stop"}]})"_L1}
        << u"A"_s << u"Hm"_s << QStringList{} << QString();
    QTest::newRow("reasoning_details only")
        << QStringList{R"({"choices":[{"delta":{"reasoning_details":[{"type":"reasoning.text","text":"one "},{"type":"reasoning.summary","summary":"two"}]}}]})"_L1}
        << QString() << u"one two"_s << QStringList{} << QString();
    QTest::newRow("reasoning_content (deepseek, vllm)")
        << QStringList{R"({"choices":[{"delta":{"reasoning_content":"r"}}]})"_L1} << QString() << u"r"_s
        << QStringList{} << QString();
    QTest::newRow("tool calls without index")
        << QStringList{R"({"choices":[{"delta":{"tool_calls":[{"id":"a","function":{"name":"f","arguments":"{\"x\""}}]}}]})"_L1,
                       R"({"choices":[{"delta":{"tool_calls":[{"function":{"arguments":":1}"}}]}}]})"_L1,
                       R"({"choices":[{"delta":{"tool_calls":[{"id":"b","function":{"name":"g","arguments":{"y":2}}}]}}]})"_L1}
        << QString() << QString() << QStringList{uR"(a|f|{"x":1})"_s, uR"(b|g|{"y":2})"_s} << QString();
    QTest::newRow("id repeated on every fragment")
        << QStringList{R"({"choices":[{"delta":{"tool_calls":[{"index":0,"id":"a","function":{"name":"f","arguments":""}}]}}]})"_L1,
                       R"({"choices":[{"delta":{"tool_calls":[{"index":0,"id":"a","function":{"arguments":"{}"}}]}}]})"_L1}
        << QString() << QString() << QStringList{u"a|f|{}"_s} << QString();
    QTest::newRow("other choices ignored")
        << QStringList{R"({"choices":[{"index":1,"delta":{"content":"no"}},{"index":0,"delta":{"content":"yes"}}]})"_L1}
        << u"yes"_s << QString() << QStringList{} << QString();
    QTest::newRow("usage with string cost and details")
        << QStringList{R"({"choices":[],"usage":{"prompt_tokens":10,"completion_tokens":4,"cost":"0.5","completion_tokens_details":{"reasoning_tokens":3},"prompt_tokens_details":{"cached_tokens":8}}})"_L1}
        << QString() << QString() << QStringList{} << u"10/4/14 r3 c8 $0.5"_s;
    QTest::newRow("null content and null usage")
        << QStringList{R"({"choices":[{"delta":{"content":null,"role":"assistant"},"finish_reason":null}],"usage":null})"_L1}
        << QString() << QString() << QStringList{} << QString();
}

void TestChatDeltaAccumulator::foldsChunks()
{
    QFETCH(QStringList, chunks);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(QStringList, toolCalls);
    QFETCH(QString, usage);
    ChatDeltaAccumulator accumulator(u"P"_s);
    QString streamedText;
    for (const QString& chunk : chunks) {
        const auto changes = accumulator.apply(QJsonDocument::fromJson(chunk.toUtf8()).object());
        QVERIFY(!changes.error);
        streamedText += changes.text;
    }
    const ChatResult& result = accumulator.result();
    QCOMPARE(result.text, text);
    QCOMPARE(streamedText, text);
    QCOMPARE(result.reasoning, reasoning);
    QStringList calls;
    for (const ToolCall& call : result.toolCalls)
        calls << u"%1|%2|%3"_s.arg(call.id, call.name, call.arguments);
    QCOMPARE(calls, toolCalls);
    QString usageText;
    if (result.usage) {
        const ChatUsage& u = *result.usage;
        usageText = u"%1/%2/%3 r%4 c%5 $%6"_s.arg(u.promptTokens)
                        .arg(u.completionTokens)
                        .arg(u.totalTokens)
                        .arg(u.reasoningTokens)
                        .arg(u.cachedPromptTokens)
                        .arg(u.cost.value_or(-1));
        QCOMPARE(ChatUsage::fromJson(u.toJson()), u);
    }
    QCOMPARE(usageText, usage);
}

void TestChatDeltaAccumulator::reportsMidStreamErrors_data()
{
    QTest::addColumn<QString>("chunk");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("openrouter error chunk")
        << QString(
               R"({"id":"g","error":{"code":"server_error","message":"Provider returned error"},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})"_L1)
        << int(ChatError::Kind::StreamError) << u"Provider returned error"_s;
    QTest::newRow("bare error object") << QString(R"({"error":{"code":429,"message":"Rate limited"}})"_L1)
                                       << int(ChatError::Kind::RateLimited) << u"Rate limited"_s;
    QTest::newRow("error string") << QString(R"({"error":"boom"})"_L1) << int(ChatError::Kind::StreamError)
                                  << u"boom"_s;
    QTest::newRow("finish_reason error alone")
        << QString(R"({"choices":[{"index":0,"delta":{},"finish_reason":"error"}]})"_L1)
        << int(ChatError::Kind::StreamError) << QString();
}

void TestChatDeltaAccumulator::reportsMidStreamErrors()
{
    QFETCH(QString, chunk);
    QFETCH(int, kind);
    QFETCH(QString, message);
    ChatDeltaAccumulator accumulator(u"P"_s);
    accumulator.apply(QJsonDocument::fromJson(R"({"choices":[{"delta":{"content":"partial"}}]})").object());
    const auto changes = accumulator.apply(QJsonDocument::fromJson(chunk.toUtf8()).object());
    QVERIFY(changes.error.has_value());
    QCOMPARE(int(changes.error->kind), kind);
    QCOMPARE(changes.error->providerMessage, message);
    QCOMPARE(accumulator.result().text, u"partial"_s);
}

void TestChatDeltaAccumulator::mergesReasoningDetailsByIndex()
{
    const QList<QByteArray> chunks = {
        R"({"choices":[{"delta":{"reasoning":"Let ","reasoning_details":[{"type":"reasoning.text","text":"Let ","format":"anthropic-claude-v1","index":0}]}}]})",
        R"({"choices":[{"delta":{"reasoning":"me","reasoning_details":[{"type":"reasoning.text","text":"me","signature":null,"index":0}]}}]})",
        R"({"choices":[{"delta":{"reasoning_details":[{"type":"reasoning.text","text":"","signature":"c2ln","index":0},{"type":"reasoning.encrypted","data":"eyJ","index":1}]}}]})",
        R"({"choices":[{"delta":{"content":"Hi"},"finish_reason":"stop"}]})",
    };
    ChatDeltaAccumulator accumulator(u"P"_s);
    for (const QByteArray& chunk : chunks)
        accumulator.apply(QJsonDocument::fromJson(chunk).object());
    const ChatResult& result = accumulator.result();
    QCOMPARE(result.reasoning, u"Let me"_s);
    const QJsonArray expected{
        QJsonObject{{u"type"_s, u"reasoning.text"_s},
                    {u"text"_s, u"Let me"_s},
                    {u"format"_s, u"anthropic-claude-v1"_s},
                    {u"signature"_s, u"c2ln"_s},
                    {u"index"_s, 0}},
        QJsonObject{{u"type"_s, u"reasoning.encrypted"_s}, {u"data"_s, u"eyJ"_s}, {u"index"_s, 1}},
    };
    QCOMPARE(result.reasoningDetails, expected);
}

QTEST_GUILESS_MAIN(TestChatDeltaAccumulator)
#include "tst_chat_delta_accumulator.moc"
