// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_request_builder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

class TestChatRequestBuilder final : public QObject {
    Q_OBJECT

private slots:
    void bodyAsksForStreamAndUsage_data();
    void bodyAsksForStreamAndUsage();
    void encodesEveryRole();
    void sendsReasoningDetailsBack();
    void omitsToolsWhenThereAreNone();
    void mergesOptionsAndExtraBody();
    void joinsEndpointPaths_data();
    void joinsEndpointPaths();
    void networkRequestCarriesHeaders();
};

void TestChatRequestBuilder::bodyAsksForStreamAndUsage_data()
{
    QTest::addColumn<ProviderConfig>("provider");
    QTest::addColumn<bool>("openRouterUsage");
    QTest::newRow("openrouter") << ProviderConfig::openRouter() << true;
    QTest::newRow("ollama") << ProviderConfig::ollama() << false;
    QTest::newRow("custom") << ProviderConfig::custom(u"vLLM"_s, QUrl(u"http://gpu-box:8000/v1"_s)) << false;
}

void TestChatRequestBuilder::bodyAsksForStreamAndUsage()
{
    QFETCH(ProviderConfig, provider);
    QFETCH(bool, openRouterUsage);
    ChatRequest request;
    request.model = u"some/model"_s;
    request.messages = {ChatMessage::user(u"hi"_s)};
    request.tools = {ToolDefinition{
        u"fs__read"_s, u"Read a file"_s,
        QJsonObject{{u"type"_s, u"object"_s},
                    {u"properties"_s, QJsonObject{{u"path"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                    {u"required"_s, QJsonArray{u"path"_s}}}}};
    const QJsonObject body =
        QJsonDocument::fromJson(ChatRequestBuilder::bodyBytes(provider, request)).object();
    QCOMPARE(body.value(u"model").toString(), u"some/model"_s);
    QCOMPARE(body.value(u"stream").toBool(), true);
    QCOMPARE(body.value(u"stream_options").toObject(), (QJsonObject{{u"include_usage"_s, true}}));
    QCOMPARE(body.contains(u"usage"), openRouterUsage);
    if (openRouterUsage)
        QCOMPARE(body.value(u"usage").toObject(), (QJsonObject{{u"include"_s, true}}));
    QCOMPARE(body.value(u"tool_choice").toString(), u"auto"_s);
    const QJsonObject tool = body.value(u"tools").toArray().first().toObject();
    QCOMPARE(tool.value(u"type").toString(), u"function"_s);
    QCOMPARE(tool.value(u"function").toObject().value(u"name").toString(), u"fs__read"_s);
    QCOMPARE(tool.value(u"function").toObject().value(u"description").toString(), u"Read a file"_s);
    QCOMPARE(tool.value(u"function").toObject().value(u"parameters").toObject().value(u"required").toArray(),
             QJsonArray{u"path"_s});
}

void TestChatRequestBuilder::encodesEveryRole()
{
    const QList<ChatMessage> messages = {
        ChatMessage::system(u"You are terse."_s),
        ChatMessage::user(u"Weather in Oslo and Lima?"_s),
        ChatMessage::assistant(QString(), {ToolCall{u"call_1"_s, u"get_weather"_s, uR"({"city":"Oslo"})"_s},
                                           ToolCall{u"call_2"_s, u"ping"_s, QString()}}),
        ChatMessage::toolResult(u"call_1"_s, u"-3 °C"_s),
        ChatMessage::toolResult(u"call_2"_s, u"pong"_s),
        ChatMessage::assistant(u"Cold in Oslo."_s),
    };
    const QJsonArray json = ChatRequestBuilder::messagesJson(messages);
    QCOMPARE(json.size(), 6);
    QCOMPARE(json.at(0).toObject(),
             (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"You are terse."_s}}));
    QCOMPARE(json.at(1).toObject().value(u"role").toString(), u"user"_s);
    const QJsonObject assistant = json.at(2).toObject();
    QCOMPARE(assistant.value(u"role").toString(), u"assistant"_s);
    QVERIFY(assistant.value(u"content").isNull()); // tool-only turn: null, not ""
    const QJsonArray calls = assistant.value(u"tool_calls").toArray();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).toObject().value(u"id").toString(), u"call_1"_s);
    QCOMPARE(calls.at(0).toObject().value(u"type").toString(), u"function"_s);
    QCOMPARE(calls.at(0).toObject().value(u"function").toObject().value(u"arguments").toString(),
             uR"({"city":"Oslo"})"_s);
    QCOMPARE(calls.at(1).toObject().value(u"function").toObject().value(u"arguments").toString(), u"{}"_s);
    QCOMPARE(
        json.at(3).toObject(),
        (QJsonObject{{u"role"_s, u"tool"_s}, {u"content"_s, u"-3 °C"_s}, {u"tool_call_id"_s, u"call_1"_s}}));
    QCOMPARE(json.at(5).toObject(),
             (QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"Cold in Oslo."_s}}));
}

