// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/remote_image_loader.h"
#include "support/image_http_server.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using harness::core::RemoteImageLoader;
using harness::test::ImageHttpServer;

class TestRemoteImageLoader : public QObject {
    Q_OBJECT

    static RemoteImageLoader::Result await(RemoteImageLoader& loader, const QUrl& url)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(loader.state(url) != RemoteImageLoader::State::Loading, 15000);
        }();
        return loader.result(url);
    }

private Q_SLOTS:
    void loadsAnImageOnceAndKeepsIt()
    {
        ImageHttpServer server;
        QNetworkAccessManager network;
        RemoteImageLoader loader(network);
        const QUrl url = server.url(QStringLiteral("/ok.png"));
        QCOMPARE(loader.state(url), RemoteImageLoader::State::None);
        QCOMPARE(server.totalHits(), 0);
        QVERIFY(loader.load(url));
        QCOMPARE(loader.state(url), RemoteImageLoader::State::Loading);
        const auto result = await(loader, url);
        QCOMPARE(result.state, RemoteImageLoader::State::Loaded);
        QCOMPARE(result.data, ImageHttpServer::png());
        QCOMPARE(result.mimeType, QStringLiteral("image/png"));
        QVERIFY(loader.load(url)); // cached: no second request
        QCOMPARE(loader.state(url), RemoteImageLoader::State::Loaded);
        QCOMPARE(server.hits.value(QStringLiteral("/ok.png")), 1);
    }

    void followsRedirectsToHttp()
    {
        ImageHttpServer server;
        QNetworkAccessManager network;
        RemoteImageLoader loader(network);
        const auto result = [&] {
            loader.load(server.url(QStringLiteral("/to-ok")));
            return await(loader, server.url(QStringLiteral("/to-ok")));
        }();
        QCOMPARE(result.state, RemoteImageLoader::State::Loaded);
        QCOMPARE(server.hits.value(QStringLiteral("/ok.png")), 1);
    }

    void reportsHttpErrors()
    {
        ImageHttpServer server;
        QNetworkAccessManager network;
        RemoteImageLoader loader(network);
        const QUrl url = server.url(QStringLiteral("/missing"));
        loader.load(url);
        const auto result = await(loader, url);
        QCOMPARE(result.state, RemoteImageLoader::State::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("404")), qPrintable(result.error));
        QVERIFY(result.data.isEmpty());
        // A failure may be retried on request.
        loader.load(url);
        await(loader, url);
        QCOMPARE(server.hits.value(QStringLiteral("/missing")), 2);
    }

    void refusesTooLargeImages()
    {
        ImageHttpServer server;
        QNetworkAccessManager network;
        RemoteImageLoader loader(network);
        // Announced by Content-Length.
        const QUrl announced = server.url(QStringLiteral("/big.png"));
        loader.load(announced);
        auto result = await(loader, announced);
        QCOMPARE(result.state, RemoteImageLoader::State::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("larger than")), qPrintable(result.error));
        // Without a length: cut off while it arrives.
        loader.setMaxBytes(16 * 1024);
        const QUrl streamed = server.url(QStringLiteral("/stream.png"));
        loader.load(streamed);
        result = await(loader, streamed);
        QCOMPARE(result.state, RemoteImageLoader::State::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("larger than")), qPrintable(result.error));
        QVERIFY(result.data.isEmpty());
    }

    void refusesWhatIsNotAnImage()
    {
        ImageHttpServer server;
        QNetworkAccessManager network;
        RemoteImageLoader loader(network);
        const QUrl url = server.url(QStringLiteral("/page.html"));
        loader.load(url);
        const auto result = await(loader, url);
        QCOMPARE(result.state, RemoteImageLoader::State::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("not return an image")), qPrintable(result.error));
    }

    void refusesRedirectsAwayFromHttp()
    {
        ImageHttpServer server;
        QNetworkAccessManager network;
        RemoteImageLoader loader(network);
        const QUrl url = server.url(QStringLiteral("/to-file"));
        loader.load(url);
        const auto result = await(loader, url);
        QCOMPARE(result.state, RemoteImageLoader::State::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("redirect")), qPrintable(result.error));
        QVERIFY(result.data.isEmpty());
    }

    void givesUpOnASilentServer()
    {
        ImageHttpServer server;
        QNetworkAccessManager network;
        RemoteImageLoader loader(network);
        loader.setTimeout(300);
        const QUrl url = server.url(QStringLiteral("/hang"));
        loader.load(url);
        const auto result = await(loader, url);
        QCOMPARE(result.state, RemoteImageLoader::State::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("in time")), qPrintable(result.error));
    }

    void refusesOtherSchemesAndReportsOffline()
    {
        QNetworkAccessManager network;
        RemoteImageLoader loader(network);
        const QUrl file(QStringLiteral("file:///etc/passwd"));
        QVERIFY(!loader.load(file));
        QCOMPARE(loader.state(file), RemoteImageLoader::State::Failed);
        QVERIFY(loader.result(file).error.contains(QStringLiteral("http")));
        // Nothing listens on this port: the connection is refused.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/x.png").arg(closed.serverPort()));
        closed.close();
        loader.load(url);
        const auto result = await(loader, url);
        QCOMPARE(result.state, RemoteImageLoader::State::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("could not be downloaded")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestRemoteImageLoader)
#include "tst_remote_image_loader.moc"
