// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace harness::test {

/// A request the scripted server received.
struct RecordedRequest {
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& name) const; ///< case-insensitive, empty when absent
    QJsonObject json() const;                        ///< the body as a JSON object
};

/// A scripted OpenAI-compatible HTTP/1.1 server on 127.0.0.1 (random port) for tests and
/// benchmarks: each incoming request is answered by the next queued Response (or the handler),
/// written as raw HTTP/1.1 with a chunked or close-delimited body, step by step, so a test can
/// drip bytes, split a UTF-8 sequence across reads, stall, or drop the connection.
class ScriptedLlmServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedLlmServer)

public:
    class Response {
    public:
        enum class Framing { Chunked, CloseDelimited, ContentLength };

        /// 200 `text/event-stream` with a chunked body.
        static Response sse(Framing framing = Framing::Chunked);
        /// A complete JSON body with Content-Length (error replies, /models).
        static Response json(int status, const QByteArray& body);
        /// An OpenAI-style error reply `{error: {code, message}}`.
        static Response error(int status, const QString& message);

        Response& header(const QByteArray& name, const QByteArray& value);
        Response& lineEnding(const QByteArray& eol); ///< for the helpers below; default "\n"
        Response& raw(const QByteArray& bytes);      ///< body bytes as they are
        Response& data(const QByteArray& payload);   ///< `data: <payload>` + blank line
        Response& chunk(const QJsonObject& json);    ///< data(compact JSON)
        Response& comment(const QByteArray& text = "OPENROUTER PROCESSING");
        Response& done(); ///< `data: [DONE]`
        /// Writes \a bytes in pieces of \a pieceSize with \a delayMs between them.
        Response& drip(const QByteArray& bytes, int pieceSize, int delayMs);
        Response& wait(int delayMs);
        Response& stall();      ///< write nothing more and keep the connection open
        Response& disconnect(); ///< close the connection now, whatever the body framing says
        /// Body pulled from \a producer as fast as the socket drains; an empty piece ends it.
        Response& generate(std::function<QByteArray()> producer);

    private:
        friend class ScriptedLlmServer;
        struct Step {
            enum class Kind { Write, Wait, Stall, Disconnect, Generate };
            Kind kind = Kind::Write;
            QByteArray bytes;
            int delayMs = 0;
            std::function<QByteArray()> producer;
        };
        int m_status = 200;
        Framing m_framing = Framing::Chunked;
        QList<QPair<QByteArray, QByteArray>> m_headers;
        QByteArray m_eol = "\n";
        QList<Step> m_steps;
    };
    using Handler = std::function<Response(const RecordedRequest&)>;

    explicit ScriptedLlmServer(QObject* parent = nullptr);
    ~ScriptedLlmServer() override;

    bool listen();
    quint16 port() const;
    /// `http://127.0.0.1:<port>/v1`
    QUrl baseUrl() const;

    /// Answers the next request; responses are used in order.
    void enqueue(Response response);
    /// Answers requests when the queue is empty (default: a 500 "no scripted response").
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<RecordedRequest>& requests() const { return m_requests; }
    int pendingResponses() const { return static_cast<int>(m_queue.size()); }

    /// A port on 127.0.0.1 nobody listens on (bound, then released).
    static quint16 unusedPort();

    // Helpers for `chat.completion.chunk` objects.
    static QJsonObject textChunk(const QString& text);
    static QJsonObject reasoningChunk(const QString& text);
    static QJsonObject toolCallChunk(int index, const QString& id, const QString& name,
                                     const QString& arguments);
    static QJsonObject finishChunk(const QString& reason);
    static QJsonObject usageChunk(qint64 prompt, qint64 completion, double cost);
    static QJsonObject errorChunk(const QJsonValue& code, const QString& message);

signals:
    void requestReceived(int index);

private:
    struct Connection;
    Connection* connectionOf(QTcpSocket* socket) const;
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, Response response);
    void runSteps(QTcpSocket* socket);
    void writeBody(QTcpSocket* socket, const QByteArray& bytes);
    void finishResponse(QTcpSocket* socket);
    void pump(QTcpSocket* socket);

    QTcpServer* m_server = nullptr;
    std::deque<Response> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
};

} // namespace harness::test

// Lets data-driven tests put whole scripted responses in their _data() tables.
Q_DECLARE_METATYPE(harness::test::ScriptedLlmServer::Response)
