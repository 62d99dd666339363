// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/model_catalog.h"
#include "support/scripted_llm_server.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace harness::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray OpenRouterModels = R"({"data":[
 {"id":"anthropic/claude-sonnet-4","name":"Anthropic: Claude Sonnet 4","context_length":200000,
  "pricing":{"prompt":"0.000003","completion":"0.000015","request":"0"},
  "supported_parameters":["tools","tool_choice","reasoning","include_reasoning","max_tokens"],
  "top_provider":{"context_length":200000,"max_completion_tokens":64000}},
 {"id":"meta-llama/llama-3-8b-instruct","name":"Meta: Llama 3 8B Instruct",
  "pricing":{"prompt":"0.00000003","completion":"0.00000006"},
  "supported_parameters":["max_tokens","temperature"],
  "top_provider":{"context_length":8192}},
 {"id":"openrouter/auto","name":"Auto Router","context_length":2000000,
  "pricing":{"prompt":"-1","completion":"-1"},"supported_parameters":["tools"]}
]})";

const QByteArray OpenAiModels = R"({"object":"list","data":[
 {"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"},
 {"id":"o3-mini","object":"model","created":1737146383,"owned_by":"system"}]})";

const QByteArray OllamaOpenAiModels = R"({"object":"list","data":[
 {"id":"llama3.2:latest","object":"model","created":1731000000,"owned_by":"library"}]})";

const QByteArray OllamaNativeTags = R"({"models":[
 {"name":"qwen3:8b","model":"qwen3:8b","size":5200000000,"details":{"family":"qwen3"},
  "capabilities":["completion","tools","thinking"]},
 {"name":"nomic-embed-text:latest","model":"nomic-embed-text:latest"}]})";

const QByteArray LlamaCppModels = R"({"object":"list","data":[
 {"id":"model.gguf","object":"model","owned_by":"llamacpp","meta":{"n_ctx_train":32768,"n_params":7000000000}}]})";

QString describe(const ModelInfo& m)
{
    auto optionalText = [](const auto& value) {
        if (!value)
            return u"?"_s;
        if constexpr (std::is_same_v<std::decay_t<decltype(*value)>, bool>)
            return *value ? u"yes"_s : u"no"_s;
        else
            return QString::number(*value, 'g', 12);
    };
    return u"%1|%2|%3|%4|%5|tools:%6|reasoning:%7"_s.arg(
        m.id, m.name, QString::number(m.contextLength), optionalText(m.promptPricePerToken),
        optionalText(m.completionPricePerToken), optionalText(m.supportsTools),
        optionalText(m.supportsReasoning));
}

QStringList describeAll(const QList<ModelInfo>& models)
{
    QStringList out;
    for (const ModelInfo& model : models)
        out << describe(model);
    return out;
}

} // namespace

class TestModelCatalog final : public QObject {
    Q_OBJECT

private slots:
    void parsesProviderShapes_data();
    void parsesProviderShapes();
    void rejectsWhatIsNotACatalog_data();
    void rejectsWhatIsNotACatalog();
    void roundTripsThroughJsonForTheCache();
    void fetchesFromServer();
    void reportsFetchFailure_data();
    void reportsFetchFailure();
};

void TestModelCatalog::parsesProviderShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("openrouter")
        << OpenRouterModels
        << QStringList{
               u"anthropic/claude-sonnet-4|Anthropic: Claude Sonnet 4|200000|3e-06|1.5e-05|tools:yes|reasoning:yes"_s,
               u"meta-llama/llama-3-8b-instruct|Meta: Llama 3 8B Instruct|8192|3e-08|6e-08|tools:no|reasoning:no"_s,
               u"openrouter/auto|Auto Router|2000000|?|?|tools:yes|reasoning:no"_s};
    QTest::newRow("openai") << OpenAiModels
                            << QStringList{u"gpt-4o|gpt-4o|0|?|?|tools:?|reasoning:?"_s,
                                           u"o3-mini|o3-mini|0|?|?|tools:?|reasoning:?"_s};
    QTest::newRow("ollama /v1/models")
        << OllamaOpenAiModels << QStringList{u"llama3.2:latest|llama3.2:latest|0|?|?|tools:?|reasoning:?"_s};
    QTest::newRow("ollama /api/tags")
        << OllamaNativeTags
        << QStringList{u"qwen3:8b|qwen3:8b|0|?|?|tools:yes|reasoning:yes"_s,
                       u"nomic-embed-text:latest|nomic-embed-text:latest|0|?|?|tools:?|reasoning:?"_s};
    QTest::newRow("llama.cpp server")
        << LlamaCppModels << QStringList{u"model.gguf|model.gguf|32768|?|?|tools:?|reasoning:?"_s};
    QTest::newRow("entries without id are skipped")
        << QByteArray(R"({"data":[{"object":"model"},42,{"id":"x"}]})")
        << QStringList{u"x|x|0|?|?|tools:?|reasoning:?"_s};
    QTest::newRow("empty list") << QByteArray(R"({"data":[]})") << QStringList{};
}

