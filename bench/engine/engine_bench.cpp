// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Engine benchmark (issue 3), all in one process against the scripted loopback server:
//  1. one answer of --tokens tokens (default 200,000) at full speed through the engine into the
//     store, against a bare QNetworkAccessManager read of the same bytes: time ratio (target < 1.5)
//     and resident memory growth (target: flat);
//  2. --conversations answers (default 20) of --each tokens streaming at once: every token in
//     the right conversation, and the total time against one such answer alone.
#include "core/engine/chat_service.h"
#include "core/engine/provider_access.h"
#include "core/engine/run_registry.h"
#include "core/llm/chat_stream.h"
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "core/store/store.h"
#include "support/scripted_llm_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace harness::core;
using harness::test::ScriptedLlmServer;

namespace {

qint64 statusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const auto& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString token(const QString& prefix, int i)
{
    return QStringLiteral("%1%2 ").arg(prefix).arg(i % 1000);
}

/// The whole SSE body of an answer of `count` tokens, one chunk per token.
QByteArray body(const QString& prefix, int count)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(count) * 160);
    for (int i = 0; i < count; ++i) {
        bytes += "data: ";
        bytes += QJsonDocument(ScriptedLlmServer::textChunk(token(prefix, i))).toJson(QJsonDocument::Compact);
        bytes += "\n\n";
    }
    bytes += "data: ";
    bytes +=
        QJsonDocument(ScriptedLlmServer::finishChunk(QStringLiteral("stop"))).toJson(QJsonDocument::Compact);
    bytes += "\n\ndata: [DONE]\n\n";
    return bytes;
}

QString expected(const QString& prefix, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += token(prefix, i);
    return text;
}

ScriptedLlmServer::Response fullSpeed(const QByteArray& bytes)
{
    auto response = ScriptedLlmServer::Response::sse();
    auto offset = std::make_shared<qsizetype>(0);
    response.generate([bytes, offset]() {
        const qsizetype piece = std::min<qsizetype>(64 * 1024, bytes.size() - *offset);
        const QByteArray out = bytes.mid(*offset, piece);
        *offset += piece;
        return out;
    });
    return response;
}

