// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "support/scripted_llm_server.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace harness::test {

namespace {
constexpr qint64 PumpLowWater = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QJsonObject chunkWith(const QJsonObject& delta, const QJsonValue& finishReason = QJsonValue::Null)
{
    return QJsonObject{
        {u"id"_s, u"gen-scripted"_s},
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"model"_s, u"scripted/model"_s},
        {u"choices"_s,
         QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finishReason}}}},
    };
}
} // namespace

// ---- RecordedRequest ----

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key == wanted)
            return value;
    }
    return {};
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

// ---- Response ----

using Response = ScriptedLlmServer::Response;

Response Response::sse(Framing framing)
{
    Response response;
    response.m_framing = framing;
    response.m_headers = {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}};
    return response;
}

Response Response::json(int status, const QByteArray& body)
{
    Response response;
    response.m_status = status;
    response.m_framing = Framing::ContentLength;
    response.m_headers = {{"Content-Type", "application/json"}};
    response.raw(body);
    return response;
}

Response Response::error(int status, const QString& message)
{
    const QJsonObject body{{u"error"_s, QJsonObject{{u"code"_s, status}, {u"message"_s, message}}}};
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Response& Response::header(const QByteArray& name, const QByteArray& value)
{
    m_headers.append({name, value});
    return *this;
}

Response& Response::lineEnding(const QByteArray& eol)
{
    m_eol = eol;
    return *this;
}

Response& Response::raw(const QByteArray& bytes)
{
    m_steps.append({Step::Kind::Write, bytes, 0, {}});
    return *this;
}

Response& Response::data(const QByteArray& payload)
{
    return raw("data: " + payload + m_eol + m_eol);
}

Response& Response::chunk(const QJsonObject& json)
{
    return data(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Response& Response::comment(const QByteArray& text)
{
    return raw(": " + text + m_eol + m_eol);
}

Response& Response::done()
{
    return data("[DONE]");
}

Response& Response::drip(const QByteArray& bytes, int pieceSize, int delayMs)
{
    for (qsizetype at = 0; at < bytes.size(); at += pieceSize) {
        if (at > 0)
            wait(delayMs);
        raw(bytes.mid(at, pieceSize));
    }
    return *this;
}

Response& Response::wait(int delayMs)
{
    m_steps.append({Step::Kind::Wait, {}, delayMs, {}});
    return *this;
}

Response& Response::stall()
{
    m_steps.append({Step::Kind::Stall, {}, 0, {}});
    return *this;
}

Response& Response::disconnect()
{
    m_steps.append({Step::Kind::Disconnect, {}, 0, {}});
    return *this;
}

Response& Response::generate(std::function<QByteArray()> producer)
{
    m_steps.append({Step::Kind::Generate, {}, 0, std::move(producer)});
    return *this;
}

// ---- ScriptedLlmServer ----

struct ScriptedLlmServer::Connection {
    QByteArray buffer;
    bool responding = false;
    Response response;
    qsizetype nextStep = 0;
    std::function<QByteArray()> producer;
};

static ScriptedLlmServer::Response defaultResponse()
{
    return ScriptedLlmServer::Response::error(500, u"no scripted response"_s);
}

ScriptedLlmServer::ScriptedLlmServer(QObject* parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedLlmServer::onNewConnection);
}

ScriptedLlmServer::~ScriptedLlmServer() = default;

bool ScriptedLlmServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedLlmServer::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedLlmServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port()));
}

void ScriptedLlmServer::enqueue(Response response)
{
    m_queue.push_back(std::move(response));
}

quint16 ScriptedLlmServer::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void ScriptedLlmServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // drips must not wait for Nagle
        m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    }
}

ScriptedLlmServer::Connection* ScriptedLlmServer::connectionOf(QTcpSocket* socket) const
{
    const auto it = m_connections.constFind(socket);
    return it == m_connections.cend() ? nullptr : it.value().get();
}

void ScriptedLlmServer::onReadyRead(QTcpSocket* socket)
{
    Connection* const connection = connectionOf(socket);
    if (!connection)
        return;
    connection->buffer += socket->readAll();
    if (connection->responding)
        return;
    const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    RecordedRequest request;
    const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            contentLength = value.toLongLong();
    }
    if (connection->buffer.size() < headerEnd + 4 + contentLength)
        return; // body not complete yet
    request.body = connection->buffer.mid(headerEnd + 4, contentLength);
    connection->buffer.remove(0, headerEnd + 4 + contentLength);
    connection->responding = true;

    m_requests.append(request);
    Response response = defaultResponse();
    if (!m_queue.empty()) {
        response = std::move(m_queue.front());
        m_queue.pop_front();
    } else if (m_handler) {
        response = m_handler(request);
    }
    emit requestReceived(static_cast<int>(m_requests.size() - 1));
    respond(socket, std::move(response));
}