void TestModelCatalog::parsesProviderShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const std::optional<QList<ModelInfo>> models = ModelInfo::parseCatalog(body);
    QVERIFY(models.has_value());
    QCOMPARE(describeAll(*models), expected);
}

void TestModelCatalog::rejectsWhatIsNotACatalog_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("object without list") << QByteArray(R"({"error":{"message":"nope"}})");
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":"a"})");
}

void TestModelCatalog::rejectsWhatIsNotACatalog()
{
    QFETCH(QByteArray, body);
    QVERIFY(!ModelInfo::parseCatalog(body).has_value());
}

void TestModelCatalog::roundTripsThroughJsonForTheCache()
{
    const QList<ModelInfo> models =
        *ModelInfo::parseCatalog(OpenRouterModels) + *ModelInfo::parseCatalog(OpenAiModels);
    for (const ModelInfo& model : models)
        QCOMPARE(ModelInfo::fromJson(model.toJson()), model);
    // A cache row written by an older version with fewer fields still loads.
    const ModelInfo sparse = ModelInfo::fromJson(QJsonObject{{u"id"_s, u"m"_s}});
    QCOMPARE(describe(sparse), u"m|m|0|?|?|tools:?|reasoning:?"_s);
}

void TestModelCatalog::fetchesFromServer()
{
    ScriptedLlmServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptedLlmServer::Response::json(200, OpenRouterModels));
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    ModelCatalog catalog(&nam);
    QSignalSpy fetched(&catalog, &ModelCatalog::modelsFetched);
    QSignalSpy failed(&catalog, &ModelCatalog::fetchFailed);
    ProviderConfig provider = ProviderConfig::custom(u"Scripted"_s, server.baseUrl());
    provider.extraHeaders = {{"X-Title", "Harness Desktop"}};
    catalog.fetch(provider, u"sk-key"_s);
    QVERIFY(catalog.isFetching());
    QVERIFY(fetched.wait(20000));
    QCOMPARE(failed.size(), 0);
    const QList<ModelInfo> models = fetched.first().at(0).value<QList<ModelInfo>>();
    QCOMPARE(models.size(), 3);
    QCOMPARE(models.first().id, u"anthropic/claude-sonnet-4"_s);
    QCOMPARE(server.requests().first().method, QByteArray("GET"));
    QCOMPARE(server.requests().first().path, QByteArray("/v1/models"));
    QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer sk-key"));
    QCOMPARE(server.requests().first().header("x-title"), QByteArray("Harness Desktop"));
    QVERIFY(!catalog.isFetching());
}

void TestModelCatalog::reportsFetchFailure_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("401") << 401 << QByteArray(R"({"error":{"code":401,"message":"bad key"}})")
                         << int(ChatError::Kind::Unauthorized);
    QTest::newRow("500") << 500 << QByteArray("oops") << int(ChatError::Kind::ServerError);
    QTest::newRow("not a list") << 200 << QByteArray("<html></html>")
                                << int(ChatError::Kind::MalformedResponse);
    QTest::newRow("unreachable") << 0 << QByteArray() << int(ChatError::Kind::Network);
}

void TestModelCatalog::reportsFetchFailure()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    ScriptedLlmServer server;
    QVERIFY(server.listen());
    QUrl base = server.baseUrl();
    if (status == 0)
        base.setPort(ScriptedLlmServer::unusedPort());
    else
        server.enqueue(ScriptedLlmServer::Response::json(status, body));
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    ModelCatalog catalog(&nam);
    QSignalSpy fetched(&catalog, &ModelCatalog::modelsFetched);
    QSignalSpy failed(&catalog, &ModelCatalog::fetchFailed);
    catalog.fetch(ProviderConfig::custom(u"Scripted"_s, base), QString());
    QVERIFY(failed.wait(20000));
    QCOMPARE(fetched.size(), 0);
    const ChatError error = failed.first().at(0).value<ChatError>();
    QCOMPARE(int(error.kind), kind);
    QVERIFY(error.userMessage().contains(u"Scripted"_s));
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_model_catalog.moc"
