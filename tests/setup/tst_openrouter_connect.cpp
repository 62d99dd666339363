// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// "Connect OpenRouter" end to end against a local fake of OpenRouter's two endpoints: the /auth page
// redirects the test "browser" (a QNetworkAccessManager following redirects) to the app's loopback
// listener with a code, and /api/v1/auth/keys hands out a key only for the right PKCE verifier.
#include "core/auth/pkce.h"
#include "core/setup/openrouter_connect.h"
#include "support/scripted_llm_server.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace harness::core;
using harness::test::RecordedRequest;
using harness::test::ScriptedLlmServer;
using Response = ScriptedLlmServer::Response;

namespace {

/// A fake OpenRouter: remembers the challenge of the last /auth visit and checks the exchange.
struct FakeOpenRouter {
    ScriptedLlmServer server;
    QByteArray challenge;
    QUrl callback;
    QString redirectQuery = QStringLiteral("code=%1").arg(QStringLiteral("auth-code-42"));
    int keyStatus = 200;

    FakeOpenRouter()
    {
        server.setHandler([this](const RecordedRequest& request) {
            const QUrl url(QString::fromLatin1(request.path));
            if (request.method == "GET" && url.path() == QLatin1String("/auth")) {
                const QUrlQuery query(url);
                challenge =
                    query.queryItemValue(QStringLiteral("code_challenge"), QUrl::FullyDecoded).toLatin1();
                callback = QUrl(query.queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded));
                if (query.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
                    return Response::error(400, QStringLiteral("S256 expected"));
                QUrl target = callback;
                target.setQuery(redirectQuery);
                return Response::json(302, {}).header("Location", target.toEncoded());
            }
            if (request.method == "POST" && url.path() == QLatin1String("/api/v1/auth/keys")) {
                const auto body = request.json();
                const QByteArray verifier = body.value(QStringLiteral("code_verifier")).toString().toLatin1();
                if (body.value(QStringLiteral("code")).toString() != QLatin1String("auth-code-42") ||
                    body.value(QStringLiteral("code_challenge_method")).toString() != QLatin1String("S256") ||
                    pkce::s256Challenge(verifier) != challenge)
                    return Response::error(403, QStringLiteral("Invalid code or verifier"));
                if (keyStatus != 200)
                    return Response::error(keyStatus, QStringLiteral("Internal error"));
                return Response::json(200, "{\"key\":\"sk-or-v1-from-pkce\",\"user_id\":\"user_1\"}");
            }
            return Response::error(404, QStringLiteral("no such page"));
        });
    }
    bool listen() { return server.listen(); }
    OpenRouterConnect::Endpoints endpoints() const
    {
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        OpenRouterConnect::Endpoints e;
        e.authUrl = QUrl(base + QStringLiteral("/auth"));
        e.keysUrl = QUrl(base + QStringLiteral("/api/v1/auth/keys"));
        return e;
    }
};

/// The user's browser: visits the URL and follows redirects to the app's loopback page.
struct Browser {
    QNetworkAccessManager network;
    int lastStatus = 0;
    QByteArray lastPage;
    QUrl lastUrl;
    int visits = 0;

    OpenRouterConnect::BrowserOpener opener()
    {
        return [this](const QUrl& url) {
            ++visits;
            QNetworkReply* reply = network.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, &network, [this, reply] {
                lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                lastPage = reply->readAll();
                lastUrl = reply->url();
                reply->deleteLater();
            });
            return true;
        };
    }
};

} // namespace