void ScriptedLlmServer::respond(QTcpSocket* socket, Response response)
{
    Connection* const connection = connectionOf(socket);
    if (!connection)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.m_status) + ' ' + reasonPhrase(response.m_status) + "\r\n";
    for (const auto& [name, value] : response.m_headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n";
    if (response.m_framing == Response::Framing::Chunked) {
        head += "Transfer-Encoding: chunked\r\n";
    } else if (response.m_framing == Response::Framing::ContentLength) {
        qsizetype length = 0;
        for (const auto& step : response.m_steps)
            length += step.bytes.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "\r\n";
    socket->write(head);
    connection->response = std::move(response);
    connection->nextStep = 0;
    runSteps(socket);
}

void ScriptedLlmServer::writeBody(QTcpSocket* socket, const QByteArray& bytes)
{
    Connection* const connection = connectionOf(socket);
    if (!connection || bytes.isEmpty())
        return;
    if (connection->response.m_framing == Response::Framing::Chunked)
        socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    else
        socket->write(bytes);
}

void ScriptedLlmServer::runSteps(QTcpSocket* socket)
{
    Connection* const connection = connectionOf(socket);
    if (!connection)
        return;
    using Kind = Response::Step::Kind;
    while (connection->nextStep < connection->response.m_steps.size()) {
        const Response::Step step = connection->response.m_steps.at(connection->nextStep++);
        switch (step.kind) {
        case Kind::Write:
            writeBody(socket, step.bytes);
            break;
        case Kind::Wait:
            socket->flush();
            QTimer::singleShot(step.delayMs, Qt::PreciseTimer, socket, [this, socket] { runSteps(socket); });
            return;
        case Kind::Stall:
            socket->flush();
            return;
        case Kind::Disconnect:
            socket->disconnectFromHost(); // pending bytes are still sent, then FIN
            return;
        case Kind::Generate:
            connection->producer = step.producer;
            pump(socket);
            return;
        }
    }
    finishResponse(socket);
}

void ScriptedLlmServer::pump(QTcpSocket* socket)
{
    Connection* const connection = connectionOf(socket);
    if (!connection || !connection->producer)
        return;
    while (socket->bytesToWrite() < PumpLowWater) {
        const QByteArray piece = connection->producer();
        if (piece.isEmpty()) {
            connection->producer = nullptr;
            runSteps(socket);
            return;
        }
        writeBody(socket, piece);
    }
}

void ScriptedLlmServer::finishResponse(QTcpSocket* socket)
{
    Connection* const connection = connectionOf(socket);
    if (connection && connection->response.m_framing == Response::Framing::Chunked)
        socket->write("0\r\n\r\n");
    socket->disconnectFromHost();
}

// ---- chunk helpers ----

QJsonObject ScriptedLlmServer::textChunk(const QString& text)
{
    return chunkWith(QJsonObject{{u"content"_s, text}});
}

QJsonObject ScriptedLlmServer::reasoningChunk(const QString& text)
{
    // OpenRouter's shape: the same text as `reasoning` and as a reasoning_details entry.
    return chunkWith(QJsonObject{
        {u"content"_s, u""_s},
        {u"reasoning"_s, text},
        {u"reasoning_details"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"reasoning.text"_s}, {u"text"_s, text}, {u"index"_s, 0}}}},
    });
}

QJsonObject ScriptedLlmServer::toolCallChunk(int index, const QString& id, const QString& name,
                                             const QString& arguments)
{
    QJsonObject function{{u"arguments"_s, arguments}};
    if (!name.isEmpty())
        function.insert(u"name"_s, name);
    QJsonObject call{{u"index"_s, index}, {u"function"_s, function}};
    if (!id.isEmpty()) {
        call.insert(u"id"_s, id);
        call.insert(u"type"_s, u"function"_s);
    }
    return chunkWith(QJsonObject{{u"tool_calls"_s, QJsonArray{call}}});
}

QJsonObject ScriptedLlmServer::finishChunk(const QString& reason)
{
    return chunkWith(QJsonObject{{u"content"_s, u""_s}}, reason);
}

QJsonObject ScriptedLlmServer::usageChunk(qint64 prompt, qint64 completion, double cost)
{
    return QJsonObject{
        {u"id"_s, u"gen-scripted"_s},
        {u"object"_s, u"chat.completion.chunk"_s},
        {u"choices"_s, QJsonArray{}},
        {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, prompt},
                                 {u"completion_tokens"_s, completion},
                                 {u"total_tokens"_s, prompt + completion},
                                 {u"cost"_s, cost}}},
    };
}

QJsonObject ScriptedLlmServer::errorChunk(const QJsonValue& code, const QString& message)
{
    QJsonObject chunk = finishChunk(u"error"_s);
    chunk.insert(u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}});
    return chunk;
}

} // namespace harness::test
