// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Sign-in against a real OpenID provider (oidc-provider, tests/auth/oidc_peer.mjs) on 127.0.0.1.
#include "core/auth/auth_session.h"
#include "core/secrets/memory_secret_store.h"
#include "oidc_peer.h"
#include "support/peer_requirement.h"
#include "support/secret_io.h"
#include "support/wait_until.h"
#include "test_browser.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

using namespace harness::core;
using harness::test::OidcPeer;
using harness::test::readSecret;
using harness::test::TestBrowser;
using harness::test::waitUntil;

namespace {

constexpr int kWaitMs = 30'000;

} // namespace

Q_DECLARE_METATYPE(harness::core::AuthError::Kind)

class TestAuthSignIn final : public QObject {
    Q_OBJECT

private:
    OidcConfig configFor(const OidcPeer& peer) const
    {
        OidcConfig config;
        config.issuer = peer.issuer();
        config.clientId = peer.clientId();
        config.scopes = OidcConfig::defaultScopes();
        return config;
    }
    std::unique_ptr<AuthSession> makeSession(const OidcConfig& config)
    {
        auto session = std::make_unique<AuthSession>(config, &m_secrets, &m_network);
        session->setRequestTimeout(20'000);
        return session;
    }
    /// Runs one sign-in; returns the error (Kind::None on success).
    AuthError runSignIn(AuthSession& session, OidcSignIn::BrowserOpener opener)
    {
        QSignalSpy signedIn(&session, &AuthSession::signedIn);
        QSignalSpy failed(&session, &AuthSession::errorOccurred);
        session.signIn(std::move(opener));
        if (!waitUntil([&] { return signedIn.count() + failed.count() > 0; }))
            return AuthError(AuthError::Kind::ProviderError, QStringLiteral("test: no answer"));
        if (!failed.isEmpty())
            return failed.first().first().value<AuthError>();
        return {};
    }
    bool keychainEmpty(const AuthSession& session)
    {
        for (const QString& key : session.secretKeys()) {
            if (readSecret(m_secrets, key).status != SecretResult::Status::NotFound)
                return false;
        }
        return true;
    }

    OidcPeer m_peer;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(OidcPeer::missing());
        QVERIFY2(m_peer.start(), qPrintable(m_peer.error()));
    }

