// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Configuration, discovery document checks and the user-facing error messages.
#include "core/auth/auth_error.h"
#include "core/auth/oidc_config.h"
#include "core/auth/provider_metadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace harness::core;

namespace {

QJsonObject discovery(const QString& issuer)
{
    return {{QStringLiteral("issuer"), issuer},
            {QStringLiteral("authorization_endpoint"), QString(issuer + QLatin1String("/authorize"))},
            {QStringLiteral("token_endpoint"), QString(issuer + QLatin1String("/oauth/token"))},
            {QStringLiteral("jwks_uri"), QString(issuer + QLatin1String("/.well-known/jwks.json"))},
            {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}};
}

} // namespace

class TestAuthConfig final : public QObject {
    Q_OBJECT

private slots:
    void endpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("https") << QStringLiteral("https://id.example.com") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http remote") << QStringLiteral("http://id.example.com") << false;
        QTest::newRow("http private network") << QStringLiteral("http://192.168.1.2") << false;
        QTest::newRow("user info") << QStringLiteral("https://user@id.example.com") << false;
        QTest::newRow("fragment") << QStringLiteral("https://id.example.com/#x") << false;
        QTest::newRow("other scheme") << QStringLiteral("ftp://id.example.com") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void endpoints()
    {
        QFETCH(QString, url);
        QFETCH(bool, acceptable);
        QCOMPARE(OidcConfig::isAcceptableEndpoint(QUrl(url)), acceptable);
    }

    void configValidation()
    {
        OidcConfig config = OidcConfig::defaults();
        QVERIFY2(config.validate().isEmpty(), qPrintable(config.validate()));
        QVERIFY(config.scopes.contains(QStringLiteral("openid")));
        config.scopes = {QStringLiteral("email")};
        QVERIFY(!config.validate().isEmpty());
        config = OidcConfig::defaults();
        config.clientId = QStringLiteral("  ");
        QVERIFY(!config.validate().isEmpty());
        config = OidcConfig::defaults();
        config.issuer = QUrl(QStringLiteral("http://id.example.com"));
        QVERIFY(!config.validate().isEmpty());
    }

    void discoveryUrl()
    {
        QCOMPARE(ProviderMetadata::discoveryUrl(QUrl(QStringLiteral("https://id.example.com"))),
                 QUrl(QStringLiteral("https://id.example.com/.well-known/openid-configuration")));
        QCOMPARE(ProviderMetadata::discoveryUrl(QUrl(QStringLiteral("https://id.example.com/tenant/"))),
                 QUrl(QStringLiteral("https://id.example.com/tenant/.well-known/openid-configuration")));
    }

    void metadata_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("issuerMismatch");
        const QString issuer = QStringLiteral("https://id.example.com");
        const QJsonObject good = discovery(issuer);
        QTest::newRow("good") << good << true << false;
        QTest::newRow("other issuer")
            << discovery(QStringLiteral("https://evil.example.com")) << false << true;
        QTest::newRow("issuer with slash") << discovery(QString(issuer + QLatin1Char('/'))) << false << true;
        QJsonObject noJwks = good;
        noJwks.remove(QStringLiteral("jwks_uri"));
        QTest::newRow("no jwks_uri") << noJwks << false << false;
        QJsonObject httpToken = good;
        httpToken.insert(QStringLiteral("token_endpoint"), QStringLiteral("http://id.example.com/token"));
        QTest::newRow("token endpoint over http") << httpToken << false << false;
        QJsonObject plainOnly = good;
        plainOnly.insert(QStringLiteral("code_challenge_methods_supported"),
                         QJsonArray{QStringLiteral("plain")});
        QTest::newRow("no S256") << plainOnly << false << false;
    }
    void metadata()
    {
        QFETCH(QJsonObject, document);
        QFETCH(bool, ok);
        QFETCH(bool, issuerMismatch);
        QString error;
        bool mismatch = false;
        const auto meta = ProviderMetadata::fromJson(
            QJsonDocument(document).toJson(), QStringLiteral("https://id.example.com"), &error, &mismatch);
        QCOMPARE(error.isEmpty(), ok);
        QCOMPARE(mismatch, issuerMismatch);
        if (ok)
            QCOMPARE(meta.jwksUri, QUrl(QStringLiteral("https://id.example.com/.well-known/jwks.json")));
    }

    void flowErrorsHaveDistinctMessages()
    {
        using K = AuthError::Kind;
        QSet<QString> messages;
        for (const K kind :
             {K::Cancelled, K::TimedOut, K::AccessDenied, K::StateMismatch, K::ProviderUnreachable,
              K::DiscoveryIssuerMismatch, K::BrowserUnavailable, K::SessionExpired}) {
            const QString message = AuthError(kind).message();
            QVERIFY(!message.isEmpty());
            messages.insert(message);
        }
        QCOMPARE(messages.size(), 8);
        QVERIFY(AuthError().message().isEmpty());
        QVERIFY(!AuthError());
    }
};

QTEST_GUILESS_MAIN(TestAuthConfig)
#include "tst_auth_config.moc"
