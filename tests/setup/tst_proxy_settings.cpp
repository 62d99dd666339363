// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The network proxy: kept in local_settings, survives reopening the store, applied app-wide.
#include "core/setup/proxy_settings.h"
#include "core/store/local_settings_repository.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace harness::core;

class TestProxySettings final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("harness.db")); }

private Q_SLOTS:
    void localSettingsKeepValuesAcrossReopen()
    {
        {
            Store store(dbPath());
            QVERIFY(!store.open());
            QCOMPARE(store.localSettings().value(QStringLiteral("a.b"), QStringLiteral("fallback")).value,
                     QStringLiteral("fallback"));
            QVERIFY(!store.localSettings().setValue(QStringLiteral("a.b"), QStringLiteral("one")));
            QVERIFY(!store.localSettings().setValue(QStringLiteral("a.b"), QStringLiteral("two")));
            QVERIFY(!store.localSettings().setValue(QStringLiteral("a_c"), QStringLiteral("three")));
            QVERIFY(store.localSettings().setValue(QString(), QStringLiteral("x")));
        }
        Store store(dbPath());
        QVERIFY(!store.open());
        QCOMPARE(store.localSettings().value(QStringLiteral("a.b")).value, QStringLiteral("two"));
        // The prefix is literal: '_' is not a wildcard.
        QCOMPARE(store.localSettings().values(QStringLiteral("a.")).value.keys(),
                 QStringList{QStringLiteral("a.b")});
        QVERIFY(!store.localSettings().remove(QStringLiteral("a.b")));
        QVERIFY(!store.localSettings().remove(QStringLiteral("a.b")));
        QCOMPARE(store.localSettings().value(QStringLiteral("a.b")).value, QString());
    }

    void manualProxySurvivesRestartAndHoldsNoPassword()
    {
        ProxySettings manual;
        manual.mode = ProxySettings::Mode::Manual;
        manual.type = ProxySettings::Type::Socks5;
        manual.host = QStringLiteral(" proxy.example.com ");
        manual.port = 1080;
        manual.user = QStringLiteral("alice");
        {
            Store store(dbPath());
            QVERIFY(!store.open());
            QCOMPARE(ProxySettings::load(store).value.mode, ProxySettings::Mode::System); // the default
            QVERIFY(!manual.save(store));
        }
        Store store(dbPath());
        QVERIFY(!store.open());
        const auto loaded = ProxySettings::load(store);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value.mode, ProxySettings::Mode::Manual);
        QCOMPARE(loaded.value.type, ProxySettings::Type::Socks5);
        QCOMPARE(loaded.value.host, QStringLiteral("proxy.example.com"));
        QCOMPARE(loaded.value.port, quint16(1080));
        QCOMPARE(loaded.value.user, QStringLiteral("alice"));
        for (const auto& value : store.localSettings().values().value)
            QVERIFY(!value.contains(QLatin1String("secret")));
    }

    void incompleteManualProxyIsRefused()
    {
        Store store(dbPath());
        QVERIFY(!store.open());
        ProxySettings s;
        s.mode = ProxySettings::Mode::Manual;
        const auto error = s.save(store);
        QCOMPARE(error.kind, StoreError::Kind::Invalid);
        QVERIFY(s.problem().contains(QLatin1String("host")));
        s.host = QStringLiteral("http://proxy/");
        QVERIFY(s.problem().contains(QLatin1String("without http://")));
    }

    void appliedToTheWholeApp()
    {
        ProxySettings s;
        s.mode = ProxySettings::Mode::Manual;
        s.host = QStringLiteral("proxy.example.com");
        s.port = 3128;
        s.user = QStringLiteral("bob");
        s.applyToApplication(QStringLiteral("secret"));
        QNetworkProxy proxy = QNetworkProxy::applicationProxy();
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(proxy.port(), quint16(3128));
        QCOMPARE(proxy.user(), QStringLiteral("bob"));
        QCOMPARE(proxy.password(), QStringLiteral("secret"));

        s.mode = ProxySettings::Mode::None;
        s.applyToApplication();
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
        const auto none = QNetworkProxyFactory::proxyForQuery(
            QNetworkProxyQuery(QUrl(QStringLiteral("https://openrouter.ai"))));
        QVERIFY(!none.isEmpty());
        QCOMPARE(none.first().type(), QNetworkProxy::NoProxy);

        s.mode = ProxySettings::Mode::System;
        s.applyToApplication();
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    }
};

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxy_settings.moc"