    void init() { QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("reset"), true}})); }

    void signInSucceeds_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << QStringLiteral("RS256");
        QTest::newRow("ES256") << QStringLiteral("ES256");
        QTest::newRow("EdDSA") << QStringLiteral("EdDSA");
    }
    void signInSucceeds()
    {
        QFETCH(QString, alg);
        OidcPeer peer;
        QVERIFY2(peer.start({QStringLiteral("--alg"), alg}), qPrintable(peer.error()));
        auto session = makeSession(configFor(peer));
        QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
        TestBrowser browser;
        const AuthError error = runSignIn(*session, browser.opener());
        QVERIFY2(!error, qPrintable(AuthError::kindName(error.kind) + QLatin1Char(' ') + error.detail));

        QCOMPARE(signedIn.count(), 1);
        const auto user = signedIn.first().first().value<UserInfo>();
        QCOMPARE(user.subject, QStringLiteral("alice"));
        QCOMPARE(user.email, QStringLiteral("alice@example.test"));
        QCOMPARE(user.name, QStringLiteral("Alice Example"));
        QCOMPARE(session->user(), user);
        QCOMPARE(session->state(), AuthSession::State::SignedIn);
        QVERIFY(!session->accessToken().isEmpty());
        QCOMPARE(session->idToken().count(QLatin1Char('.')), 2);
        QVERIFY(session->expiresAt() > QDateTime::currentSecsSinceEpoch());

        // The browser ended on the app's own page, on 127.0.0.1, telling the user to go back.
        QTRY_COMPARE_WITH_TIMEOUT(browser.pages, 1, kWaitMs);
        QCOMPARE(browser.lastStatus, 200);
        QCOMPARE(browser.lastUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(browser.lastPage.contains("return to"));

        // Refresh token and ID token are in the secret store, under this session's keys only.
        const QStringList keys = session->secretKeys();
        QVERIFY(!readSecret(m_secrets, keys.at(0)).value.isEmpty());
        QCOMPARE(readSecret(m_secrets, keys.at(1)).value, session->idToken());
        session->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(keychainEmpty(*session), kWaitMs);
    }

    void refreshRotatesTokens()
    {
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        QVERIFY(!runSignIn(*session, browser.opener()));
        const QString refreshKey = session->secretKeys().at(0);
        const QString oldRefresh = readSecret(m_secrets, refreshKey).value;
        const QString oldAccess = session->accessToken();
        const QString subject = session->user().subject;

        QSignalSpy refreshed(session.get(), &AuthSession::tokensRefreshed);
        QSignalSpy errors(session.get(), &AuthSession::errorOccurred);
        session->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWaitMs);
        QVERIFY(errors.isEmpty());
        QVERIFY(session->accessToken() != oldAccess);
        QCOMPARE(session->user().subject, subject);
        const QString newRefresh = readSecret(m_secrets, refreshKey).value;
        QVERIFY(!newRefresh.isEmpty());
        QVERIFY(newRefresh != oldRefresh); // rotated, and the new one is what the keychain keeps
        QCOMPARE(readSecret(m_secrets, session->secretKeys().at(1)).value, session->idToken());
        session->signOut();
    }

    void refreshHappensBeforeExpiry()
    {
        OidcPeer shortLived; // tokens live 10 s: the session must renew them on its own
        QVERIFY2(shortLived.start({QStringLiteral("--ttl"), QStringLiteral("10")}),
                 qPrintable(shortLived.error()));
        auto session = makeSession(configFor(shortLived));
        TestBrowser browser;
        QVERIFY(!runSignIn(*session, browser.opener()));
        const QString firstAccess = session->accessToken();
        QSignalSpy refreshed(session.get(), &AuthSession::tokensRefreshed);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 45'000);
        QVERIFY(session->accessToken() != firstAccess);
        QCOMPARE(session->state(), AuthSession::State::SignedIn);
        session->signOut();
    }

    void signOutWipesEverything()
    {
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        QVERIFY(!runSignIn(*session, browser.opener()));
        QVERIFY(!keychainEmpty(*session));
        QSignalSpy signedOut(session.get(), &AuthSession::signedOut);
        session->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, kWaitMs);
        QVERIFY(keychainEmpty(*session));
        QCOMPARE(session->state(), AuthSession::State::SignedOut);
        QVERIFY(session->idToken().isEmpty());
        QVERIFY(session->accessToken().isEmpty());
        QVERIFY(session->user().isEmpty());

        // Nothing is left to restore.
        auto next = makeSession(configFor(m_peer));
        QSignalSpy restored(next.get(), &AuthSession::restoreFinished);
        next->restore();
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kWaitMs);
        QCOMPARE(restored.first().first().toBool(), false);
    }

    void restoreFromKeychain()
    {
        auto first = makeSession(configFor(m_peer));
        TestBrowser browser;
        QVERIFY(!runSignIn(*first, browser.opener()));
        const UserInfo user = first->user();
        first.reset(); // app quits; tokens stay in the keychain

        auto second = makeSession(configFor(m_peer));
        QSignalSpy restored(second.get(), &AuthSession::restoreFinished);
        QSignalSpy signedIn(second.get(), &AuthSession::signedIn);
        QSignalSpy refreshed(second.get(), &AuthSession::tokensRefreshed);
        second->restore();
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kWaitMs);
        QCOMPARE(restored.first().first().toBool(), true);
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(second->user(), user);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWaitMs); // checked with the provider
        QVERIFY(!second->accessToken().isEmpty());

        // A session for another client id does not see these tokens.
        OidcConfig other = configFor(m_peer);
        other.clientId = QStringLiteral("someone-else");
        auto stranger = makeSession(other);
        QSignalSpy strangerRestored(stranger.get(), &AuthSession::restoreFinished);
        stranger->restore();
        QTRY_COMPARE_WITH_TIMEOUT(strangerRestored.count(), 1, kWaitMs);
        QCOMPARE(strangerRestored.first().first().toBool(), false);
        second->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(keychainEmpty(*second), kWaitMs);
    }

    void rejectsBadTokens_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<AuthError::Kind>("expected");
        QTest::newRow("flipped signature bit")
            << QStringLiteral("signature") << AuthError::Kind::BadSignature;
        QTest::newRow("changed claim") << QStringLiteral("payload") << AuthError::Kind::BadSignature;
        QTest::newRow("second key, same kid") << QStringLiteral("other-key") << AuthError::Kind::BadSignature;
        QTest::newRow("unknown kid") << QStringLiteral("unknown-kid") << AuthError::Kind::UnknownSigningKey;
        QTest::newRow("expired") << QStringLiteral("expired") << AuthError::Kind::TokenExpired;
        QTest::newRow("issued in the future")
            << QStringLiteral("future") << AuthError::Kind::TokenNotYetValid;
        QTest::newRow("wrong issuer") << QStringLiteral("issuer") << AuthError::Kind::TokenIssuerMismatch;
        QTest::newRow("wrong audience")
            << QStringLiteral("audience") << AuthError::Kind::TokenAudienceMismatch;
        QTest::newRow("wrong nonce") << QStringLiteral("nonce") << AuthError::Kind::NonceMismatch;
        QTest::newRow("key set named by the token (jku)")
            << QStringLiteral("jku") << AuthError::Kind::UnknownSigningKey;
        QTest::newRow("alg none") << QStringLiteral("alg-none") << AuthError::Kind::UnsupportedAlgorithm;
        QTest::newRow("HS256 with public key")
            << QStringLiteral("hs256") << AuthError::Kind::UnsupportedAlgorithm;
    }
    void rejectsBadTokens()
    {
        QFETCH(QString, tamper);
        QFETCH(AuthError::Kind, expected);
        QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("tamper"), tamper}}));
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        const int jwksBefore = m_peer.stats().value(QLatin1String("jwks")).toInt();
        const AuthError error = runSignIn(*session, browser.opener());
        QCOMPARE(AuthError::kindName(error.kind), AuthError::kindName(expected));
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(session->state(), AuthSession::State::SignedOut);
        QVERIFY(session->idToken().isEmpty());
        QVERIFY(keychainEmpty(*session));
        // Keys come from the configured issuer's discovery only, never from a URL in a token.
        QCOMPARE(m_peer.stats().value(QLatin1String("attackerJwks")).toInt(), 0);
        // A fresh session fetches the JWKS once; a refetch right after would be pointless.
        QCOMPARE(m_peer.stats().value(QLatin1String("jwks")).toInt() - jwksBefore, 1);
    }

    void unknownKeyRefetchesJwksOnce()
    {
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        QVERIFY(!runSignIn(*session, browser.opener())); // JWKS now cached
        session->signOut();
        QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("tamper"), QStringLiteral("unknown-kid")}}));
        const int jwksBefore = m_peer.stats().value(QLatin1String("jwks")).toInt();
        const AuthError error = runSignIn(*session, browser.opener());
        QCOMPARE(AuthError::kindName(error.kind), AuthError::kindName(AuthError::Kind::UnknownSigningKey));
        QCOMPARE(m_peer.stats().value(QLatin1String("jwks")).toInt() - jwksBefore, 1); // one refetch, no loop
    }

    void keyRotationRefetchesJwks()
    {
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        QVERIFY(!runSignIn(*session, browser.opener())); // JWKS now cached
        session->signOut();
        QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("tamper"), QStringLiteral("rotate")}}));
        const int jwksBefore = m_peer.stats().value(QLatin1String("jwks")).toInt();
        const AuthError error = runSignIn(*session, browser.opener());
        QVERIFY2(!error, qPrintable(AuthError::kindName(error.kind)));
        QCOMPARE(m_peer.stats().value(QLatin1String("jwks")).toInt() - jwksBefore, 1);
        session->signOut();
    }

    void rejectsDiscoveryOfAnotherIssuer()
    {
        QVERIFY(m_peer.control(
            QJsonObject{{QStringLiteral("discoveryIssuer"), QStringLiteral("https://evil.example")}}));
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        const AuthError error = runSignIn(*session, browser.opener());
        QCOMPARE(AuthError::kindName(error.kind),
                 AuthError::kindName(AuthError::Kind::DiscoveryIssuerMismatch));
        QCOMPARE(browser.opened, 0); // nothing was sent anywhere
    }

    void rejectsTokenOfSecondProvider()
    {
        OidcPeer second;
        QVERIFY2(second.start(), qPrintable(second.error()));
        auto other = makeSession(configFor(second));
        TestBrowser browser;
        QVERIFY(!runSignIn(*other, browser.opener()));
        const QString foreign = other->idToken(); // valid, same client id, signed by the other provider

        QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("substituteIdToken"), foreign}}));
        auto session = makeSession(configFor(m_peer));
        const AuthError error = runSignIn(*session, browser.opener());
        QCOMPARE(AuthError::kindName(error.kind), AuthError::kindName(AuthError::Kind::UnknownSigningKey));
        QCOMPARE(session->state(), AuthSession::State::SignedOut);
        other->signOut();
    }

    void rejectsReplayedNonce()
    {
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        QVERIFY(!runSignIn(*session, browser.opener()));
        const QString earlier = session->idToken();
        session->signOut();

        // The provider (or an attacker in the middle) answers the next sign-in with the old token.
        QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("substituteIdToken"), earlier}}));
        AuthError error = runSignIn(*session, browser.opener());
        QCOMPARE(AuthError::kindName(error.kind), AuthError::kindName(AuthError::Kind::NonceReplayed));
        QCOMPARE(session->state(), AuthSession::State::SignedOut);

        // A session that never saw that nonce still rejects the token: it is not its nonce.
        auto fresh = makeSession(configFor(m_peer));
        error = runSignIn(*fresh, browser.opener());
        QCOMPARE(AuthError::kindName(error.kind), AuthError::kindName(AuthError::Kind::NonceMismatch));
    }

    void rejectsStateMismatch()
    {
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        const int tokenRequestsBefore = m_peer.stats().value(QLatin1String("token")).toInt();
        const AuthError error = runSignIn(*session, browser.opener([](const QUrl& url) {
            QUrl forged = url;
            QUrlQuery query(url);
            query.removeQueryItem(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
            forged.setQuery(query);
            return forged;
        }));
        QCOMPARE(AuthError::kindName(error.kind), AuthError::kindName(AuthError::Kind::StateMismatch));
        // The code was never exchanged.
        QCOMPARE(m_peer.stats().value(QLatin1String("token")).toInt(), tokenRequestsBefore);
        QCOMPARE(session->state(), AuthSession::State::SignedOut);
        QVERIFY(keychainEmpty(*session));
    }

    void userDeniesConsent()
    {
        QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("interaction"), QStringLiteral("deny")}}));
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        const AuthError error = runSignIn(*session, browser.opener());
        QCOMPARE(AuthError::kindName(error.kind), AuthError::kindName(AuthError::Kind::AccessDenied));
        QTRY_COMPARE_WITH_TIMEOUT(browser.pages, 1, kWaitMs);
        QVERIFY2(browser.lastPage.contains("not completed"), browser.lastPage.constData());
        QCOMPARE(session->state(), AuthSession::State::SignedOut);
    }

    void providerOffline()
    {
        QTcpServer probe; // a port that was free a moment ago and now refuses connections
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QUrl issuer;
        issuer.setScheme(QStringLiteral("http"));
        issuer.setHost(QStringLiteral("127.0.0.1"));
        issuer.setPort(probe.serverPort());
        probe.close();
        OidcConfig config = configFor(m_peer);
        config.issuer = issuer;
        auto session = makeSession(config);
        TestBrowser browser;
        const AuthError error = runSignIn(*session, browser.opener());
        QCOMPARE(AuthError::kindName(error.kind), AuthError::kindName(AuthError::Kind::ProviderUnreachable));
        QCOMPARE(browser.opened, 0);
    }

    void cancelAndTimeout()
    {
        auto session = makeSession(configFor(m_peer));
        TestBrowser browser;
        QSignalSpy opened(session.get(), &AuthSession::browserOpened);
        QSignalSpy errors(session.get(), &AuthSession::errorOccurred);
        session->signIn(browser.idle());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWaitMs);
        session->cancelSignIn();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<AuthError>().kind, AuthError::Kind::Cancelled);
        QCOMPARE(session->state(), AuthSession::State::SignedOut);

        session->setSignInTimeout(300);
        const AuthError timedOut = runSignIn(*session, browser.idle());
        QCOMPARE(AuthError::kindName(timedOut.kind), AuthError::kindName(AuthError::Kind::TimedOut));

        const AuthError noBrowser = runSignIn(*session, [](const QUrl&) { return false; });
        QCOMPARE(AuthError::kindName(noBrowser.kind),
                 AuthError::kindName(AuthError::Kind::BrowserUnavailable));
    }

    void cleanupTestCase() { m_peer.stop(); }
};

QTEST_MAIN(TestAuthSignIn)
#include "tst_auth_sign_in.moc"
