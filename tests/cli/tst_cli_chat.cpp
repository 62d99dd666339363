// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// harness-cli chat against the scripted OpenAI-compatible server, as a user runs it.
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "core/store/provider_repository.h"
#include "support/add_harness.h"
#include "support/scripted_llm_server.h"
#include "support/temp_store.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace harness::core;
using harness::test::ScriptedLlmServer;
using harness::test::TempStore;

namespace {

struct Chat {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray out;
    QByteArray err;

    void start(const QStringList& args, const QByteArray& stdinData = {}, const QProcessEnvironment& env = {})
    {
        auto environment = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
        environment.remove(QStringLiteral("OPENROUTER_API_KEY"));
        process->setProcessEnvironment(environment);
        QObject::connect(process.get(), &QProcess::readyReadStandardOutput, process.get(),
                         [this] { out += process->readAllStandardOutput(); });
        QObject::connect(process.get(), &QProcess::readyReadStandardError, process.get(),
                         [this] { err += process->readAllStandardError(); });
        process->start(qEnvironmentVariable("HARNESS_CLI"), args);
        if (!stdinData.isNull()) {
            process->write(stdinData);
            process->closeWriteChannel();
        }
    }
    /// Waits on the event loop (the scripted server lives on it too).
    bool finish(int timeoutMs = 30'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (process->state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        out += process->readAllStandardOutput();
        err += process->readAllStandardError();
        return process->state() == QProcess::NotRunning;
    }
};

QStringList baseArgs(const TempStore& temp, const ScriptedLlmServer& server)
{
    return {QStringLiteral("--data-dir"),
            temp.dir.path(),
            QStringLiteral("chat"),
            QStringLiteral("--base-url"),
            server.baseUrl().toString(),
            QStringLiteral("--api-key-env"),
            QStringLiteral("HARNESS_TEST_KEY")};
}

QProcessEnvironment withKey()
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HARNESS_TEST_KEY"), QStringLiteral("sk-from-env"));
    return env;
}

ScriptedLlmServer::Response answer(const QStringList& pieces, int delayMs = 0)
{
    auto response = ScriptedLlmServer::Response::sse();
    for (const auto& piece : pieces) {
        response.chunk(ScriptedLlmServer::textChunk(piece));
        if (delayMs)
            response.wait(delayMs);
    }
    response.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop"))).done();
    return response;
}

void addHarness(TempStore& temp)
{
    harness::test::addHarness(*temp.store, QStringLiteral("Helper"), HarnessStatus::Started,
                              QStringLiteral("test/model"));
}

} // namespace

