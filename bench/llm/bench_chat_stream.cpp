// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Streams a long answer (default 200,000 tokens) from the loopback scripted server through
// ChatStream, and reads the same bytes with a bare QNetworkAccessManager request in the same
// process. Prints both times, their ratio (target < 1.5) and peak RSS. Then streams the same
// answer to 20 ChatStreams at once and checks that no token is lost or mixed up.
//
//   bench_llm_chat_stream [tokens] [parallel-streams]
#include "core/llm/chat_stream.h"
#include "support/scripted_llm_server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace harness::core;
using namespace harness::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int ChunksPerPiece = 64;

qint64 procStatusKb(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets the peak RSS (VmHWM) to the current RSS and returns that.
qint64 resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    return procStatusKb("VmRSS:");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString tokenText(int stream, int index)
{
    return u"s%1t%2 "_s.arg(stream).arg(index);
}

/// The exact bytes ScriptedLlmServer::textChunk() would give, built by concatenation so that the
/// server side costs next to nothing and the measurement is about the client.
QByteArray tokenChunk(int stream, int index)
{
    static const QByteArray head = []() -> QByteArray {
        const QByteArray json =
            QJsonDocument(ScriptedLlmServer::textChunk(u"@@"_s)).toJson(QJsonDocument::Compact);
        return "data: " + json.left(json.indexOf("@@"));
    }();
    static const QByteArray tail = []() -> QByteArray {
        const QByteArray json =
            QJsonDocument(ScriptedLlmServer::textChunk(u"@@"_s)).toJson(QJsonDocument::Compact);
        return json.mid(json.indexOf("@@") + 2) + "\n\n";
    }();
    return head + 's' + QByteArray::number(stream) + 't' + QByteArray::number(index) + ' ' + tail;
}

/// A response that streams \a tokens tokens for stream number \a stream, produced on demand.
ScriptedLlmServer::Response longAnswer(int stream, int tokens)
{
    auto next = std::make_shared<int>(0);
    return ScriptedLlmServer::Response::sse().generate([stream, tokens, next]() -> QByteArray {
        if (*next > tokens)
            return {};
        QByteArray piece;
        for (int i = 0; i < ChunksPerPiece && *next < tokens; ++i)
            piece += tokenChunk(stream, (*next)++);
        if (*next == tokens) {
            ++*next;
            piece += "data: " +
                     QJsonDocument(ScriptedLlmServer::finishChunk(u"stop"_s)).toJson(QJsonDocument::Compact) +
                     "\n\ndata: [DONE]\n\n";
        }
        return piece;
    });
}

QString expectedText(int stream, int tokens)
{
    QString text;
    for (int i = 0; i < tokens; ++i)
        text += tokenText(stream, i);
    return text;
}

/// The model name tells the server which answer to send: "bench/<stream>/<tokens>".
QString modelName(int stream, int tokens)
{
    return u"bench/%1/%2"_s.arg(stream).arg(tokens);
}

/// Reads the stream with a bare QNetworkAccessManager POST and returns the bytes received.
qint64 bareRead(QNetworkAccessManager& nam, const QUrl& base, int tokens)
{
    QNetworkRequest request(QUrl(base.toString() + u"/chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{u"model"_s, modelName(0, tokens)}};
    QNetworkReply* reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    qint64 bytes = 0;
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [&bytes, reply] { bytes += reply->readAll().size(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    bytes += reply->readAll().size();
    reply->deleteLater();
    return bytes;
}

struct StreamOutcome {
    bool ok = false;
    QString text;
    QString error;
};

/// Runs \a count ChatStreams at once; stream i asks for model "bench/i/tokens".
QList<StreamOutcome> runStreams(QNetworkAccessManager& nam, const QUrl& base, int count, int tokens)
{
    QList<StreamOutcome> outcomes(count);
    std::vector<std::unique_ptr<ChatStream>> streams;
    int running = count;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        ChatRequest request;
        request.model = modelName(i, tokens);
        request.messages = {ChatMessage::user(u"Talk for a long time."_s)};
        streams.push_back(
            std::make_unique<ChatStream>(&nam, ProviderConfig::custom(u"Bench"_s, base), QString(), request));
        ChatStream* stream = streams.back().get();
        QObject::connect(stream, &ChatStream::finished, stream, [&, i](const ChatResult& result) {
            outcomes[i] = {true, result.text, {}};
            if (--running == 0)
                loop.quit();
        });
        QObject::connect(stream, &ChatStream::failed, stream,
                         [&, i](const ChatError& error, const ChatResult& partial) {
                             outcomes[i] = {false, partial.text, error.userMessage()};
                             if (--running == 0)
                                 loop.quit();
                         });
    }
    for (const auto& stream : streams)
        stream->start();
    loop.exec();
    return outcomes;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tokens = args.size() > 1 ? args.at(1).toInt() : 200000;
    const int parallel = args.size() > 2 ? args.at(2).toInt() : 20;

    // The server gets its own thread so that producing 33 MB does not compete with the client
    // being measured (the client side, ChatStream included, stays on the main thread).
    QThread serverThread;
    serverThread.start();
    auto* server = new ScriptedLlmServer;
    server->moveToThread(&serverThread);
    bool listening = false;
    QMetaObject::invokeMethod(
        server,
        [server, &listening] {
            listening = server->listen();
            server->setHandler([](const RecordedRequest& request) {
                const QStringList parts = request.json().value(u"model").toString().split(u'/');
                return longAnswer(parts.value(1).toInt(), parts.value(2).toInt());
            });
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    const auto stopServer = qScopeGuard([&] {
        QMetaObject::invokeMethod(server, &QObject::deleteLater);
        serverThread.quit();
        serverThread.wait();
    });
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    const QUrl base = server->baseUrl();

    const qint64 rssStart = procStatusKb("VmRSS:");
    // Warm up both paths (connection set-up, first allocations) with a short stream.
    bareRead(nam, base, 1000);
    runStreams(nam, base, 1, 1000);

    // Best of several alternating rounds: the machine may be shared, and the minimum is the run
    // least disturbed by others. Peak RSS is reset before each run (Linux clear_refs "5").
    const int rounds = 5;
    QList<double> bareMs;
    QList<double> streamMs;
    qint64 bytes = 0;
    qint64 barePeakGrowth = 0;
    qint64 streamPeakGrowth = 0;
    bool singleOk = true;
    QString singleError;
    const QString expected = expectedText(0, tokens);
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        qint64 before = resetPeakRss();
        timer.start();
        bytes = bareRead(nam, base, tokens);
        bareMs << timer.nsecsElapsed() / 1e6;
        barePeakGrowth = std::max(barePeakGrowth, procStatusKb("VmHWM:") - before);

        before = resetPeakRss();
        timer.start();
        const QList<StreamOutcome> single = runStreams(nam, base, 1, tokens);
        streamMs << timer.nsecsElapsed() / 1e6;
        streamPeakGrowth = std::max(streamPeakGrowth, procStatusKb("VmHWM:") - before);
        if (!single.first().ok || single.first().text != expected) {
            singleOk = false;
            singleError = single.first().error;
        }
    }
    const double bareBest = *std::min_element(bareMs.begin(), bareMs.end());
    const double streamBest = *std::min_element(streamMs.begin(), streamMs.end());

    std::printf("tokens                  %d (%.1f MB of SSE), best of %d rounds\n", tokens, bytes / 1e6,
                rounds);
    std::printf("bare QNAM read          %9.1f ms  (median %.1f)\n", bareBest, median(bareMs));
    std::printf("ChatStream              %9.1f ms  (median %.1f; %s)\n", streamBest, median(streamMs),
                singleOk ? "text complete" : qPrintable(u"WRONG: "_s + singleError));
    std::printf("ratio                   %9.2f  (target < 1.5; median ratio %.2f)\n", streamBest / bareBest,
                median(streamMs) / median(bareMs));
    std::printf("RSS at start            %9lld kB\n", static_cast<long long>(rssStart));
    std::printf("peak RSS growth, bare   %9lld kB\n", static_cast<long long>(barePeakGrowth));
    std::printf("peak RSS growth, stream %9lld kB  (the answer itself is %lld kB as UTF-16)\n",
                static_cast<long long>(streamPeakGrowth), static_cast<long long>(expected.size() * 2 / 1024));

    bool parallelOk = true;
    if (parallel > 0) {
        const qint64 before = resetPeakRss();
        timer.start();
        const QList<StreamOutcome> outcomes = runStreams(nam, base, parallel, tokens);
        const double parallelMs = timer.nsecsElapsed() / 1e6;
        int intact = 0;
        for (int i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).ok && outcomes.at(i).text == expectedText(i, tokens))
                ++intact;
        }
        parallelOk = intact == parallel;
        std::printf(
            "%d streams at once      %9.1f ms  (%.2fx one stream; %d/%d intact, no lost or mixed tokens)\n",
            parallel, parallelMs, parallelMs / streamBest, intact, parallel);
        std::printf("peak RSS growth, parallel %7lld kB\n",
                    static_cast<long long>(procStatusKb("VmHWM:") - before));
    }
    return singleOk && parallelOk ? 0 : 1;
}
