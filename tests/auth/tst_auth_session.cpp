// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Session life after sign-in, against a real OpenID provider on 127.0.0.1: revocation on sign-out,
// stale or rejected refresh tokens, an offline provider during refresh.
#include "core/auth/auth_session.h"
#include "core/secrets/memory_secret_store.h"
#include "oidc_peer.h"
#include "support/peer_requirement.h"
#include "support/secret_io.h"
#include "support/wait_until.h"
#include "test_browser.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <functional>
#include <memory>
#include <optional>

using namespace harness::core;
using harness::test::OidcPeer;
using harness::test::readSecret;
using harness::test::TestBrowser;
using harness::test::waitUntil;
using harness::test::writeSecret;

namespace {

/// A keychain that cannot be reached (no Secret Service, locked, ...).
class UnreachableSecretStore final : public SecretStore {
public:
    void read(const QString&, QObject* context, Callback done) override { fail(context, done); }
    void write(const QString&, const QString&, QObject* context, Callback done) override
    {
        fail(context, done);
    }
    void remove(const QString&, QObject* context, Callback done) override { fail(context, done); }
    QString description() const override { return QStringLiteral("nowhere"); }

private:
    static void fail(QObject* context, const Callback& done)
    {
        deliver(context, done,
                SecretResult{SecretResult::Status::NoKeychain, {}, QStringLiteral("no keychain")});
    }
};

} // namespace

class TestAuthSession final : public QObject {
    Q_OBJECT

    OidcPeer m_peer;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;

