// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/llm/chat_error.h"
#include "core/llm/retry_after.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace harness::core;
using namespace Qt::StringLiterals;

class TestChatError final : public QObject {
    Q_OBJECT

private slots:
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void mapsHttpReplies_data();
    void mapsHttpReplies();
    void mapsStreamErrorObjects_data();
    void mapsStreamErrorObjects();
    void everyKindHasAMessage();
    void rateLimitMessageSaysWhenToRetry();
};

void TestChatError::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: unparsable
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("spaces") << QByteArray("  7 ") << 7;
    QTest::newRow("imf-fixdate") << QByteArray("Wed, 25 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("rfc 850") << QByteArray("Wednesday, 25-Nov-26 12:01:00 GMT") << 60;
    QTest::newRow("asctime") << QByteArray("Wed Nov 25 12:00:05 2026") << 5;
    QTest::newRow("date in the past") << QByteArray("Wed, 25 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("huge") << QByteArray("99999999999999999999999") << INT_MAX;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
}

void TestChatError::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), QTimeZone::utc());
    const std::optional<int> seconds = parseRetryAfter(value, now);
    QCOMPARE(seconds.value_or(-1), expected);
}

void TestChatError::mapsHttpReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("providerMessage");
    using K = ChatError::Kind;
    QTest::newRow("401 openrouter") << 401
                                    << QByteArray(R"({"error":{"code":401,"message":"User not found."}})")
                                    << int(K::Unauthorized) << u"User not found."_s;
    QTest::newRow("403") << 403 << QByteArray(R"({"error":{"message":"Key disabled"}})")
                         << int(K::Unauthorized) << u"Key disabled"_s;
    QTest::newRow("402") << 402
                         << QByteArray(
                                R"({"error":{"code":402,"message":"Insufficient credits","metadata":{}}})")
                         << int(K::PaymentRequired) << u"Insufficient credits"_s;
    QTest::newRow("429") << 429
                         << QByteArray(R"({"error":{"code":"rate_limit_exceeded","message":"Slow down"}})")
                         << int(K::RateLimited) << u"Slow down"_s;
    QTest::newRow("500 html") << 500 << QByteArray("<html><body>Internal   Server Error</body></html>")
                              << int(K::ServerError) << u"<html><body>Internal Server Error</body></html>"_s;
    QTest::newRow("404 ollama") << 404 << QByteArray(R"({"error":"model \"llama9\" not found"})")
                                << int(K::RequestRejected) << u"model \"llama9\" not found"_s;
}

void TestChatError::mapsHttpReplies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, providerMessage);
    const ChatError error = ChatError::fromHttpReply(u"OpenRouter"_s, status, body, 3);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.providerMessage, providerMessage);
    QCOMPARE(error.retryAfterSeconds, std::optional<int>(3));
    QVERIFY(error.userMessage().startsWith(u"OpenRouter"_s) ||
            error.userMessage().contains(u" OpenRouter "_s));
    QVERIFY2(error.userMessage().contains(providerMessage), qPrintable(error.userMessage()));
}

void TestChatError::mapsStreamErrorObjects_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<int>("kind");
    using K = ChatError::Kind;
    QTest::newRow("numeric 429") << QJsonObject{{u"code"_s, 429}, {u"message"_s, u"busy"_s}}
                                 << int(K::RateLimited);
    QTest::newRow("string 402") << QJsonObject{{u"code"_s, u"402"_s}, {u"message"_s, u"broke"_s}}
                                << int(K::PaymentRequired);
    QTest::newRow("502 mid-stream") << QJsonObject{{u"code"_s, 502}, {u"message"_s, u"upstream"_s}}
                                    << int(K::StreamError);
    QTest::newRow("text code") << QJsonObject{{u"code"_s, u"server_error"_s}, {u"message"_s, u"x"_s}}
                               << int(K::StreamError);
}

void TestChatError::mapsStreamErrorObjects()
{
    QFETCH(QJsonObject, object);
    QFETCH(int, kind);
    const ChatError error = ChatError::fromErrorObject(u"P"_s, object);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.providerMessage, object.value(u"message").toString());
}

void TestChatError::everyKindHasAMessage()
{
    QSet<QString> messages;
    QSet<QString> names;
    for (int k = int(ChatError::Kind::Unauthorized); k <= int(ChatError::Kind::Stopped); ++k) {
        ChatError error;
        error.kind = ChatError::Kind(k);
        error.providerName = u"Prov"_s;
        error.httpStatus = 500;
        error.stallSeconds = 90;
        const QString message = error.userMessage();
        QVERIFY(!message.isEmpty());
        messages.insert(message);
        names.insert(ChatError::kindName(error.kind));
    }
    const int kinds = int(ChatError::Kind::Stopped) - int(ChatError::Kind::Unauthorized) + 1;
    QCOMPARE(messages.size(), kinds); // each failure reads differently
    QCOMPARE(names.size(), kinds);
    QVERIFY(ChatError{}.userMessage().isEmpty());
}

void TestChatError::rateLimitMessageSaysWhenToRetry()
{
    ChatError error = ChatError::fromHttpReply(u"OpenRouter"_s, 429, {}, 120);
    QVERIFY2(error.userMessage().contains(u"120 second"_s), qPrintable(error.userMessage()));
    error.retryAfterSeconds = 0;
    QVERIFY(!error.userMessage().contains(u"0 second"_s));
    QVERIFY(error.userMessage().contains(u"Wait a moment"_s));
    error.retryAfterSeconds.reset();
    QVERIFY(error.userMessage().contains(u"Wait a moment"_s));
}

QTEST_GUILESS_MAIN(TestChatError)
#include "tst_chat_error.moc"
