// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The account with the real keychain (gnome-keyring's Secret Service in a private D-Bus session,
// tests/run-with-keyring.sh): after signing in and syncing, the tokens are in the keychain and
// nowhere in the store's files; a restart restores the session from the keychain; signing out
// removes the keychain entries.
#include "account_peers.h"
#include "core/account/account_service.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/store/store.h"
#include "support/temp_store.h"
#include "test_browser.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace harness::core;
using harness::test::AccountPeers;
using harness::test::readSecret;
using harness::test::TempStore;
using harness::test::TestBrowser;
using harness::test::waitUntil;

namespace {

/// Every file of the profile folder (database, WAL, backups, settings) contains none of `needles`.
bool profileHolds(const QString& dir, const QStringList& needles)
{
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString& needle : needles) {
            if (!needle.isEmpty() && bytes.contains(needle.toUtf8())) {
                qWarning() << info.fileName() << "holds a token";
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TestAccountKeychain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(AccountPeers::missing());
        QVERIFY2(m_peers.start(), qPrintable(m_peers.error));
    }
    void cleanupTestCase()
    {
        m_peers.convex.stop();
        m_peers.oidc.stop();
    }

    void tokensLiveInTheKeychainOnly()
    {
        TempStore temp;
        KeychainSecretStore keychain(QStringLiteral("harness-account-test"));
        TestBrowser browser;
        QStringList keys;
        QStringList tokens;
        {
            AccountService account(*temp.store, &keychain);
            QCOMPARE(account.setConfiguration(m_peers.configuration()), QString());
            account.setBrowserOpener(browser.opener());
            QCOMPARE(account.signIn(), QString());
            QVERIFY(waitUntil([&] { return account.syncStatus() == SyncEngine::Status::Synced; }));
            temp.addConversation(QStringLiteral("Synced with a keychain"));
            QVERIFY(waitUntil([&] {
                return account.pendingChanges() == 0 && account.syncStatus() == SyncEngine::Status::Synced;
            }));
            keys = account.session()->secretKeys();
            for (const QString& key : keys) {
                const auto secret = readSecret(keychain, key);
                QVERIFY2(secret.ok(), qPrintable(secret.error));
                tokens.append(secret.value);
            }
            tokens.append(account.session()->accessToken());
            QVERIFY(!profileHolds(temp.dir.path(), tokens));
        }
        // A restart: the session comes back from the keychain.
        AccountService restarted(*temp.store, &keychain);
        restarted.start();
        QVERIFY(waitUntil([&] { return restarted.isSignedIn(); }));
        QCOMPARE(restarted.user().email, QStringLiteral("alice@example.test"));
        tokens.append(restarted.session()->idToken());
        QSignalSpy signedOut(&restarted, &AccountService::signedOut);
        restarted.signOut(SyncEngine::SignOutChoice::KeepLocalCopies);
        QVERIFY(waitUntil([&] { return !signedOut.isEmpty(); }));
        for (const QString& key : keys)
            QCOMPARE(readSecret(keychain, key).status, SecretResult::Status::NotFound);
        QVERIFY(!profileHolds(temp.dir.path(), tokens));
    }

private:
    AccountPeers m_peers;
};

QTEST_GUILESS_MAIN(TestAccountKeychain)
#include "tst_account_keychain.moc"
