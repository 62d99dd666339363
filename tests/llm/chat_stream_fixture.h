// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/chat_stream.h"
#include "support/scripted_llm_server.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

namespace harness::test {

using namespace harness::core;
using namespace Qt::StringLiterals;
using Response = ScriptedLlmServer::Response;
using Framing = Response::Framing;

constexpr int AsyncTimeoutMs = 20000; // generous upper bound for QTRY_; never a performance threshold

inline QStringList describeCalls(const QList<ToolCall>& calls)
{
    QStringList out;
    for (const ToolCall& call : calls)
        out << u"%1|%2|%3|%4"_s.arg(call.id, call.name, call.arguments,
                                    call.argumentsAreValid() ? u"valid"_s : u"invalid"_s);
    return out;
}

inline QByteArray sseBytes(const QList<QJsonObject>& chunks, const QByteArray& eol = "\n")
{
    QByteArray bytes;
    for (const QJsonObject& chunk : chunks)
        bytes += "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + eol + eol;
    return bytes + "data: [DONE]" + eol + eol;
}

inline Response helloStream(Framing framing = Framing::Chunked)
{
    return Response::sse(framing)
        .chunk(ScriptedLlmServer::textChunk(u"Hel"_s))
        .chunk(ScriptedLlmServer::textChunk(u"lo"_s))
        .chunk(ScriptedLlmServer::finishChunk(u"stop"_s))
        .chunk(ScriptedLlmServer::usageChunk(12, 2, 0.00042))
        .done();
}

/// Runs one ChatStream against the scripted server and records everything it reported.
struct ChatStreamRun {
    std::unique_ptr<ChatStream> stream;
    QString text;
    QString reasoning;
    int keepAlives = 0;
    int toolUpdates = 0;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> failed;
    std::unique_ptr<QSignalSpy> retries;

    ChatStreamRun(QNetworkAccessManager* nam, const ProviderConfig& provider, const QString& key,
                  const ChatStream::Options& options)
    {
        ChatRequest request;
        request.model = u"scripted/model"_s;
        request.messages = {ChatMessage::system(u"Be brief."_s), ChatMessage::user(u"Hi"_s)};
        request.tools = {
            ToolDefinition{u"get_weather"_s, u"Weather for a city"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
        stream = std::make_unique<ChatStream>(nam, provider, key, request);
        stream->setOptions(options);
        QObject::connect(stream.get(), &ChatStream::textReceived, [this](const QString& d) { text += d; });
        QObject::connect(stream.get(), &ChatStream::reasoningReceived,
                         [this](const QString& d) { reasoning += d; });
        QObject::connect(stream.get(), &ChatStream::keepAliveReceived, [this] { ++keepAlives; });
        QObject::connect(stream.get(), &ChatStream::toolCallsUpdated, [this] { ++toolUpdates; });
        finished = std::make_unique<QSignalSpy>(stream.get(), &ChatStream::finished);
        failed = std::make_unique<QSignalSpy>(stream.get(), &ChatStream::failed);
        retries = std::make_unique<QSignalSpy>(stream.get(), &ChatStream::retryScheduled);
    }
    bool ended() const { return finished->size() + failed->size() > 0; }
    /// Runs a real event loop until the stream ends (QTRY_ would sleep between polls and so
    /// slow down dripped streams).
    bool waitForEnd()
    {
        if (!ended()) {
            QEventLoop loop;
            QObject::connect(stream.get(), &ChatStream::finished, &loop, &QEventLoop::quit);
            QObject::connect(stream.get(), &ChatStream::failed, &loop, &QEventLoop::quit);
            QTimer::singleShot(AsyncTimeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return ended();
    }
    ChatError error() const
    {
        return failed->isEmpty() ? ChatError{} : failed->first().at(0).value<ChatError>();
    }
};

/// Shared set-up of the ChatStream tests: a scripted server and a network manager per test
/// function. Derived test classes call setUpServer() from init() and tearDownServer() from cleanup().
class ChatStreamTestBase : public QObject {
protected:
    void setUpServer()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_server = std::make_unique<ScriptedLlmServer>();
        QVERIFY(m_server->listen());
        m_options = ChatStream::Options{};
        m_options.stallTimeout = std::chrono::seconds(30);
        m_options.defaultRetryDelay = std::chrono::milliseconds(10);
    }
    void tearDownServer()
    {
        m_server.reset();
        m_nam.reset();
    }
    ProviderConfig provider() const
    {
        ProviderConfig config = ProviderConfig::custom(u"Scripted"_s, m_server->baseUrl());
        config.extraHeaders = {{"HTTP-Referer", "https://harness.dev"}, {"X-Title", "Harness Desktop"}};
        return config;
    }
    std::unique_ptr<ChatStreamRun> startRun(const QString& key = u"sk-test"_s)
    {
        auto run = std::make_unique<ChatStreamRun>(m_nam.get(), provider(), key, m_options);
        run->stream->start();
        return run;
    }

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ScriptedLlmServer> m_server;
    ChatStream::Options m_options;
};

} // namespace harness::test