class TestCliChat final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void streamsTheAnswerAndStoresTheExchange()
    {
        TempStore temp;
        addHarness(temp);
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(answer({QStringLiteral("Bom "), QStringLiteral("dia!")}));
        Chat chat;
        chat.start(baseArgs(temp, server) + QStringList{QStringLiteral("--harness"), QStringLiteral("helper"),
                                                        QStringLiteral("Say good morning in Portuguese")},
                   {}, withKey());
        QVERIFY(chat.finish());
        QCOMPARE(chat.process->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(chat.out).trimmed(), QStringLiteral("Bom dia!"));
        QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer sk-from-env"));
        QCOMPARE(server.requests().first().json().value(QStringLiteral("model")).toString(),
                 QStringLiteral("test/model"));
        auto conversations = temp.store->conversations().list(0, 10).value;
        QCOMPARE(conversations.size(), 1);
        const auto messages = temp.store->messages().page(conversations.first().id, 0, 10).value;
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).content, QStringLiteral("Say good morning in Portuguese"));
        QCOMPARE(messages.at(1).content, QStringLiteral("Bom dia!"));
        QVERIFY(chat.err.contains(conversations.first().id.left(8).toUtf8()));

        // --conversation continues it, --model overrides the model, the prompt comes from stdin.
        server.enqueue(answer({QStringLiteral("Boa noite!")}));
        Chat again;
        again.start(baseArgs(temp, server) + QStringList{QStringLiteral("--conversation"),
                                                         conversations.first().id.left(8),
                                                         QStringLiteral("--model"),
                                                         QStringLiteral("other/model"), QStringLiteral("-")},
                    "And good night?\n", withKey());
        QVERIFY(again.finish());
        QCOMPARE(again.process->exitCode(), 0);
        const auto body = server.requests().at(1).json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("other/model"));
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 3); // user, assistant, user
        QCOMPARE(temp.store->messages().count(conversations.first().id).value, 4);
    }

    void failuresExitNonZeroWithOneLine_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("needle");
        QTest::newRow("key rejected") << 401 << QStringLiteral("key");
        QTest::newRow("out of credits") << 402 << QStringLiteral("credits");
    }

    void failuresExitNonZeroWithOneLine()
    {
        QFETCH(int, status);
        QFETCH(QString, needle);
        TempStore temp;
        addHarness(temp);
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedLlmServer::Response::error(status, QStringLiteral("nope")));
        Chat chat;
        chat.start(baseArgs(temp, server) + QStringList{QStringLiteral("Hi")}, {}, withKey());
        QVERIFY(chat.finish());
        QCOMPARE(chat.process->exitCode(), 1);
        const QString err = QString::fromUtf8(chat.err);
        QVERIFY2(err.startsWith(QLatin1String("harness-cli: ")), qPrintable(err));
        QVERIFY2(err.contains(needle, Qt::CaseInsensitive), qPrintable(err));
    }

    void modelsAreFetchedAndCached()
    {
        TempStore temp;
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        Provider local;
        local.name = QStringLiteral("Local");
        local.kind = Provider::Kind::OpenAiCompatible;
        local.baseUrl = server.baseUrl().toString();
        QVERIFY(!temp.store->providers().create(local));
        server.enqueue(ScriptedLlmServer::Response::json(
            200, R"({"data":[{"id":"openai/gpt-4o","name":"GPT-4o","context_length":128000,
                    "pricing":{"prompt":"0.0000025","completion":"0.00001"},
                    "supported_parameters":["tools","temperature"]},
                   {"id":"llama3.2","object":"model"}]})"));
        Chat fetch;
        fetch.start({QStringLiteral("--data-dir"), temp.dir.path(), QStringLiteral("models"),
                     QStringLiteral("--refresh")});
        QVERIFY(fetch.finish());
        QVERIFY2(fetch.process->exitCode() == 0, fetch.err.constData());
        const QString out = QString::fromUtf8(fetch.out);
        QVERIFY2(out.contains(QLatin1String("openai/gpt-4o")) && out.contains(QLatin1String("128000")) &&
                     out.contains(QLatin1String("$2.50")) && out.contains(QLatin1String("llama3.2")),
                 qPrintable(out));
        QCOMPARE(server.requests().first().path, QByteArray("/v1/models"));
        QCOMPARE(temp.store->providers().catalog(local.id).value.size(), 2);
        // The second listing comes from the cache: no request.
        Chat cached;
        cached.start({QStringLiteral("--data-dir"), temp.dir.path(), QStringLiteral("models"),
                      QStringLiteral("--search"), QStringLiteral("llama")});
        QVERIFY(cached.finish());
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(cached.out.contains("llama3.2"));
        QVERIFY(!cached.out.contains("gpt-4o"));
    }

    void usageErrors()
    {
        TempStore temp;
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        Chat noHarness;
        noHarness.start(baseArgs(temp, server) + QStringList{QStringLiteral("Hi")}, {}, withKey());
        QVERIFY(noHarness.finish());
        QCOMPARE(noHarness.process->exitCode(), 2);
        QVERIFY(noHarness.err.contains("--model"));
        addHarness(temp);
        Chat noKey;
        noKey.start(baseArgs(temp, server) + QStringList{QStringLiteral("Hi")}); // HARNESS_TEST_KEY unset
        QVERIFY(noKey.finish());
        QCOMPARE(noKey.process->exitCode(), 2);
        QVERIFY(noKey.err.contains("HARNESS_TEST_KEY"));
        QCOMPARE(server.requests().size(), 0);
    }

    void interruptKeepsThePartialAnswerAsStopped()
    {
        TempStore temp;
        addHarness(temp);
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        auto slow = ScriptedLlmServer::Response::sse();
        slow.chunk(ScriptedLlmServer::textChunk(QStringLiteral("Once upon a time"))).stall();
        server.enqueue(slow);
        Chat chat;
        chat.start(baseArgs(temp, server) + QStringList{QStringLiteral("Tell a story")}, {}, withKey());
        QTRY_VERIFY_WITH_TIMEOUT(chat.out.contains("Once upon a time"), 20'000);
        ::kill(pid_t(chat.process->processId()), SIGINT);
        QVERIFY(chat.finish());
        QCOMPARE(chat.process->exitCode(), 130);
        const auto conversation = temp.store->conversations().list(0, 1).value.first();
        const auto last = temp.store->messages().page(conversation.id, 0, 10).value.last();
        QCOMPARE(last.status, MessageStatus::Stopped);
        QCOMPARE(last.content, QStringLiteral("Once upon a time"));
    }

    void killedProcessLeavesAnInterruptedAnswerWithItsText()
    {
        TempStore temp;
        addHarness(temp);
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        auto slow = ScriptedLlmServer::Response::sse();
        for (int i = 0; i < 200; ++i)
            slow.chunk(ScriptedLlmServer::textChunk(QStringLiteral("word%1 ").arg(i))).wait(20);
        slow.done();
        server.enqueue(slow);
        Chat chat;
        chat.start(baseArgs(temp, server) + QStringList{QStringLiteral("Count slowly")}, {}, withKey());
        // Let it stream for a while (well past one 250 ms batch), then kill it without warning.
        QTRY_VERIFY_WITH_TIMEOUT(chat.out.contains("word30 "), 20'000);
        chat.process->kill(); // SIGKILL: no chance to save anything more
        QVERIFY(chat.finish());
        const QString printed = QString::fromUtf8(chat.out);

        const auto conversation = temp.store->conversations().list(0, 1).value.first();
        auto last = temp.store->messages().page(conversation.id, 0, 10).value.last();
        QCOMPARE(last.status, MessageStatus::Streaming); // as the dead process left it
        QVERIFY(!last.content.isEmpty());
        QVERIFY(printed.startsWith(last.content)); // what was saved is what was shown, minus the last batch
        QVERIFY(last.content.size() >= QStringLiteral("word0 word1 word2 ").size());
        // The next start shows it as interrupted, with its text.
        QCOMPARE(temp.store->messages().recoverInterrupted().value, 1);
        last = temp.store->messages().get(last.id).value;
        QCOMPARE(last.status, MessageStatus::Interrupted);
        QVERIFY(!last.content.isEmpty());

        // --retry answers again; the model sees the partial answer that was kept.
        server.enqueue(answer({QStringLiteral("Starting over: word0.")}));
        Chat retry;
        retry.start(baseArgs(temp, server) + QStringList{QStringLiteral("--conversation"), conversation.id,
                                                         QStringLiteral("--retry")},
                    {}, withKey());
        QVERIFY(retry.finish());
        QCOMPARE(retry.process->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(retry.out).trimmed(), QStringLiteral("Starting over: word0."));
        const auto sentMessages = server.requests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sentMessages.last()[QStringLiteral("content")].toString(), last.content);
        QCOMPARE(temp.store->messages().count(conversation.id).value, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_cli_chat.moc"
