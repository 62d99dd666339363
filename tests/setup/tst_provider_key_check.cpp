// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The live key check against a scripted server on 127.0.0.1: what a user sees for a good key, a
// rejected one, a wrong address, a server error, nothing listening, an unknown host, a silent server.
#include "core/setup/provider_key_check.h"
#include "support/scripted_llm_server.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::ScriptedLlmServer;
using Response = ScriptedLlmServer::Response;
using Outcome = KeyCheckResult::Outcome;

Q_DECLARE_METATYPE(harness::core::KeyCheckResult)

class TestProviderKeyCheck final : public QObject {
    Q_OBJECT

    KeyCheckResult run(const Provider& provider, const QString& key,
                       std::chrono::milliseconds timeout = std::chrono::milliseconds(10'000))
    {
        ProviderKeyCheck check(m_network);
        check.setTimeout(timeout);
        QSignalSpy spy(&check, &ProviderKeyCheck::finished);
        check.check(provider, key);
        if (!spy.wait(20'000))
            return {};
        return spy.at(0).at(0).value<KeyCheckResult>();
    }

    static Provider provider(Provider::Kind kind, const QString& baseUrl)
    {
        Provider p;
        p.kind = kind;
        p.baseUrl = baseUrl;
        return p;
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<KeyCheckResult>(); }

    void answers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<Response>("response");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QByteArray>("path");

        const auto openRouter = int(Provider::Kind::OpenRouter);
        const auto custom = int(Provider::Kind::OpenAiCompatible);
        QTest::newRow("openrouter valid")
            << openRouter
            << Response::json(200, "{\"data\":{\"label\":\"sk-or-v1-abc...xyz\",\"usage\":0,\"limit\":null}}")
            << int(Outcome::Valid) << QString() << QByteArray("/v1/key");
        QTest::newRow("openrouter rejected")
            << openRouter << Response::error(401, QStringLiteral("No auth credentials found"))
            << int(Outcome::Rejected) << QStringLiteral("The key was rejected") << QByteArray("/v1/key");
        QTest::newRow("models valid")
            << custom << Response::json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}")
            << int(Outcome::Valid) << QString() << QByteArray("/v1/models");
        QTest::newRow("models forbidden")
            << custom << Response::error(403, QStringLiteral("invalid api key")) << int(Outcome::Rejected)
            << QStringLiteral("invalid api key") << QByteArray("/v1/models");
        QTest::newRow("not an api") << custom << Response::json(404, "not found")
                                    << int(Outcome::WrongAddress) << QStringLiteral("/v1")
                                    << QByteArray("/v1/models");
        QTest::newRow("html page") << custom << Response::json(200, "<html><body>Welcome</body></html>")
                                   << int(Outcome::WrongAddress) << QStringLiteral("not an OpenAI-compatible")
                                   << QByteArray("/v1/models");
        QTest::newRow("server error")
            << openRouter << Response::error(502, QStringLiteral("upstream down"))
            << int(Outcome::ServerError) << QStringLiteral("HTTP 502") << QByteArray("/v1/key");
    }

    void answers()
    {
        QFETCH(int, kind);
        QFETCH(Response, response);
        QFETCH(int, outcome);
        QFETCH(QString, messagePart);
        QFETCH(QByteArray, path);
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        const auto result =
            run(provider(Provider::Kind(kind), server.baseUrl().toString()), QStringLiteral("sk-test-123"));
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
        QCOMPARE(result.ok(), outcome == int(Outcome::Valid));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
        QCOMPARE(server.requests().at(0).path, path);
        QCOMPARE(server.requests().at(0).header("authorization"), QByteArray("Bearer sk-test-123"));
        if (result.ok() && kind == openRouter())
            QCOMPARE(result.keyLabel, QStringLiteral("sk-or-v1-abc...xyz"));
        if (result.ok() && kind != openRouter())
            QCOMPARE(result.modelCount, 2);
    }

    static int openRouter() { return int(Provider::Kind::OpenRouter); }

    void localServerWithoutKeySendsNoAuthorization()
    {
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(200, "{\"data\":[]}"));
        const auto result = run(provider(Provider::Kind::OpenAiCompatible, server.baseUrl().toString()), {});
        QVERIFY(result.ok());
        QCOMPARE(result.modelCount, 0);
        QVERIFY(server.requests().at(0).header("authorization").isEmpty());
    }

    void nothingListening()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(ScriptedLlmServer::unusedPort());
        const auto result = run(provider(Provider::Kind::OpenAiCompatible, url), QStringLiteral("k"));
        QCOMPARE(result.outcome, Outcome::Unreachable);
        QVERIFY2(result.message.contains(QLatin1String("Nothing is answering at 127.0.0.1")),
                 qPrintable(result.message));
    }

    void unknownHost()
    {
        // .invalid never resolves (RFC 2606).
        const auto result = run(
            provider(Provider::Kind::OpenAiCompatible, QStringLiteral("http://harness-key-check.invalid/v1")),
            QStringLiteral("k"));
        QCOMPARE(result.outcome, Outcome::Unreachable);
        QVERIFY2(result.message.contains(QLatin1String("could not be found")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("harness-key-check.invalid")));
    }

    void silentServerTimesOut()
    {
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::sse().stall());
        const auto result = run(provider(Provider::Kind::OpenRouter, server.baseUrl().toString()),
                                QStringLiteral("k"), std::chrono::milliseconds(300));
        QCOMPARE(result.outcome, Outcome::TimedOut);
        QVERIFY2(result.message.contains(QLatin1String("did not answer within 1 second")),
                 qPrintable(result.message));
    }

    void badAddressIsExplainedWithoutARequest()
    {
        const auto result = run(provider(Provider::Kind::OpenAiCompatible, QStringLiteral("localhost:11434")),
                                QStringLiteral("k"));
        QCOMPARE(result.outcome, Outcome::WrongAddress);
        QVERIFY(result.message.contains(QLatin1String("http://")));
    }

    void aNewCheckReplacesTheRunningOne()
    {
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::sse().stall());
        server.enqueue(Response::json(200, "{\"data\":{\"label\":\"second\"}}"));
        ProviderKeyCheck check(m_network);
        QSignalSpy spy(&check, &ProviderKeyCheck::finished);
        const auto p = provider(Provider::Kind::OpenRouter, server.baseUrl().toString());
        check.check(p, QStringLiteral("first"));
        QTRY_COMPARE(server.requests().size(), 1);
        check.check(p, QStringLiteral("second"));
        QVERIFY(spy.wait());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<KeyCheckResult>().keyLabel, QStringLiteral("second"));
    }
};

QTEST_GUILESS_MAIN(TestProviderKeyCheck)
#include "tst_provider_key_check.moc"
