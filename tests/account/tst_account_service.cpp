// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The app's account service against the real peers: oidc-provider (the test browser completes the
// login) and the local Convex backend running our convex/ functions, which trusts only that
// provider. Profile choice and configuration persist in the store; sign-in starts sync, a
// restart restores the session and keeps syncing, refreshed tokens reach sync, an ended session
// stops it, sign-out wipes the keychain and keeps or removes the local copies.
#include "account_peers.h"
#include "core/account/account_service.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/conversation_repository.h"
#include "core/store/store.h"
#include "support/temp_store.h"
#include "test_browser.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <memory>

using namespace harness::core;
using harness::test::AccountPeers;
using harness::test::readSecret;
using harness::test::TempStore;
using harness::test::TestBrowser;
using harness::test::waitUntil;

namespace {

int countRows(Store& store, const QString& sql)
{
    QSqlQuery q(store.database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList serverTitles(AccountPeers& peers, const QString& bearer)
{
    QStringList titles;
    const auto rows = peers.convex.everythingAs(bearer).value(QStringLiteral("conversations")).toArray();
    for (const auto& row : rows) {
        if (row.toObject().value(QStringLiteral("deletedAt")).isDouble())
            continue;
        titles.append(row.toObject().value(QStringLiteral("title")).toString());
    }
    titles.sort();
    return titles;
}

} // namespace

class TestAccountService final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(AccountPeers::missing());
        // Short-lived tokens: the session refreshes within the test and sync must follow.
        QVERIFY2(m_peers.start({QStringLiteral("--ttl"), QStringLiteral("20")}), qPrintable(m_peers.error));
    }
    void cleanupTestCase()
    {
        m_peers.convex.stop();
        m_peers.oidc.stop();
    }
    void init() { QVERIFY(m_peers.oidc.control(QJsonObject{{QStringLiteral("reset"), true}})); }

    void profileChoicePersists()
    {
        TempStore temp;
        MemorySecretStore secrets;
        {
            AccountService account(*temp.store, &secrets);
            QCOMPARE(account.profileMode(), AccountService::ProfileMode::Unchosen);
            QSignalSpy changed(&account, &AccountService::profileModeChanged);
            account.useWithoutAccount();
            QCOMPARE(account.profileMode(), AccountService::ProfileMode::Local);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(account.statusText(), QStringLiteral("Local profile: not syncing"));
        }
        AccountService restarted(*temp.store, &secrets);
        QCOMPARE(restarted.profileMode(), AccountService::ProfileMode::Local);
        restarted.start(); // a local profile restores nothing
        QCOMPARE(restarted.authState(), AuthSession::State::SignedOut);
    }