double bareRead(QNetworkAccessManager& network, const QUrl& url)
{
    QNetworkRequest request(QUrl(url.toString() + QStringLiteral("/chat/completions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    auto* reply = network.post(request, QByteArrayLiteral("{}"));
    qint64 received = 0;
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [reply, &received] { received += reply->readAll().size(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    received += reply->readAll().size();
    reply->deleteLater();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          QStringLiteral("Tokens of the long answer."), QStringLiteral("N"),
                                          QStringLiteral("200000"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Answers streaming at once."),
                                                 QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption eachOption(QStringLiteral("each"),
                                        QStringLiteral("Tokens of each parallel answer."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({tokensOption, conversationsOption, eachOption});
    parser.process(app);
    const int tokens = parser.value(tokensOption).toInt();
    const int conversations = parser.value(conversationsOption).toInt();
    const int each = parser.value(eachOption).toInt();

    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("harness.db")));
    if (store.open())
        return 1;
    ScriptedLlmServer server;
    if (!server.listen())
        return 1;
    QNetworkAccessManager network;
    RunRegistry runs(store, &network, nullptr, nullptr);
    ProviderAccess providers(store, nullptr);
    providers.setOverride(ProviderConfig::custom(QStringLiteral("bench"), server.baseUrl()),
                          QStringLiteral("k"));
    ChatService chat(store, runs, providers, &network);
    chat.setGenerateTitles(false);
    Harness harness;
    harness.name = QStringLiteral("bench");
    harness.model = QStringLiteral("bench/model");
    store.harnesses().create(harness);

    // 1. One long answer.
    const QByteArray longBody = body(QStringLiteral("t"), tokens);
    std::printf("long answer: %d tokens, %.1f MB of SSE\n", tokens, double(longBody.size()) / 1e6);
    // Alternate the two reads, five times each, and compare medians: this machine is noisy.
    std::vector<double> bare;
    std::vector<double> streamOnly;
    std::vector<double> engine;
    bool complete = true;
    qint64 rssBefore = 0;
    for (int round = 0; round < 5; ++round) {
        server.enqueue(fullSpeed(longBody));
        bare.push_back(bareRead(network, server.baseUrl()));
        {
            // The streaming client alone (parse, no store): splits the engine's cost in two.
            server.enqueue(fullSpeed(longBody));
            ChatRequest request;
            request.model = harness.model;
            request.messages = {ChatMessage::user(QStringLiteral("x"))};
            ChatStream stream(&network, ProviderConfig::custom(QStringLiteral("bench"), server.baseUrl()),
                              QStringLiteral("k"), request);
            QEventLoop wait;
            QObject::connect(&stream, &ChatStream::finished, &wait, &QEventLoop::quit);
            QObject::connect(&stream, &ChatStream::failed, &wait, &QEventLoop::quit);
            QElapsedTimer t;
            t.start();
            stream.start();
            wait.exec();
            streamOnly.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        if (round == 1)
            rssBefore = statusKb("VmRSS:"); // after one warm-up of each
        server.enqueue(fullSpeed(longBody));
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        auto ended = QObject::connect(&runs, &RunRegistry::runEnded, &loop, &QEventLoop::quit);
        const auto sent = chat.send({}, harness, QStringLiteral("Write a very long answer"));
        loop.exec();
        QObject::disconnect(ended);
        engine.push_back(double(timer.nsecsElapsed()) / 1e6);
        const auto stored = store.messages().page(sent.conversationId, 0, 2).value;
        complete =
            complete && !stored.isEmpty() && stored.last().content == expected(QStringLiteral("t"), tokens);
    }
    const qint64 rssAfter = statusKb("VmRSS:");
    std::sort(bare.begin(), bare.end());
    std::sort(engine.begin(), engine.end());
    std::sort(streamOnly.begin(), streamOnly.end());
    const double bareMs = bare[2];
    const double engineMs = engine[2];
    std::printf("bare QNetworkAccessManager read   %9.1f ms (median of 5)\n", bareMs);
    std::printf("streaming client alone (parse only) %9.1f ms (median of 5)   ratio %.2f\n", streamOnly[2],
                streamOnly[2] / bareMs);
    std::printf(
        "engine -> store (stream+parse+save) %9.1f ms (median of 5)   ratio %.2f   target < 1.5   stored "
        "text %s\n",
        engineMs, engineMs / bareMs, complete ? "complete" : "WRONG");
    std::printf(
        "resident memory after the warm-up %.1f MB, after 4 more answers %.1f MB (growth %.1f MB; each "
        "answer's text is %.1f MB)\n",
        double(rssBefore) / 1024, double(rssAfter) / 1024, double(rssAfter - rssBefore) / 1024,
        double(expected(QStringLiteral("t"), tokens).size() * 2) / 1e6);

    // 2. Many answers at once.
    const auto parallel = [&](int count) {
        server.setHandler([each](const harness::test::RecordedRequest& request) {
            const auto messages = request.json().value(QStringLiteral("messages")).toArray();
            const QString prefix = messages.last()[QStringLiteral("content")].toString();
            return fullSpeed(body(prefix, each));
        });
        QHash<QString, QString> live;
        auto connection =
            QObject::connect(&runs, &RunRegistry::messageChanged, &app, [&live](const MessageChange& change) {
                if (change.kind == MessageChange::Kind::TextAppended)
                    live[change.conversationId] += change.text;
            });
        int ended = 0;
        QEventLoop wait;
        auto endConnection = QObject::connect(&runs, &RunRegistry::runEnded, &app, [&] {
            if (++ended == count)
                wait.quit();
        });
        QElapsedTimer t;
        t.start();
        QHash<QString, QString> prefixOf;
        for (int i = 0; i < count; ++i) {
            const QString prefix = QStringLiteral("c%1x").arg(i);
            prefixOf.insert(chat.send({}, harness, prefix).conversationId, prefix);
        }
        wait.exec();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        QObject::disconnect(connection);
        QObject::disconnect(endConnection);
        int wrong = 0;
        for (auto it = prefixOf.cbegin(); it != prefixOf.cend(); ++it) {
            const QString want = expected(it.value(), each);
            const auto saved = store.messages().page(it.key(), 0, 2).value;
            if (live.value(it.key()) != want || saved.isEmpty() || saved.last().content != want)
                ++wrong;
        }
        return std::pair{ms, wrong};
    };
    const auto [oneMs, oneWrong] = parallel(1);
    const auto [manyMs, manyWrong] = parallel(conversations);
    std::printf("1 answer of %d tokens alone          %9.1f ms\n", each, oneMs);
    std::printf(
        "%d answers of %d tokens at once     %9.1f ms   ratio %.2f (x%d the work)   lost or mixed: %d\n",
        conversations, each, manyMs, manyMs / oneMs, conversations, manyWrong + oneWrong);
    std::printf("peak resident memory %.1f MB\n", double(statusKb("VmHWM:")) / 1024);
    return (complete && manyWrong == 0 && oneWrong == 0) ? 0 : 1;
}