class TestOpenRouterConnect final : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void connectsAndReceivesAKey()
    {
        FakeOpenRouter fake;
        QVERIFY(fake.listen());
        Browser browser;
        OpenRouterConnect connect(m_network, fake.endpoints());
        QSignalSpy key(&connect, &OpenRouterConnect::keyReceived);
        QSignalSpy failed(&connect, &OpenRouterConnect::failed);
        QSignalSpy opened(&connect, &OpenRouterConnect::browserOpened);
        connect.start(browser.opener());
        QVERIFY(connect.isRunning());
        QCOMPARE(opened.size(), 1);
        QVERIFY(key.wait(15'000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(key.at(0).at(0).toString(), QStringLiteral("sk-or-v1-from-pkce"));
        QVERIFY(!connect.isRunning());
        // The callback is a one-shot loopback listener on 127.0.0.1 with an ephemeral port.
        QCOMPARE(fake.callback.scheme(), QStringLiteral("http"));
        QCOMPARE(fake.callback.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(fake.callback.port() > 0 && fake.callback.port() != fake.server.port());
        QCOMPARE(fake.challenge.size(), 43); // base64url of a SHA-256, no padding
        // The browser ends on the app's friendly page.
        QTRY_COMPARE(browser.lastStatus, 200);
        QCOMPARE(browser.lastUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(browser.lastPage.contains("close this tab"));
        // Exactly one exchange, and the verifier never travelled in the browser's URL.
        int posts = 0;
        for (const auto& request : fake.server.requests()) {
            if (request.method == "POST")
                ++posts;
            else
                QVERIFY(!request.path.contains("verifier"));
        }
        QCOMPARE(posts, 1);
    }

    void deniedConsentIsReported()
    {
        FakeOpenRouter fake;
        fake.redirectQuery = QStringLiteral("error=access_denied");
        QVERIFY(fake.listen());
        Browser browser;
        OpenRouterConnect connect(m_network, fake.endpoints());
        QSignalSpy failed(&connect, &OpenRouterConnect::failed);
        QSignalSpy key(&connect, &OpenRouterConnect::keyReceived);
        connect.start(browser.opener());
        QVERIFY(failed.wait(15'000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("access_denied")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(key.size(), 0);
    }

    void refusedExchangeIsReported()
    {
        FakeOpenRouter fake;
        fake.keyStatus = 500;
        QVERIFY(fake.listen());
        Browser browser;
        OpenRouterConnect connect(m_network, fake.endpoints());
        QSignalSpy failed(&connect, &OpenRouterConnect::failed);
        connect.start(browser.opener());
        QVERIFY(failed.wait(15'000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("HTTP 500")) &&
                     message.contains(QLatin1String("Internal error")),
                 qPrintable(message));
    }

    void forgedCodeDoesNotGiveAKey()
    {
        FakeOpenRouter fake;
        fake.redirectQuery = QStringLiteral("code=someone-elses-code");
        QVERIFY(fake.listen());
        Browser browser;
        OpenRouterConnect connect(m_network, fake.endpoints());
        QSignalSpy failed(&connect, &OpenRouterConnect::failed);
        QSignalSpy key(&connect, &OpenRouterConnect::keyReceived);
        connect.start(browser.opener());
        QVERIFY(failed.wait(15'000));
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("refused")));
        QCOMPARE(key.size(), 0);
    }

    void userWhoNeverComesBackTimesOut()
    {
        FakeOpenRouter fake;
        QVERIFY(fake.listen());
        OpenRouterConnect connect(m_network, fake.endpoints());
        connect.setTimeout(std::chrono::milliseconds(200));
        QSignalSpy failed(&connect, &OpenRouterConnect::failed);
        connect.start([](const QUrl&) { return true; });
        QVERIFY(failed.wait(15'000));
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("try again")));
        QVERIFY(!connect.isRunning());
    }

    void cancelStopsAndClosesThePort()
    {
        FakeOpenRouter fake;
        QVERIFY(fake.listen());
        OpenRouterConnect connect(m_network, fake.endpoints());
        QSignalSpy failed(&connect, &OpenRouterConnect::failed);
        QUrl opened;
        connect.start([&opened](const QUrl& url) {
            opened = url;
            return true;
        });
        const QUrl callback(
            QUrlQuery(opened).queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded));
        QVERIFY(callback.port() > 0);
        connect.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("cancelled")));
        // Nothing listens on the callback port any more.
        QNetworkAccessManager browser;
        QNetworkReply* reply = browser.get(QNetworkRequest(callback));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        delete reply;
    }

    void noBrowserShowsTheAddress()
    {
        FakeOpenRouter fake;
        QVERIFY(fake.listen());
        OpenRouterConnect connect(m_network, fake.endpoints());
        QSignalSpy failed(&connect, &OpenRouterConnect::failed);
        connect.start([](const QUrl&) { return false; });
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("/auth?callback_url=")));
    }
};

QTEST_GUILESS_MAIN(TestOpenRouterConnect)
#include "tst_openrouter_connect.moc"
