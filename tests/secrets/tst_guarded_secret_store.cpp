// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Runs with no reachable D-Bus session: the app's secret store must say the keychain is missing,
// refuse to keep secrets, and keep them in memory only after the user's explicit opt-in.
#include "core/secrets/guarded_secret_store.h"
#include "core/secrets/keychain_secret_store.h"
#include "secret_wait.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace harness::core;
using harness::test::waitFor;
using State = GuardedSecretStore::State;

class TestGuardedSecretStore final : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    void verifyNoFileHolds(const QByteArray& secret)
    {
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
    }

    void probeFindsNoKeychain()
    {
        GuardedSecretStore store(
            std::make_unique<KeychainSecretStore>(QStringLiteral("dev.harness.desktop.test")));
        QCOMPARE(store.state(), State::Unknown);
        QSignalSpy probed(&store, &GuardedSecretStore::probed);
        QSignalSpy changed(&store, &GuardedSecretStore::stateChanged);
        store.probe();
        QVERIFY(probed.wait(30'000));
        QCOMPARE(store.state(), State::Unavailable);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(store.unavailableReason().contains(QLatin1String("keychain")),
                 qPrintable(store.unavailableReason()));
    }

    void secretsAreRefusedUntilTheUserOptsIn()
    {
        GuardedSecretStore store(
            std::make_unique<KeychainSecretStore>(QStringLiteral("dev.harness.desktop.test")));
        const QString key = QStringLiteral("provider/p1/api-key");
        auto result =
            waitFor([&](auto done) { store.write(key, QStringLiteral("sk-guarded-canary"), this, done); });
        QCOMPARE(result.status, SecretResult::Status::NoKeychain);
        QVERIFY2(result.error.contains(QLatin1String("never saved in plain text")), qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("for this session only")));
        QCOMPARE(store.state(), State::Unavailable);
        verifyNoFileHolds("sk-guarded-canary");

        QSignalSpy changed(&store, &GuardedSecretStore::stateChanged);
        store.allowSessionOnly();
        QCOMPARE(store.state(), State::SessionOnly);
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.description().contains(QLatin1String("session")));
        result =
            waitFor([&](auto done) { store.write(key, QStringLiteral("sk-guarded-canary"), this, done); });
        QVERIFY2(result.ok(), qPrintable(result.error));
        result = waitFor([&](auto done) { store.read(key, this, done); });
        QCOMPARE(result.value, QStringLiteral("sk-guarded-canary"));
        result = waitFor([&](auto done) { store.remove(key, this, done); });
        QVERIFY(result.ok());
        result = waitFor([&](auto done) { store.read(key, this, done); });
        QCOMPARE(result.status, SecretResult::Status::NotFound);
        // Still nothing on disk, and a probe does not take the user's choice back.
        verifyNoFileHolds("sk-guarded-canary");
        store.probe();
        QCOMPARE(store.state(), State::SessionOnly);
    }

    void sessionSecretsDieWithTheStore()
    {
        const QString key = QStringLiteral("mcp/s1/bearer");
        {
            GuardedSecretStore store(
                std::make_unique<KeychainSecretStore>(QStringLiteral("dev.harness.desktop.test")));
            store.allowSessionOnly();
            QVERIFY(waitFor([&](auto done) { store.write(key, QStringLiteral("token"), this, done); }).ok());
        }
        GuardedSecretStore next(
            std::make_unique<KeychainSecretStore>(QStringLiteral("dev.harness.desktop.test")));
        next.allowSessionOnly();
        QCOMPARE(waitFor([&](auto done) { next.read(key, this, done); }).status,
                 SecretResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestGuardedSecretStore)
#include "tst_guarded_secret_store.moc"