    std::unique_ptr<AuthSession> signedInSession(OidcPeer& peer)
    {
        OidcConfig config;
        config.issuer = peer.issuer();
        config.clientId = peer.clientId();
        config.scopes = OidcConfig::defaultScopes();
        auto session = std::make_unique<AuthSession>(config, &m_secrets, &m_network);
        QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
        TestBrowser browser;
        session->signIn(browser.opener());
        if (!waitUntil([&] { return !signedIn.isEmpty(); }))
            return nullptr;
        return session;
    }
    bool keychainEmpty(const AuthSession& session)
    {
        for (const QString& key : session.secretKeys()) {
            if (readSecret(m_secrets, key).status != SecretResult::Status::NotFound)
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(OidcPeer::missing());
        QVERIFY2(m_peer.start(), qPrintable(m_peer.error()));
    }
    void init() { QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("reset"), true}})); }

    void signOutRevokesTheRefreshToken()
    {
        auto session = signedInSession(m_peer);
        QVERIFY(session);
        const QString refreshToken = readSecret(m_secrets, session->secretKeys().at(0)).value;
        QVERIFY(!refreshToken.isEmpty());
        const int revocationsBefore = m_peer.stats().value(QLatin1String("revocation")).toInt();
        QSignalSpy signedOut(session.get(), &AuthSession::signedOut);
        session->signOut();
        QVERIFY(waitUntil([&] { return !signedOut.isEmpty(); }));
        QVERIFY(keychainEmpty(*session));
        QVERIFY(waitUntil(
            [&] { return m_peer.stats().value(QLatin1String("revocation")).toInt() > revocationsBefore; }));
        QCOMPARE(m_peer.refreshStatus(refreshToken), 400); // the provider no longer honours it
    }

    void rejectedRefreshTokenEndsTheSession()
    {
        auto first = signedInSession(m_peer);
        QVERIFY(first);
        const QString refreshKey = first->secretKeys().at(0);
        const QString stale = readSecret(m_secrets, refreshKey).value;
        QSignalSpy refreshed(first.get(), &AuthSession::tokensRefreshed);
        first->refresh(); // rotates: `stale` is spent
        QVERIFY(waitUntil([&] { return !refreshed.isEmpty(); }));
        first.reset();
        writeSecret(m_secrets, refreshKey, stale); // e.g. a keychain restored from a backup

        OidcConfig config;
        config.issuer = m_peer.issuer();
        config.clientId = m_peer.clientId();
        config.scopes = OidcConfig::defaultScopes();
        AuthSession second(config, &m_secrets, &m_network);
        QSignalSpy errors(&second, &AuthSession::errorOccurred);
        QSignalSpy signedOut(&second, &AuthSession::signedOut);
        second.restore();
        QVERIFY(waitUntil([&] { return !signedOut.isEmpty(); }));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(AuthError::kindName(errors.first().first().value<AuthError>().kind),
                 AuthError::kindName(AuthError::Kind::SessionExpired));
        QCOMPARE(second.state(), AuthSession::State::SignedOut);
        QVERIFY(second.idToken().isEmpty());
        QVERIFY(keychainEmpty(second));
    }

    void refreshWithForgedIdTokenEndsTheSession()
    {
        auto session = signedInSession(m_peer);
        QVERIFY(session);
        QVERIFY(m_peer.control(QJsonObject{{QStringLiteral("tamper"), QStringLiteral("other-key")}}));
        QSignalSpy errors(session.get(), &AuthSession::errorOccurred);
        QSignalSpy signedOut(session.get(), &AuthSession::signedOut);
        session->refresh();
        QVERIFY(waitUntil([&] { return !signedOut.isEmpty(); }));
        QCOMPARE(AuthError::kindName(errors.first().first().value<AuthError>().kind),
                 AuthError::kindName(AuthError::Kind::BadSignature));
        QVERIFY(session->idToken().isEmpty());
        QVERIFY(keychainEmpty(*session));
    }

    void profileFromUserInfo()
    {
        OidcPeer strict; // email and name only through the userinfo endpoint
        QVERIFY2(strict.start({QStringLiteral("--profile-in-id-token"), QStringLiteral("no")}),
                 qPrintable(strict.error()));
        auto session = signedInSession(strict);
        QVERIFY(session);
        QCOMPARE(session->user().subject, QStringLiteral("alice"));
        QCOMPARE(session->user().email, QStringLiteral("alice@example.test"));
        QCOMPARE(session->user().name, QStringLiteral("Alice Example"));
        // The ID token itself does not carry them (so the userinfo call was what found them).
        const auto parts = session->idToken().toLatin1().split('.');
        QVERIFY(!QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)
                     .contains("alice@example.test"));
        session->signOut();
        QVERIFY(waitUntil([&] { return keychainEmpty(*session); }));
    }

    void keychainUnavailable()
    {
        UnreachableSecretStore store;
        OidcConfig config;
        config.issuer = m_peer.issuer();
        config.clientId = m_peer.clientId();
        config.scopes = OidcConfig::defaultScopes();
        AuthSession session(config, &store, &m_network);
        QSignalSpy errors(&session, &AuthSession::errorOccurred);
        QSignalSpy signedIn(&session, &AuthSession::signedIn);
        TestBrowser browser;
        session.signIn(browser.opener());
        QVERIFY(waitUntil([&] { return !signedIn.isEmpty(); }));
        // Signed in for this run, and told that it will not be remembered.
        QCOMPARE(session.state(), AuthSession::State::SignedIn);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<AuthError>().kind, AuthError::Kind::KeychainFailed);

        AuthSession next(config, &store, &m_network);
        QSignalSpy nextErrors(&next, &AuthSession::errorOccurred);
        QSignalSpy restored(&next, &AuthSession::restoreFinished);
        next.restore();
        QVERIFY(waitUntil([&] { return !restored.isEmpty(); }));
        QCOMPARE(restored.first().first().toBool(), false);
        QCOMPARE(nextErrors.count(), 1);
        QCOMPARE(nextErrors.first().first().value<AuthError>().kind, AuthError::Kind::KeychainFailed);

        QSignalSpy signedOut(&session, &AuthSession::signedOut);
        session.signOut();
        QVERIFY(waitUntil([&] { return !signedOut.isEmpty(); }));
        QCOMPARE(errors.count(), 2);          // the keychain could not confirm the removal either
        QVERIFY(session.idToken().isEmpty()); // memory is wiped regardless
    }

    void offlineProviderKeepsTheSession()
    {
        OidcPeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.error()));
        auto session = signedInSession(peer);
        QVERIFY(session);
        const QString idToken = session->idToken();
        peer.stop(); // the network goes away
        QSignalSpy errors(session.get(), &AuthSession::errorOccurred);
        session->refresh();
        QVERIFY(waitUntil([&] { return !errors.isEmpty(); }));
        QCOMPARE(AuthError::kindName(errors.first().first().value<AuthError>().kind),
                 AuthError::kindName(AuthError::Kind::ProviderUnreachable));
        // Still signed in, tokens kept for the retry (scheduled by the session).
        QCOMPARE(session->state(), AuthSession::State::SignedIn);
        QCOMPARE(session->idToken(), idToken);
        QVERIFY(!keychainEmpty(*session));
        session->signOut();
        QVERIFY(waitUntil([&] { return keychainEmpty(*session); }));
    }
};

QTEST_MAIN(TestAuthSession)
#include "tst_auth_session.moc"
