// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Wire shapes: Convex HTTP API replies, message parts to and from Convex's validators, the
// account of an ID token.
#include "core/model/message_parts.h"
#include "core/sync/convex_http_client.h"
#include "core/sync/convex_message_codec.h"
#include "core/sync/convex_sync_socket.h"
#include "core/sync/sync_engine.h"

#include <QJsonArray>
#include <QTest>

using namespace harness::core;

class TestSyncCodec final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");

        QTest::newRow("success") << 200
                                 << QByteArray("{\"status\":\"success\",\"value\":{\"a\":1},\"logLines\":[]}")
                                 << int(ConvexResult::Kind::Ok) << QString();
        QTest::newRow("convex error")
            << 560
            << QByteArray("{\"status\":\"error\",\"errorMessage\":\"[Request ID: x] Server Error\","
                          "\"errorData\":{\"code\":\"not_found\",\"message\":\"gone\"}}")
            << int(ConvexResult::Kind::FunctionError) << QStringLiteral("not_found");
        QTest::newRow("unauthenticated function")
            << 560
            << QByteArray("{\"status\":\"error\",\"errorMessage\":\"x\",\"errorData\":{\"code\":"
                          "\"unauthenticated\"}}")
            << int(ConvexResult::Kind::Unauthenticated) << QStringLiteral("unauthenticated");
        QTest::newRow("bad token") << 401
                                   << QByteArray("{\"code\":\"Unauthenticated\",\"message\":\"expired\"}")
                                   << int(ConvexResult::Kind::Unauthenticated)
                                   << QStringLiteral("Unauthenticated");
        QTest::newRow("not found") << 404 << QByteArray("{\"code\":\"FunctionNotFound\",\"message\":\"no\"}")
                                   << int(ConvexResult::Kind::Protocol) << QStringLiteral("FunctionNotFound");
        QTest::newRow("gateway") << 502 << QByteArray("<html>bad gateway</html>")
                                 << int(ConvexResult::Kind::Network) << QString();
        QTest::newRow("not json") << 200 << QByteArray("<html>") << int(ConvexResult::Kind::Protocol)
                                  << QString();
    }
    void replies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, code);
        const auto result = ConvexHttpClient::parseReply(status, body);
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.code, code);
        if (result.ok())
            QCOMPARE(result.value.toObject().value(QStringLiteral("a")).toInt(), 1);
    }

    void partsRoundTrip()
    {
        Message m;
        m.parts.appendReasoning(QStringLiteral("why"));
        ToolCallPart asked;
        asked.callId = QStringLiteral("c1");
        asked.name = QStringLiteral("srv__tool");
        asked.arguments = QStringLiteral("{}");
        asked.server = QStringLiteral("srv");
        asked.status = ToolCallStatus::Error;
        asked.progress = ToolCallProgress{3, 0, {}};
        m.parts.set(asked);
        m.parts.set(
            ToolResultPart{QStringLiteral("c1"),
                           QStringLiteral("boom"),
                           true,
                           QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("audio")},
                                                  {QStringLiteral("mimeType"), QStringLiteral("audio/wav")},
                                                  {QStringLiteral("data"), QStringLiteral("AAAA")}},
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("resource")},
                                                  {QStringLiteral("uri"), QStringLiteral("file:///a")},
                                                  {QStringLiteral("blob"), QStringLiteral("AAAA")}}},
                           {}});
        UsagePart usage;
        usage.promptTokens = 5;
        usage.totalTokens = 9;
        m.parts.set(usage);

        const auto convex = ConvexMessageCodec::toConvex(m.parts);
        QCOMPARE(convex.parts.size(), 3);
        // Only the fields Convex's validators allow.
        const auto call = convex.parts.at(1).toObject();
        QCOMPARE(call.keys(),
                 (QStringList{QStringLiteral("arguments"), QStringLiteral("callId"), QStringLiteral("name"),
                              QStringLiteral("server"), QStringLiteral("type")}));
        const auto items = convex.parts.at(2).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(items.at(1).toObject().keys(), (QStringList{QStringLiteral("type"), QStringLiteral("uri")}));
        QCOMPARE(convex.usage.value(QStringLiteral("totalTokens")).toInt(), 9);

        Message back;
        back.parts = ConvexMessageCodec::fromConvex(convex.parts, convex.usage);
        QVERIFY(back.parts.reasoning());
        QCOMPARE(back.parts.reasoning()->text, QStringLiteral("why"));
        QCOMPARE(back.parts.toolCalls().value(0).name, QStringLiteral("srv__tool"));
        QCOMPARE(std::get<ToolCallPart>(back.parts.at(1)).status, ToolCallStatus::Error);
        QVERIFY(back.parts.toolResult(QStringLiteral("c1")));
        QCOMPARE(back.parts.toolResult(QStringLiteral("c1"))->isError, true);
        QVERIFY(std::holds_alternative<UsagePart>(back.parts.constLast()));
        QCOMPARE(std::get<UsagePart>(back.parts.constLast()).promptTokens, 5);
    }

    void accountOfToken()
    {
        const auto part = [](const QByteArray& json) {
            return QString::fromLatin1(
                json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        const QString jwt = part("{\"alg\":\"RS256\"}") + QLatin1Char('.') +
                            part("{\"iss\":\"https://issuer.example\",\"sub\":\"user_1\"}") +
                            QStringLiteral(".sig");
        QCOMPARE(SyncEngine::accountOf(jwt), QStringLiteral("https://issuer.example|user_1"));
        QCOMPARE(SyncEngine::accountOf(QStringLiteral("not-a-jwt")), QString());
    }

    void syncUrl()
    {
        QCOMPARE(ConvexSyncSocket::syncUrlFor(QUrl(QStringLiteral("https://happy-otter-123.convex.cloud"))),
                 QUrl(QStringLiteral("wss://happy-otter-123.convex.cloud/api/1.48.0/sync")));
        QCOMPARE(ConvexSyncSocket::syncUrlFor(QUrl(QStringLiteral("http://127.0.0.1:3210"))),
                 QUrl(QStringLiteral("ws://127.0.0.1:3210/api/1.48.0/sync")));
    }
};

QTEST_GUILESS_MAIN(TestSyncCodec)
#include "tst_sync_codec.moc"
