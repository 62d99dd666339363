// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Runs inside a private D-Bus session with gnome-keyring (tests/run-with-keyring.sh): a provider
// key written, read, replaced and deleted through the settings of the real window; then the
// SQLite files, the session/QSettings files and every log line are searched for the keys.
#include "core/engine/engine.h"
#include "core/secrets/guarded_secret_store.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/store/provider_repository.h"
#include "gui/main_window.h"
#include "gui/settings/keychain_notice.h"
#include "settings_test_support.h"
#include "support/scripted_llm_server.h"
#include "support/temp_store.h"

#include <QComboBox>
#include <QDirIterator>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>

using namespace harness::core;
using harness::gui::KeychainNotice;
using harness::gui::MainWindow;
using harness::gui::SettingsPage;
using harness::test::child;
using harness::test::ScriptedLlmServer;
using harness::test::TempStore;
using Response = ScriptedLlmServer::Response;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestSettingsKeychain final : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("QT_LOGGING_RULES", "*.debug=true"); // every category talks, so every line is searched
        previousHandler = qInstallMessageHandler(captureMessages);
    }

    void keyLifecycleLeavesNoTrace()
    {
        const QString first = QStringLiteral("sk-or-v1-keychain-canary-first-1111");
        const QString second = QStringLiteral("sk-or-v1-keychain-canary-second-2222");
        TempStore temp;
        GuardedSecretStore secrets(
            std::make_unique<KeychainSecretStore>(QStringLiteral("dev.harness.desktop.test")));
        QSignalSpy probed(&secrets, &GuardedSecretStore::probed);
        secrets.probe();
        QVERIFY(probed.wait(30'000));
        QCOMPARE(secrets.state(), GuardedSecretStore::State::Keychain);

        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const harness::test::RecordedRequest&) { return Response::json(200, "{\"data\":[]}"); });
        QString secretKey;
        {
            Engine engine(*temp.store, &secrets);
            MainWindow window(*temp.store, engine, temp.dir.path());
            window.show();
            window.showPage(MainWindow::Page::Settings);
            auto* page = child<SettingsPage>(&window, "settingsPage");
            QVERIFY(!child<KeychainNotice>(page, "keychainNotice")->isVisible());
            QVERIFY(page->showSection(QStringLiteral("Providers")));

            // Write.
            child<QComboBox>(page, "providerKind")->setCurrentIndex(1);
            child<QLineEdit>(page, "providerUrl")->setText(server.baseUrl().toString());
            child<QLineEdit>(page, "providerKey")->setText(first);
            child<QPushButton>(page, "saveProvider")->click();
            QTRY_COMPARE_WITH_TIMEOUT(temp.store->providers().list().value.size(), 1, 20'000);
            secretKey = temp.store->providers().list().value.first().secretKey();
            // Read (from the keychain itself).
            QTRY_COMPARE(harness::test::readSecret(secrets, secretKey).value, first);
            QTRY_VERIFY(
                child<QLabel>(page, "providerStatus")->text().contains(QLatin1String("system keychain")));
            // Replace.
            child<QLineEdit>(page, "providerKey")->setText(second);
            child<QPushButton>(page, "saveProvider")->click();
            QTRY_COMPARE_WITH_TIMEOUT(harness::test::readSecret(secrets, secretKey).value, second, 20'000);
            // Delete with the provider.
            child<QListWidget>(page, "providerList")->setCurrentRow(0);
            child<QPushButton>(page, "removeProvider")->click();
            QVERIFY(harness::test::confirm(page, "removeProviderConfirm", "confirmRemoveProvider"));
            QTRY_COMPARE_WITH_TIMEOUT(temp.store->providers().list().value.size(), 0, 20'000);
            QTRY_COMPARE(harness::test::readSecret(secrets, secretKey).status,
                         SecretResult::Status::NotFound);
            window.close(); // writes the session file
        }
        QSettings settings;
        settings.setValue(QStringLiteral("probe"), 1);
        settings.sync();

        // The keys are nowhere: SQLite (and its WAL), the session file, QSettings, the log.
        QStringList searched;
        for (const QString& root : {temp.dir.path(), m_config.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                searched << QFileInfo(file).fileName();
                for (const QString& secret : {first, second})
                    QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QVERIFY2(searched.contains(QStringLiteral("harness.db")), qPrintable(searched.join(u' ')));
        QVERIFY2(std::any_of(searched.cbegin(), searched.cend(),
                             [](const QString& name) {
                                 return name.endsWith(QLatin1String(".ini")) ||
                                        name.endsWith(QLatin1String(".conf"));
                             }),
                 qPrintable(searched.join(u' ')));
        QMutexLocker lock(&logMutex);
        for (const QString& line : std::as_const(capturedLog))
            for (const QString& secret : {first, second})
                QVERIFY2(!line.contains(secret), qPrintable(line));
    }
};

QTEST_MAIN(TestSettingsKeychain)
#include "tst_settings_keychain.moc"
