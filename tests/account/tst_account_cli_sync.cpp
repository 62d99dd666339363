// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// harness-cli sync status / sync now with the sign-in the app stored (the session in the real
// keychain: gnome-keyring in a private D-Bus session), against oidc-provider and the Harness web
// backend with the desktop module: what it reports, that it pushes and pulls once, renews an
// expired ID token with the keychain's refresh token, and fails with one line when it cannot.
#include "account_peers.h"
#include "core/account/account_service.h"
#include "core/auth/auth_session.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/store/conversation_repository.h"
#include "core/store/store.h"
#include "support/temp_store.h"
#include "test_browser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace harness::core;
using harness::test::AccountPeers;
using harness::test::TempStore;
using harness::test::TestBrowser;
using harness::test::waitUntil;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QString& dataDir, const QStringList& args)
{
    QProcess p;
    p.start(qEnvironmentVariable("HARNESS_CLI"), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestAccountCliSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Short-lived ID tokens, so the CLI meets an expired one.
        HARNESS_START_ACCOUNT_PEERS(m_peers, {QStringLiteral("--ttl"), QStringLiteral("15")});
    }
    void cleanupTestCase()
    {
        m_peers.convex.stop();
        m_peers.oidc.stop();
    }
    void cleanup() { m_peers.convex.faults({{QStringLiteral("offline"), false}}); }

    void withoutASignInBothSayWhyInOneLine()
    {
        TempStore temp;
        for (const QString& command : {QStringLiteral("status"), QStringLiteral("now")}) {
            const CliRun run = cli(temp.dir.path(), {QStringLiteral("sync"), command});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith(QStringLiteral("harness-cli: not signed in")), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        }
    }

    void statusAndNowUseTheStoredSignIn()
    {
        TempStore temp;
        KeychainSecretStore keychain; // the app's (and the CLI's) keychain service
        TestBrowser browser;
        QString conversationOnWeb;
        {
            AccountService account(*temp.store, &keychain);
            QCOMPARE(account.setConfiguration(m_peers.configuration()), QString());
            account.setBrowserOpener(browser.opener());
            QCOMPARE(account.signIn(), QString());
            QVERIFY(waitUntil([&] { return account.syncStatus() == SyncEngine::Status::Synced; }));
            // The web app starts a conversation meanwhile (the app is about to quit).
            const QString token = account.session()->idToken();
            const QString harness =
                m_peers.convex
                    .callAs(token, QStringLiteral("mutation"), QStringLiteral("harnesses:create"),
                            {{QStringLiteral("name"), QStringLiteral("Web")},
                             {QStringLiteral("model"), QStringLiteral("gpt-5.5")},
                             {QStringLiteral("status"), QStringLiteral("started")},
                             {QStringLiteral("mcpServers"), QJsonArray{}},
                             {QStringLiteral("skills"), QJsonArray{}}})
                    .toString();
            conversationOnWeb =
                m_peers.convex
                    .callAs(token, QStringLiteral("mutation"), QStringLiteral("conversations:create"),
                            {{QStringLiteral("title"), QStringLiteral("Started on the web")},
                             {QStringLiteral("harnessId"), harness}})
                    .toString();
            QVERIFY(!conversationOnWeb.isEmpty());
            account.sync()->stop();
        }
        // Written while the app was closed.
        temp.addConversation(QStringLiteral("Written offline"));

        CliRun status = cli(temp.dir.path(), {QStringLiteral("sync"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("alice@example.test")), qPrintable(status.out));
        QVERIFY(status.out.contains(m_peers.convex.deploymentUrl().toString()));
        QVERIFY2(status.out.contains(QStringLiteral("1 change not synced yet")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("Live:        yes")), qPrintable(status.out));

        // The stored ID token expires; `sync now` renews it with the keychain's refresh token.
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 16;
        QVERIFY(waitUntil([&] { return QDateTime::currentSecsSinceEpoch() > expires; }, 30'000));
        const CliRun now = cli(temp.dir.path(), {QStringLiteral("sync"), QStringLiteral("now")});
        QVERIFY2(now.exitCode == 0, qPrintable(now.err));
        QVERIFY(now.out.startsWith(QStringLiteral("Synced with")));
        QVERIFY(temp.store->conversations().get(conversationOnWeb).ok()); // pulled
        const auto json =
            QJsonDocument::fromJson(cli(temp.dir.path(), {QStringLiteral("sync"), QStringLiteral("status"),
                                                          QStringLiteral("--json")})
                                        .out.toUtf8())
                .object();
        QCOMPARE(json.value(QStringLiteral("pendingChanges")).toInt(), 0);
        QVERIFY(json.value(QStringLiteral("lastSyncAt")).toDouble() > 0);
        QCOMPARE(json.value(QStringLiteral("signedIn")).toBool(), true);

        // An unreachable deployment: one line, non-zero.
        temp.addConversation(QStringLiteral("Waits"));
        QVERIFY(m_peers.convex.faults({{QStringLiteral("offline"), true}}));
        const CliRun offline = cli(temp.dir.path(), {QStringLiteral("sync"), QStringLiteral("now"),
                                                     QStringLiteral("--timeout"), QStringLiteral("60")});
        QCOMPARE(offline.exitCode, 1);
        QVERIFY2(offline.err.contains(QStringLiteral("cannot be reached")), qPrintable(offline.err));
        QCOMPARE(offline.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(m_peers.convex.faults({{QStringLiteral("offline"), false}}));

        // Pushed: the web app lists what was written offline.
        {
            QNetworkAccessManager network;
            AuthSession restored(m_peers.configuration().oidc(), &keychain, &network);
            QSignalSpy done(&restored, &AuthSession::restoreFinished);
            restored.restore();
            QVERIFY(done.wait(20'000));
            QStringList titles;
            for (const auto& row : m_peers.convex
                                       .callAs(restored.idToken(), QStringLiteral("query"),
                                               QStringLiteral("conversations:list"), {})
                                       .toArray())
                titles.append(row.toObject().value(QStringLiteral("title")).toString());
            QVERIFY2(titles.contains(QStringLiteral("Written offline")),
                     qPrintable(titles.join(QLatin1Char(','))));
        }
    }

private:
    AccountPeers m_peers;
};

QTEST_GUILESS_MAIN(TestAccountCliSync)
#include "tst_account_cli_sync.moc"