void TestChatRequestBuilder::sendsReasoningDetailsBack()
{
    ChatResult result;
    result.text = u"Let me look."_s;
    result.toolCalls = {ToolCall{u"call_9"_s, u"fs__read"_s, uR"({"path":"a"})"_s}};
    result.reasoningDetails = {
        QJsonObject{{u"type"_s, u"reasoning.text"_s}, {u"text"_s, u"hm"_s}, {u"signature"_s, u"c2ln"_s}}};
    const QJsonObject json = ChatRequestBuilder::messageJson(ChatMessage::assistant(result));
    QCOMPARE(json.value(u"content").toString(), u"Let me look."_s);
    QCOMPARE(json.value(u"tool_calls").toArray().size(), 1);
    QCOMPARE(json.value(u"reasoning_details").toArray(), result.reasoningDetails);
    QVERIFY(!ChatRequestBuilder::messageJson(ChatMessage::assistant(u"x"_s)).contains(u"reasoning_details"));
}

void TestChatRequestBuilder::omitsToolsWhenThereAreNone()
{
    ChatRequest request;
    request.model = u"m"_s;
    const QJsonObject body = ChatRequestBuilder::body(ProviderConfig::ollama(), request);
    QVERIFY(!body.contains(u"tools"));
    QVERIFY(!body.contains(u"tool_choice"));
    QCOMPARE(body.value(u"messages").toArray().size(), 0);
}

void TestChatRequestBuilder::mergesOptionsAndExtraBody()
{
    ChatRequest request;
    request.model = u"m"_s;
    request.temperature = 0.2;
    request.maxTokens = 512;
    request.extraBody = QJsonObject{{u"reasoning"_s, QJsonObject{{u"effort"_s, u"high"_s}}}};
    const QJsonObject body = ChatRequestBuilder::body(ProviderConfig::openRouter(), request);
    QCOMPARE(body.value(u"temperature").toDouble(), 0.2);
    QCOMPARE(body.value(u"max_tokens").toInt(), 512);
    QCOMPARE(body.value(u"reasoning").toObject().value(u"effort").toString(), u"high"_s);
}

void TestChatRequestBuilder::joinsEndpointPaths_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"https://openrouter.ai/api/v1"_s
                           << u"https://openrouter.ai/api/v1/chat/completions"_s;
    QTest::newRow("trailing slash") << u"http://localhost:11434/v1/"_s
                                    << u"http://localhost:11434/v1/chat/completions"_s;
    QTest::newRow("no path") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/chat/completions"_s;
}

void TestChatRequestBuilder::joinsEndpointPaths()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const ProviderConfig provider = ProviderConfig::custom(u"x"_s, QUrl(base));
    QCOMPARE(ChatRequestBuilder::networkRequest(provider, QString()).url(), QUrl(expected));
}

void TestChatRequestBuilder::networkRequestCarriesHeaders()
{
    const ProviderConfig provider = ProviderConfig::openRouter();
    QVERIFY(provider.isOpenRouter());
    QCOMPARE(provider.baseUrl, QUrl(u"https://openrouter.ai/api/v1"_s));
    const QNetworkRequest request = ChatRequestBuilder::networkRequest(provider, u"sk-or-1"_s);
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer sk-or-1"));
    QVERIFY(!request.rawHeader("HTTP-Referer").isEmpty());
    QCOMPARE(request.rawHeader("X-Title"), QByteArray("Harness Desktop"));
    QCOMPARE(request.rawHeader("Accept"), QByteArray("text/event-stream"));
    QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
    QVERIFY(!ChatRequestBuilder::networkRequest(ProviderConfig::ollama(), QString())
                 .hasRawHeader("Authorization"));
}

QTEST_GUILESS_MAIN(TestChatRequestBuilder)
#include "tst_chat_request_builder.moc"