    void configurationIsValidatedAndPersisted()
    {
        TempStore temp;
        MemorySecretStore secrets;
        AccountService account(*temp.store, &secrets);
        QCOMPARE(account.configuration(), AccountConfiguration::defaults());

        AccountConfiguration bad = m_peers.configuration();
        bad.issuer = QUrl(QStringLiteral("http://example.com")); // plain http off this computer
        QVERIFY(account.setConfiguration(bad).contains(QStringLiteral("https://")));
        bad = m_peers.configuration();
        bad.deploymentUrl = QUrl();
        QVERIFY(account.setConfiguration(bad).contains(QStringLiteral("deployment URL")));
        bad = m_peers.configuration();
        bad.clientId = QStringLiteral("  ");
        QVERIFY(account.setConfiguration(bad).contains(QStringLiteral("client id")));
        QCOMPARE(account.configuration(), AccountConfiguration::defaults());

        QSignalSpy changed(&account, &AccountService::configurationChanged);
        QCOMPARE(account.setConfiguration(m_peers.configuration()), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(account.session()->config().issuer, m_peers.oidc.issuer());
        QCOMPARE(countRows(*temp.store, QStringLiteral("SELECT count(*) FROM local_settings WHERE key LIKE "
                                                       "'account.%'")),
                 3);
        {
            AccountService restarted(*temp.store, &secrets);
            QCOMPARE(restarted.configuration(), m_peers.configuration());
        }
        // Back to the build defaults: the overrides are dropped, later default changes apply.
        AccountConfiguration defaults = AccountConfiguration::defaults();
        if (defaults.deploymentUrl.isEmpty()) // this build has no default deployment
            defaults.deploymentUrl = m_peers.convex.deploymentUrl();
        QCOMPARE(account.setConfiguration(defaults), QString());
        QCOMPARE(countRows(*temp.store, QStringLiteral("SELECT count(*) FROM local_settings WHERE key IN "
                                                       "('account.issuer', 'account.clientId')")),
                 0);
    }

    void signInUploadsSyncsRestoresAndSignsOut()
    {
        TempStore temp;
        MemorySecretStore secrets;
        TestBrowser browser;
        const auto notes = temp.addConversation(QStringLiteral("Notes from before the account"));
        temp.addMessage(notes.id, MessageRole::User, QStringLiteral("remember the milk"));
        QString idToken;
        {
            AccountService account(*temp.store, &secrets);
            QCOMPARE(account.setConfiguration(m_peers.configuration()), QString());
            account.setBrowserOpener(browser.opener());
            QSignalSpy signedIn(&account, &AccountService::signedIn);
            QSignalSpy decision(&account, &AccountService::localDataDecisionNeeded);
            QSignalSpy opened(&account, &AccountService::browserOpened);
            QCOMPARE(account.signIn(), QString());
            QVERIFY(waitUntil([&] { return !signedIn.isEmpty(); }));
            QCOMPARE(opened.count(), 1);
            QCOMPARE(account.profileMode(), AccountService::ProfileMode::Account);
            QCOMPARE(account.user().email, QStringLiteral("alice@example.test"));
            QCOMPARE(account.user().name, QStringLiteral("Alice Example"));

            // Data that was here before the account: the user is asked, and chooses to upload.
            QVERIFY(waitUntil([&] { return !decision.isEmpty(); }));
            QCOMPARE(decision.at(0).at(0).toInt(), 2); // the conversation and its message
            QCOMPARE(decision.at(0).at(1).toBool(), false);
            QCOMPARE(account.pendingDecisionRows(), 2);
            QCOMPARE(account.syncStatus(), SyncEngine::Status::WaitingForDecision);
            account.resolveLocalData(SyncEngine::LocalDataChoice::Upload);
            QVERIFY(waitUntil([&] { return account.syncStatus() == SyncEngine::Status::Synced; }));
            QCOMPARE(account.statusText(), QStringLiteral("Synced"));
            QCOMPARE(account.pendingDecisionRows(), -1);
            idToken = account.session()->idToken();
            QCOMPARE(serverTitles(m_peers, idToken), QStringList{notes.title});

            // The tokens are in the keychain, and only there.
            for (const QString& key : account.session()->secretKeys())
                QVERIFY2(readSecret(secrets, key).ok(), qPrintable(key));
            QCOMPARE(
                countRows(*temp.store, QStringLiteral("SELECT count(*) FROM local_settings WHERE value LIKE "
                                                      "'%%1%'")
                                           .arg(idToken.left(40))),
                0);

            // The ID token expires in 20 s: the session refreshes it and sync keeps working with
            // the new one once the old one has expired (the backend refuses expired tokens).
            const qint64 firstExpiry = account.session()->expiresAt();
            QSignalSpy refreshed(account.session(), &AuthSession::tokensRefreshed);
            QVERIFY(waitUntil([&] { return !refreshed.isEmpty(); }, 60'000));
            QVERIFY(account.session()->idToken() != idToken);
            QVERIFY(waitUntil([&] { return QDateTime::currentSecsSinceEpoch() > firstExpiry + 1; }, 60'000));
            temp.addConversation(QStringLiteral("Written after the refresh"));
            QVERIFY(waitUntil([&] {
                return account.pendingChanges() == 0 && account.syncStatus() == SyncEngine::Status::Synced &&
                       serverTitles(m_peers, account.session()->idToken()).size() == 2;
            }));
            idToken = account.session()->idToken();
        }

        // A restart: the session comes back from the keychain and sync resumes without asking.
        {
            AccountService restarted(*temp.store, &secrets);
            QCOMPARE(restarted.profileMode(), AccountService::ProfileMode::Account);
            QSignalSpy decision(&restarted, &AccountService::localDataDecisionNeeded);
            restarted.start();
            QVERIFY(waitUntil([&] { return restarted.isSignedIn(); }));
            QCOMPARE(restarted.user().email, QStringLiteral("alice@example.test"));
            temp.addConversation(QStringLiteral("Written after the restart"));
            QVERIFY(waitUntil([&] {
                return restarted.syncStatus() == SyncEngine::Status::Synced &&
                       restarted.pendingChanges() == 0 &&
                       serverTitles(m_peers, restarted.session()->idToken()).size() == 3;
            }));
            QCOMPARE(decision.count(), 0);

            // Sign out, removing the local copies: tokens gone, sync off, the data stays in the account.
            const QStringList keys = restarted.session()->secretKeys();
            const QString token = restarted.session()->idToken();
            QSignalSpy signedOut(&restarted, &AccountService::signedOut);
            restarted.signOut(SyncEngine::SignOutChoice::RemoveLocalCopies);
            QVERIFY(waitUntil([&] { return !signedOut.isEmpty(); }));
            QCOMPARE(signedOut.at(0).at(0).toBool(), true);
            QCOMPARE(restarted.profileMode(), AccountService::ProfileMode::Local);
            QCOMPARE(restarted.syncStatus(), SyncEngine::Status::Off);
            for (const QString& key : keys)
                QCOMPARE(readSecret(secrets, key).status, SecretResult::Status::NotFound);
            QCOMPARE(countRows(*temp.store, QStringLiteral("SELECT count(*) FROM conversations")), 0);
            QCOMPARE(serverTitles(m_peers, token).size(), 3);
        }
        AccountService afterSignOut(*temp.store, &secrets);
        QCOMPARE(afterSignOut.profileMode(), AccountService::ProfileMode::Local);
    }

    void signOutKeepingLocalCopies()
    {
        TempStore temp;
        MemorySecretStore secrets;
        TestBrowser browser;
        QVERIFY(m_peers.oidc.control({{QStringLiteral("account"), QStringLiteral("bob")}}));
        AccountService account(*temp.store, &secrets);
        QCOMPARE(account.setConfiguration(m_peers.configuration()), QString());
        account.setBrowserOpener(browser.opener());
        QCOMPARE(account.signIn(), QString());
        QVERIFY(waitUntil([&] { return account.syncStatus() == SyncEngine::Status::Synced; }));
        temp.addConversation(QStringLiteral("Bob's plan"));
        QVERIFY(waitUntil([&] {
            return account.pendingChanges() == 0 && account.syncStatus() == SyncEngine::Status::Synced;
        }));
        QSignalSpy signedOut(&account, &AccountService::signedOut);
        account.useWithoutAccount(SyncEngine::SignOutChoice::KeepLocalCopies);
        QVERIFY(waitUntil([&] { return !signedOut.isEmpty(); }));
        QCOMPARE(account.profileMode(), AccountService::ProfileMode::Local);
        QCOMPARE(countRows(*temp.store, QStringLiteral("SELECT count(*) FROM conversations")), 1);
        for (const QString& key : account.session()->secretKeys())
            QCOMPARE(readSecret(secrets, key).status, SecretResult::Status::NotFound);
        // Local edits made now are not sent anywhere.
        temp.addConversation(QStringLiteral("Offline thoughts"));
        QTest::qWait(500);
        QCOMPARE(account.syncStatus(), SyncEngine::Status::Off);
    }

    void anEndedSessionStopsSyncAndAsksToSignInAgain()
    {
        TempStore temp;
        MemorySecretStore secrets;
        TestBrowser browser;
        AccountService account(*temp.store, &secrets);
        QCOMPARE(account.setConfiguration(m_peers.configuration()), QString());
        account.setBrowserOpener(browser.opener());
        QCOMPARE(account.signIn(), QString());
        QVERIFY(waitUntil([&] { return account.syncStatus() == SyncEngine::Status::Synced; }));

        // Someone spends the refresh token elsewhere (rotation): the next refresh is refused.
        const QString refreshToken = readSecret(secrets, account.session()->secretKeys().at(0)).value;
        QVERIFY(!refreshToken.isEmpty());
        QCOMPARE(m_peers.oidc.refreshStatus(refreshToken), 200);
        QSignalSpy signedOut(&account, &AccountService::signedOut);
        account.session()->refresh();
        QVERIFY(waitUntil([&] { return !signedOut.isEmpty(); }));
        QCOMPARE(signedOut.at(0).at(0).toBool(), false);
        QCOMPARE(account.profileMode(), AccountService::ProfileMode::Account); // still the user's choice
        QCOMPARE(account.syncStatus(), SyncEngine::Status::Off);
        QCOMPARE(account.lastError().kind, AuthError::Kind::SessionExpired);
        QVERIFY2(account.statusText().startsWith(QStringLiteral("Signed out: ")),
                 qPrintable(account.statusText()));

        // Signing in again resumes sync of the same account without asking about local data.
        QSignalSpy decision(&account, &AccountService::localDataDecisionNeeded);
        QCOMPARE(account.signIn(), QString());
        QVERIFY(waitUntil([&] { return account.syncStatus() == SyncEngine::Status::Synced; }));
        QCOMPARE(decision.count(), 0);
    }

    void signInFailuresSayWhatHappened_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("kind");
        QTest::newRow("cancel") << QStringLiteral("cancel") << int(AuthError::Kind::Cancelled);
        QTest::newRow("denied consent") << QStringLiteral("deny") << int(AuthError::Kind::AccessDenied);
        QTest::newRow("timeout") << QStringLiteral("timeout") << int(AuthError::Kind::TimedOut);
        QTest::newRow("offline provider")
            << QStringLiteral("offline") << int(AuthError::Kind::ProviderUnreachable);
    }
    void signInFailuresSayWhatHappened()
    {
        QFETCH(QString, scenario);
        QFETCH(int, kind);
        TempStore temp;
        MemorySecretStore secrets;
        TestBrowser browser;
        AccountService account(*temp.store, &secrets);
        AccountConfiguration config = m_peers.configuration();
        if (scenario == QLatin1String("offline")) {
            QTcpServer closed; // a port nobody listens on
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            config.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
            closed.close();
        }
        QCOMPARE(account.setConfiguration(config), QString());
        account.session()->setSignInTimeout(scenario == QLatin1String("timeout") ? 1500 : 60'000);
        account.setBrowserOpener(scenario == QLatin1String("cancel") || scenario == QLatin1String("timeout")
                                     ? browser.idle()
                                     : browser.opener());
        if (scenario == QLatin1String("deny"))
            QVERIFY(m_peers.oidc.control({{QStringLiteral("interaction"), QStringLiteral("deny")}}));
        QSignalSpy errors(&account, &AccountService::errorOccurred);
        QCOMPARE(account.signIn(), QString());
        if (scenario == QLatin1String("cancel")) {
            QVERIFY(waitUntil([&] { return browser.opened == 1; }));
            QCOMPARE(account.authState(), AuthSession::State::SigningIn);
            account.cancelSignIn();
        }
        QVERIFY(waitUntil([&] { return !errors.isEmpty(); }));
        const auto error = errors.at(0).at(0).value<AuthError>();
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(account.authState(), AuthSession::State::SignedOut);
        QCOMPARE(account.profileMode(), AccountService::ProfileMode::Unchosen); // nothing was chosen
        QCOMPARE(account.syncStatus(), SyncEngine::Status::Off);
    }

    void signInRefusesAnUnusableConfiguration()
    {
        TempStore temp;
        MemorySecretStore secrets;
        TestBrowser browser;
        AccountService account(*temp.store, &secrets);
        account.setBrowserOpener(browser.opener());
        if (AccountConfiguration::defaults().validate().isEmpty())
            QSKIP("this build has a complete default configuration");
        QVERIFY(!account.signIn().isEmpty());
        QCOMPARE(browser.opened, 0);
        QCOMPARE(account.authState(), AuthSession::State::SignedOut);
    }

private:
    AccountPeers m_peers;
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_account_service.moc"
