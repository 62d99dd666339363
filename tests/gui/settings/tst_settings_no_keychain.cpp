// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Runs with no reachable D-Bus session (no keychain): the settings say so, a key is refused rather
// than written in plain text, and after the explicit "this session only" choice it is kept in
// memory with a warning that stays. Nothing on disk ever holds the key.
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
#include <QSignalSpy>
#include <QStatusBar>

using namespace harness::core;
using harness::gui::KeychainNotice;
using harness::gui::MainWindow;
using harness::gui::SettingsPage;
using harness::test::child;
using harness::test::ScriptedLlmServer;
using harness::test::TempStore;
using Response = ScriptedLlmServer::Response;

class TestSettingsNoKeychain final : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
    }

    void refusedUntilTheUserChoosesThisSessionOnly()
    {
        TempStore temp;
        GuardedSecretStore secrets(
            std::make_unique<KeychainSecretStore>(QStringLiteral("dev.harness.desktop.test")));
        QSignalSpy probed(&secrets, &GuardedSecretStore::probed);
        secrets.probe();
        QVERIFY(probed.wait(30'000));
        QCOMPARE(secrets.state(), GuardedSecretStore::State::Unavailable);

        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const harness::test::RecordedRequest&) { return Response::json(200, "{\"data\":[]}"); });
        Engine engine(*temp.store, &secrets);
        MainWindow window(*temp.store, engine, temp.dir.path());
        window.resize(1100, 720);
        window.show();
        window.showPage(MainWindow::Page::Settings);
        auto* page = child<SettingsPage>(&window, "settingsPage");
        auto* notice = child<KeychainNotice>(page, "keychainNotice");
        QVERIFY(notice->isVisible());
        QVERIFY(child<QLabel>(notice, "keychainNoticeText")
                    ->text()
                    .contains(QLatin1String("never writes them in plain text")));
        // The status bar says it on every page.
        auto* badge = child<KeychainNotice>(window.statusBar(), "keychainBadge");
        QVERIFY(badge->isVisible());
        QVERIFY(child<QLabel>(badge, "keychainNoticeText")->text().contains(QLatin1String("No keychain")));
        page->showSection(QStringLiteral("Providers"));
        harness::test::snapshot(page, QStringLiteral("settings-no-keychain"));

        // A key is checked, then refused by the secret store: explained, kept in the field, no provider.
        child<QComboBox>(page, "providerKind")->setCurrentIndex(1);
        child<QLineEdit>(page, "providerUrl")->setText(server.baseUrl().toString());
        auto* key = child<QLineEdit>(page, "providerKey");
        key->setText(QStringLiteral("sk-plaintext-canary-9999"));
        child<QPushButton>(page, "saveProvider")->click();
        auto* status = child<QLabel>(page, "providerStatus");
        QTRY_VERIFY2(status->text().contains(QLatin1String("never saved in plain text")),
                     qPrintable(status->text()));
        QCOMPARE(key->text(), QStringLiteral("sk-plaintext-canary-9999"));
        QCOMPARE(temp.store->providers().list().value.size(), 0);

        // The explicit opt-in: memory for this session, and a warning that stays.
        child<QPushButton>(notice, "allowSessionSecrets")->click();
        QCOMPARE(secrets.state(), GuardedSecretStore::State::SessionOnly);
        QVERIFY(notice->isVisible());
        QVERIFY(
            child<QLabel>(notice, "keychainNoticeText")->text().contains(QLatin1String("this session only")));
        QVERIFY(!child<QPushButton>(notice, "allowSessionSecrets")->isVisible());
        QVERIFY(
            child<QLabel>(badge, "keychainNoticeText")->text().contains(QLatin1String("this session only")));
        child<QPushButton>(page, "saveProvider")->click();
        QTRY_COMPARE(temp.store->providers().list().value.size(), 1);
        const Provider saved = temp.store->providers().list().value.first();
        QTRY_COMPARE(harness::test::readSecret(secrets, saved.secretKey()).value,
                     QStringLiteral("sk-plaintext-canary-9999"));
        QTRY_VERIFY(status->text().contains(QLatin1String("session only")));
        window.close();

        // Nothing on disk holds the key: not the store, not the session file, not HOME.
        for (const QString& root : {temp.dir.path(), m_home.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains("sk-plaintext-canary-9999"), qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_MAIN(TestSettingsNoKeychain)
#include "tst_settings_no_keychain.moc"
