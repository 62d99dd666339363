// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Runs with no reachable D-Bus session: the keychain must refuse, and never fall back to a file.
#include "core/secrets/keychain_secret_store.h"
#include "secret_wait.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace harness::core;
using harness::test::waitFor;

class TestNoKeychain final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writeIsRefusedWithAClearMessageAndNothingIsWritten()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        KeychainSecretStore store(QStringLiteral("dev.harness.desktop.test"));
        auto result = waitFor([&](auto done) {
            store.write(QStringLiteral("provider/x/api-key"), QStringLiteral("sk-secret-canary"), this, done);
        });
        QVERIFY(!result.ok());
        QVERIFY2(result.status == SecretResult::Status::NoKeychain ||
                     result.status == SecretResult::Status::Failed,
                 qPrintable(result.error));
        QVERIFY(result.error.contains(QLatin1String("keychain")));
        // No file anywhere under HOME holds the secret.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("sk-secret-canary"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_no_keychain.moc"
