// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Wire shapes: Convex HTTP API replies, messages to and from the web's documents (as the web's
// FastAPI backend saves them), the message digest of the desktop module, the account of an ID token.
#include "core/sync/convex_http_client.h"
#include "core/sync/convex_sync_socket.h"
#include "core/sync/sync_engine.h"
#include "core/sync/web_digest.h"
#include "core/sync/web_message_codec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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

    void assistantMessagesAreSavedLikeTheWebBackendSavesThem_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("interrupted");
        QTest::addColumn<QString>("reason");
        QTest::newRow("complete") << int(MessageStatus::Complete) << QString() << false << QString();
        QTest::newRow("stopped") << int(MessageStatus::Stopped) << QString() << true << QString();
        QTest::newRow("error") << int(MessageStatus::Error) << QStringLiteral("Upstream service error (502)")
                               << true << QStringLiteral("Upstream service error (502)");
        QTest::newRow("interrupted") << int(MessageStatus::Interrupted) << QString() << true
                                     << QStringLiteral("Interrupted");
    }
    void assistantMessagesAreSavedLikeTheWebBackendSavesThem()
    {
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(bool, interrupted);
        QFETCH(QString, reason);
        Message m;
        m.role = MessageRole::Assistant;
        m.content = QStringLiteral("It is sunny.");
        m.status = MessageStatus(status);
        m.error = error;
        m.model = QStringLiteral("anthropic/claude-sonnet-4.6");
        m.parts.appendReasoning(QStringLiteral("Look it up."));
        ToolCallPart asked;
        asked.callId = QStringLiteral("c1");
        asked.name = QStringLiteral("weather__now");
        asked.arguments = QStringLiteral("{\"city\":\"Lisbon\"}");
        asked.status = ToolCallStatus::Done;
        m.parts.set(asked);
        m.parts.set(ToolResultPart{QStringLiteral("c1"), QStringLiteral("22 °C"), false, {}, {}});
        UsagePart usage;
        usage.promptTokens = 12;
        usage.completionTokens = 30;
        usage.totalTokens = 42;
        usage.reasoningTokens = 7;
        usage.cost = 0.0021;
        m.parts.set(usage);

        const QJsonObject web = WebMessageCodec::toWeb(m);
        QCOMPARE(web.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        // The web's invariant: content == the join of the text parts.
        QCOMPARE(web.value(QStringLiteral("content")).toString(), m.content);
        const QJsonArray parts = web.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("reasoning"));
        QCOMPARE(parts.at(1).toObject().value(QStringLiteral("content")).toString(), m.content);
        const QJsonObject call = parts.at(2).toObject();
        QCOMPARE(call.value(QStringLiteral("tool")).toString(), QStringLiteral("weather__now"));
        QCOMPARE(call.value(QStringLiteral("call_id")).toString(), QStringLiteral("c1"));
        QCOMPARE(call.value(QStringLiteral("arguments")).toObject().value(QStringLiteral("city")).toString(),
                 QStringLiteral("Lisbon"));
        QCOMPARE(call.value(QStringLiteral("result")).toString(), QStringLiteral("22 °C"));
        QCOMPARE(web.value(QStringLiteral("toolCalls")).toArray().size(), 1);
        QCOMPARE(web.value(QStringLiteral("reasoning")).toString(), QStringLiteral("Look it up."));
        const QJsonObject webUsage = web.value(QStringLiteral("usage")).toObject();
        QCOMPARE(webUsage.keys(),
                 (QStringList{QStringLiteral("completionTokens"), QStringLiteral("cost"),
                              QStringLiteral("promptTokens"), QStringLiteral("totalTokens")}));
        QCOMPARE(webUsage.value(QStringLiteral("totalTokens")).toInt(), 42);
        QCOMPARE(web.value(QStringLiteral("model")).toString(), m.model);
        QCOMPARE(web.value(QStringLiteral("interrupted")).toBool(), interrupted);
        QCOMPARE(web.value(QStringLiteral("interruptionReason")).toString(), reason);

        // And back: what another desktop stores for it.
        QJsonObject doc = web;
        doc.insert(QStringLiteral("_id"), QStringLiteral("m1"));
        doc.insert(QStringLiteral("_creationTime"), 1700000000000.5);
        const Message back = WebMessageCodec::fromWeb(doc);
        QCOMPARE(back.content, m.content);
        QCOMPARE(back.status, m.status == MessageStatus::Interrupted ? MessageStatus::Error : m.status);
        QCOMPARE(back.error, m.status == MessageStatus::Interrupted ? QStringLiteral("Interrupted") : error);
        QCOMPARE(back.model, m.model);
        QCOMPARE(back.createdAt, 1700000000000);
        QVERIFY(back.parts.reasoning());
        QCOMPARE(back.parts.reasoning()->text, QStringLiteral("Look it up."));
        QCOMPARE(back.parts.toolCalls().value(0).name, QStringLiteral("weather__now"));
        QCOMPARE(back.parts.toolCalls().value(0).status, ToolCallStatus::Done);
        QVERIFY(back.parts.toolResult(QStringLiteral("c1")));
        QCOMPARE(back.parts.toolResult(QStringLiteral("c1"))->content, QStringLiteral("22 °C"));
    }

    void webAnswersOfSeveralRoundsKeepEveryText()
    {
        // The web's default path stores the last round's text as content; its parts hold them all.
        const QJsonObject doc{
            {QStringLiteral("_id"), QStringLiteral("m2")},
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"), QStringLiteral("Done.")},
            {QStringLiteral("parts"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("content"), QStringLiteral("Let me check. ")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_call")},
                                    {QStringLiteral("tool"), QStringLiteral("files__read")},
                                    {QStringLiteral("arguments"),
                                     QJsonObject{{QStringLiteral("path"), QStringLiteral("a")}}},
                                    {QStringLiteral("call_id"), QStringLiteral("x")},
                                    {QStringLiteral("result"), QStringLiteral("text of a")},
                                    {QStringLiteral("status"), QStringLiteral("failed")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("content"), QStringLiteral("Done.")}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("promptTokens"), 5},
                                                  {QStringLiteral("completionTokens"), 2},
                                                  {QStringLiteral("totalTokens"), 7}}}};
        const Message m = WebMessageCodec::fromWeb(doc);
        QCOMPARE(m.content, QStringLiteral("Let me check. Done."));
        QCOMPARE(m.parts.toolCalls().value(0).arguments, QStringLiteral("{\"path\":\"a\"}"));
        QCOMPARE(m.parts.toolCalls().value(0).status, ToolCallStatus::Error);
        QVERIFY(m.parts.toolResult(QStringLiteral("x")));
        QVERIFY(m.parts.toolResult(QStringLiteral("x"))->isError);
        QVERIFY(std::holds_alternative<UsagePart>(m.parts.constLast()));
        QCOMPARE(std::get<UsagePart>(m.parts.constLast()).totalTokens, 7);

        // Older web messages have only the legacy fields.
        const QJsonObject legacy{{QStringLiteral("role"), QStringLiteral("assistant")},
                                 {QStringLiteral("content"), QStringLiteral("ok")},
                                 {QStringLiteral("reasoning"), QStringLiteral("hm")},
                                 {QStringLiteral("toolCalls"),
                                  QJsonArray{QJsonObject{{QStringLiteral("tool"), QStringLiteral("t")},
                                                         {QStringLiteral("arguments"), QJsonObject{}},
                                                         {QStringLiteral("call_id"), QStringLiteral("y")},
                                                         {QStringLiteral("result"), QStringLiteral("r")}}}}};
        const Message old = WebMessageCodec::fromWeb(legacy);
        QCOMPARE(old.content, QStringLiteral("ok"));
        QVERIFY(old.parts.reasoning());
        QCOMPARE(old.parts.reasoning()->text, QStringLiteral("hm"));
        QCOMPARE(old.parts.toolCalls().size(), 1);
        QCOMPARE(old.status, MessageStatus::Complete);
    }

    void userMessagesCarryOnlyTheirText()
    {
        Message m;
        m.role = MessageRole::User;
        m.content = QStringLiteral("Hi");
        QCOMPARE(WebMessageCodec::toWeb(m), (QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                         {QStringLiteral("content"), QStringLiteral("Hi")}}));
        QVERIFY(!WebMessageCodec::travels(MessageRole::Tool));
        QVERIFY(!WebMessageCodec::travels(MessageRole::System));
    }

    void digests_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fnv");
        // FNV-1a 64 reference values.
        QTest::newRow("empty") << QByteArray() << QStringLiteral("cbf29ce484222325");
        QTest::newRow("a") << QByteArray("a") << QStringLiteral("af63dc4c8601ec8c");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("85944171f73967e8");
    }
    void digests()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fnv);
        QCOMPARE(WebDigest::fnv1a64(text), fnv);
    }

    void digestsMatchTheModulesVectors_data()
    {
        // The module's own test vectors (tests/convex/digest-vectors.json, checked against its
        // TypeScript by hash.test.ts): the same hash and digest bytes on both sides.
        QTest::addColumn<QJsonArray>("messages");
        QTest::addColumn<QJsonArray>("versions");
        QTest::addColumn<QString>("digest");
        QFile file(qEnvironmentVariable("HARNESS_SOURCE_DIR") +
                   QStringLiteral("/tests/convex/digest-vectors.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const auto vectors = QJsonDocument::fromJson(file.readAll()).object();
        for (const auto& value : vectors.value(QStringLiteral("digests")).toArray()) {
            const auto v = value.toObject();
            QTest::newRow(qPrintable(v.value(QStringLiteral("name")).toString()))
                << v.value(QStringLiteral("messages")).toArray()
                << v.value(QStringLiteral("versions")).toArray()
                << v.value(QStringLiteral("digest")).toString();
        }
        for (const auto& value : vectors.value(QStringLiteral("documents")).toArray()) {
            const auto d = value.toObject();
            QCOMPARE(WebDigest::fnv1a64(d.value(QStringLiteral("canonical")).toString().toUtf8()),
                     d.value(QStringLiteral("h")).toString());
        }
    }
    void digestsMatchTheModulesVectors()
    {
        QFETCH(QJsonArray, messages);
        QFETCH(QJsonArray, versions);
        QFETCH(QString, digest);
        const auto entries = [](const QJsonArray& rows) {
            QList<WebDigest::Entry> out;
            for (const auto& row : rows)
                out.append({row.toObject().value(QStringLiteral("id")).toString(),
                            row.toObject().value(QStringLiteral("h")).toString()});
            return out;
        };
        QCOMPARE(WebDigest::ofConversation(entries(messages), entries(versions)), digest);
    }

    void conversationDigestFollowsTheProtocol()
    {
        QCOMPARE(WebDigest::ofConversation({}, {}), QStringLiteral("0000000000000000"));
        QCOMPARE(WebDigest::ofConversation({{QStringLiteral("m1"), QStringLiteral("00000000000000aa")},
                                            {QStringLiteral("m2"), QStringLiteral("00000000000000bb")}},
                                           {{QStringLiteral("v1"), QStringLiteral("00000000000000cc")}}),
                 WebDigest::fnv1a64("m1:00000000000000aa\nm2:00000000000000bb\nv:v1:00000000000000cc\n"));
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
