// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Detecting a local Ollama (a scripted server answering /api/tags on 127.0.0.1).
#include "core/setup/ollama_detector.h"
#include "support/scripted_llm_server.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::ScriptedLlmServer;
using Response = ScriptedLlmServer::Response;

class TestOllamaDetector final : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void findsOllamaAndItsModels()
    {
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::json(
            200,
            "{\"models\":[{\"name\":\"llama3.2:latest\",\"model\":\"llama3.2:latest\",\"size\":2019393189},"
            "{\"name\":\"qwen2.5-coder:7b\",\"model\":\"qwen2.5-coder:7b\"}]}"));
        OllamaDetector detector(m_network, server.port());
        QSignalSpy finished(&detector, &OllamaDetector::finished);
        detector.detect();
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toStringList(),
                 (QStringList{QStringLiteral("llama3.2:latest"), QStringLiteral("qwen2.5-coder:7b")}));
        QCOMPARE(server.requests().at(0).path, QByteArray("/api/tags"));
        const Provider p = detector.provider();
        QCOMPARE(p.kind, Provider::Kind::OpenAiCompatible);
        QCOMPARE(p.name, QStringLiteral("Ollama"));
        QCOMPARE(p.baseUrl, QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port()));
    }

    void defaultPortIsOllamas()
    {
        OllamaDetector detector(m_network);
        QCOMPARE(detector.port(), quint16(11434));
        QCOMPARE(detector.openAiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:11434/v1")));
    }

    void nothingListeningIsNotFound()
    {
        OllamaDetector detector(m_network, ScriptedLlmServer::unusedPort());
        QSignalSpy finished(&detector, &OllamaDetector::finished);
        detector.detect();
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(0).toBool(), false);
    }

    void anotherServerIsNotOllama_data()
    {
        QTest::addColumn<Response>("response");
        QTest::newRow("404") << Response::json(404, "404 page not found");
        QTest::newRow("html") << Response::json(200, "<html>router login</html>");
        QTest::newRow("other json") << Response::json(200, "{\"status\":\"ok\"}");
    }

    void anotherServerIsNotOllama()
    {
        QFETCH(Response, response);
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        OllamaDetector detector(m_network, server.port());
        QSignalSpy finished(&detector, &OllamaDetector::finished);
        detector.detect();
        QVERIFY(finished.wait());
        QCOMPARE(finished.at(0).at(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestOllamaDetector)
#include "tst_ollama_detector.moc"
