// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Runs inside a private D-Bus session with gnome-keyring's Secret Service (tests/run-with-keyring.sh).
#include "core/secrets/keychain_secret_store.h"
#include "core/secrets/memory_secret_store.h"
#include "secret_wait.h"

#include <QTest>
#include <QUuid>

using namespace harness::core;
using harness::test::waitFor;

class TestKeychainSecretStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeReadReplaceDelete_data()
    {
        QTest::addColumn<bool>("keychain");
        QTest::newRow("system keychain") << true;
        QTest::newRow("memory") << false;
    }

    void writeReadReplaceDelete()
    {
        QFETCH(bool, keychain);
        std::unique_ptr<SecretStore> store;
        if (keychain)
            store = std::make_unique<KeychainSecretStore>(QStringLiteral("dev.harness.desktop.test"));
        else
            store = std::make_unique<MemorySecretStore>();
        const QString key = QStringLiteral("provider/openrouter/api-key-") + QUuid::createUuid().toString();

        auto result = waitFor([&](auto done) { store->read(key, this, done); });
        QCOMPARE(result.status, SecretResult::Status::NotFound);

        result = waitFor([&](auto done) { store->write(key, QStringLiteral("sk-or-v1-first"), this, done); });
        QVERIFY2(result.ok(), qPrintable(result.error));
        result = waitFor([&](auto done) { store->read(key, this, done); });
        QVERIFY(result.ok());
        QCOMPARE(result.value, QStringLiteral("sk-or-v1-first"));

        result =
            waitFor([&](auto done) { store->write(key, QStringLiteral("sk-or-v1-second ü"), this, done); });
        QVERIFY(result.ok());
        result = waitFor([&](auto done) { store->read(key, this, done); });
        QCOMPARE(result.value, QStringLiteral("sk-or-v1-second ü"));

        result = waitFor([&](auto done) { store->remove(key, this, done); });
        QVERIFY(result.ok());
        result = waitFor([&](auto done) { store->read(key, this, done); });
        QCOMPARE(result.status, SecretResult::Status::NotFound);
        // Removing again is fine: the secret is gone, as asked.
        result = waitFor([&](auto done) { store->remove(key, this, done); });
        QVERIFY(result.ok());
    }

    void keysAreIndependent()
    {
        KeychainSecretStore store(QStringLiteral("dev.harness.desktop.test"));
        const QString a = QStringLiteral("mcp/a/bearer-") + QUuid::createUuid().toString();
        const QString b = QStringLiteral("mcp/b/bearer-") + QUuid::createUuid().toString();
        QVERIFY(waitFor([&](auto done) { store.write(a, QStringLiteral("alpha"), this, done); }).ok());
        QVERIFY(waitFor([&](auto done) { store.write(b, QStringLiteral("beta"), this, done); }).ok());
        QCOMPARE(waitFor([&](auto done) { store.read(a, this, done); }).value, QStringLiteral("alpha"));
        QCOMPARE(waitFor([&](auto done) { store.read(b, this, done); }).value, QStringLiteral("beta"));
        waitFor([&](auto done) { store.remove(a, this, done); });
        waitFor([&](auto done) { store.remove(b, this, done); });
    }

    void callbackIsDroppedWhenItsContextIsGone()
    {
        MemorySecretStore store;
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("x"), &context, [&called](const SecretResult&) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychain_secret_store.moc"
