// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The settings page, offscreen: every setting survives a restart (a new page over the same store),
// categories and added sections, live key checks against a scripted server on 127.0.0.1, masked
// keys, replacing and removing a provider with its key, Connect OpenRouter, local Ollama, export
// and import.
#include "core/auth/pkce.h"
#include "core/model/tool_policy.h"
#include "core/secrets/memory_secret_store.h"
#include "core/setup/proxy_settings.h"
#include "core/store/harness_repository.h"
#include "core/store/provider_repository.h"
#include "core/store/settings_repository.h"
#include "core/store/tool_policy_repository.h"
#include "core/util/data_location.h"
#include "gui/message_box.h"
#include "gui/settings/data_settings.h"
#include "gui/settings/provider_settings.h"
#include "settings_test_support.h"
#include "support/add_harness.h"
#include "support/scripted_llm_server.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QNetworkProxy>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace harness::core;
using harness::gui::MessageBox;
using harness::gui::ProviderSettings;
using harness::gui::SettingsPage;
using harness::test::addHarness;
using harness::test::child;
using harness::test::ScriptedLlmServer;
using harness::test::TempStore;
using Response = ScriptedLlmServer::Response;

class TestSettingsPage final : public QObject {
    Q_OBJECT

    static QString listText(QWidget* page)
    {
        auto* list = child<QListWidget>(page, "providerList");
        QStringList rows;
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->text();
        return rows.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everySettingSurvivesARestart()
    {
        TempStore temp;
        const Harness second =
            addHarness(*temp.store, QStringLiteral("Second"), HarnessStatus::Draft, QStringLiteral("m"));
        addHarness(*temp.store, QStringLiteral("First"), HarnessStatus::Draft, QStringLiteral("m"));
        MemorySecretStore secrets;
        {
            SettingsPage page(*temp.store, &secrets, temp.dir.path());
            QSignalSpy theme(&page, &SettingsPage::themeChanged);
            child<QCheckBox>(&page, "autoSwitchHarness")->setChecked(false);
            auto* harnessBox = child<QComboBox>(&page, "defaultHarness");
            QCOMPARE(harnessBox->count(), 3); // the last used + two harnesses
            harnessBox->setCurrentIndex(harnessBox->findData(second.id));
            auto* themeBox = child<QComboBox>(&page, "themeBox");
            themeBox->setCurrentIndex(themeBox->findData(int(UserSettings::Theme::Dark)));
            QCOMPARE(theme.size(), 1);
            QCOMPARE(theme.at(0).at(0).value<UserSettings::Theme>(), UserSettings::Theme::Dark);
            auto* language = child<QComboBox>(&page, "languageBox");
            QVERIFY(language->findData(QStringLiteral("en")) > 0);
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            child<QCheckBox>(&page, "showUsage")->setChecked(false);
            child<QSpinBox>(&page, "stallTimeout")->setValue(125);
            child<QRadioButton>(&page, "toolDefaultAsk")->setChecked(true);
            child<QRadioButton>(&page, "proxyManual")->setChecked(true);
            child<QLineEdit>(&page, "proxyHost")->setText(QStringLiteral("proxy.example.com"));
            child<QSpinBox>(&page, "proxyPort")->setValue(3128);
            child<QLineEdit>(&page, "proxyUser")->setText(QStringLiteral("alice"));
            child<QLineEdit>(&page, "proxyPassword")->setText(QStringLiteral("proxy-pass-canary"));
            child<QPushButton>(&page, "applyProxy")->click();
            QTRY_VERIFY(child<QLabel>(&page, "proxyStatus")
                            ->text()
                            .contains(QLatin1String("proxy.example.com:3128")));
            // Applied app-wide at once, the password from the keychain (memory here).
            QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.com"));
            QCOMPARE(QNetworkProxy::applicationProxy().password(), QStringLiteral("proxy-pass-canary"));
        }
        // What the store holds: the synced settings, the global tool rule, the proxy without password.
        const auto saved = temp.store->settings().load().value;
        QCOMPARE(saved.autoSwitchHarness, false);
        QCOMPARE(saved.defaultHarnessId, second.id);
        QCOMPARE(saved.theme, UserSettings::Theme::Dark);
        QCOMPARE(saved.language, QStringLiteral("en"));
        QCOMPARE(saved.showUsage, false);
        QCOMPARE(saved.streamStallTimeoutSeconds, 125);
        QCOMPARE(
            temp.store->toolPolicies().resolve(QStringLiteral("h"), QStringLiteral("s"), QStringLiteral("t")),
            std::optional<ToolPolicy>(ToolPolicy::Ask));
        QFile db(temp.path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("proxy-pass-canary"));
        QCOMPARE(harness::test::readSecret(secrets, ProxySettings::secretKey()).value,
                 QStringLiteral("proxy-pass-canary"));

        // A restart: a new page over the same store shows every choice.
        SettingsPage again(*temp.store, &secrets, temp.dir.path());
        QVERIFY(!child<QCheckBox>(&again, "autoSwitchHarness")->isChecked());
        QCOMPARE(child<QComboBox>(&again, "defaultHarness")->currentData().toString(), second.id);
        QCOMPARE(child<QComboBox>(&again, "themeBox")->currentData().toInt(), int(UserSettings::Theme::Dark));
        QCOMPARE(child<QComboBox>(&again, "languageBox")->currentData().toString(), QStringLiteral("en"));
        QVERIFY(!child<QCheckBox>(&again, "showUsage")->isChecked());
        QCOMPARE(child<QSpinBox>(&again, "stallTimeout")->value(), 125);
        QVERIFY(child<QRadioButton>(&again, "toolDefaultAsk")->isChecked());
        QVERIFY(child<QRadioButton>(&again, "proxyManual")->isChecked());
        QCOMPARE(child<QLineEdit>(&again, "proxyHost")->text(), QStringLiteral("proxy.example.com"));
        QCOMPARE(child<QSpinBox>(&again, "proxyPort")->value(), 3128);
        QCOMPARE(child<QLineEdit>(&again, "proxyUser")->text(), QStringLiteral("alice"));
        QVERIFY(child<QLineEdit>(&again, "proxyPassword")->text().isEmpty());

        // Back to the recommended tool default: the global rule is gone, the engine default applies.
        child<QRadioButton>(&again, "toolDefaultReadOnly")->setChecked(true);
        QVERIFY(!temp.store->toolPolicies().resolve(QStringLiteral("h"), QStringLiteral("s"),
                                                    QStringLiteral("t")));
        child<QRadioButton>(&again, "proxySystem")->setChecked(true);
        child<QPushButton>(&again, "applyProxy")->click();
        QTRY_COMPARE(ProxySettings::load(*temp.store).value.mode, ProxySettings::Mode::System);
    }

    void categoriesAndAddedSections()
    {
        TempStore temp;
        MemorySecretStore secrets;
        SettingsPage page(*temp.store, &secrets, temp.dir.path());
        QCOMPARE(page.sectionTitles(),
                 (QStringList{QStringLiteral("General"), QStringLiteral("Providers"), QStringLiteral("Tools"),
                              QStringLiteral("Network"), QStringLiteral("Data"), QStringLiteral("About")}));
        auto* account = new QLabel(QStringLiteral("Signed in as someone"));
        account->setObjectName(QStringLiteral("accountPanel"));
        page.addSection(QStringLiteral("Account"), account);
        QCOMPARE(page.sectionTitles().at(5), QStringLiteral("Account"));
        QCOMPARE(page.sectionTitles().last(), QStringLiteral("About"));
        page.resize(900, 600);
        page.show();
        QVERIFY(page.showSection(QStringLiteral("Account")));
        QTRY_VERIFY(account->isVisible());
        QVERIFY(!page.showSection(QStringLiteral("Nothing")));
        // By objectName, the same in every language (screenshots, the window's own links).
        QVERIFY(page.showSectionNamed(QStringLiteral("dataSettings")));
        QTRY_VERIFY(child<QWidget>(&page, "dataSettings")->isVisible());
        QVERIFY(!account->isVisible());
        QVERIFY(page.showSectionNamed(QStringLiteral("accountPanel")));
        QTRY_VERIFY(account->isVisible());
        QVERIFY(!page.showSectionNamed(QStringLiteral("nothing")));
        QVERIFY(page.showSection(QStringLiteral("About")));
        QVERIFY(child<QLabel>(&page, "aboutText")->text().contains(QLatin1String("QtKeychain")));
        QVERIFY(child<QLabel>(&page, "dataMoveHint")->text().contains(QLatin1String("HARNESS_DATA_DIR")));
    }

    void rejectedKeyIsShownAndNothingIsSaved()
    {
        TempStore temp;
        MemorySecretStore secrets;
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.enqueue(Response::error(401, QStringLiteral("User not found.")));
        SettingsPage page(*temp.store, &secrets, temp.dir.path());
        child<QComboBox>(&page, "providerKind")->setCurrentIndex(1); // OpenAI-compatible
        child<QLineEdit>(&page, "providerUrl")->setText(server.baseUrl().toString());
        child<QLineEdit>(&page, "providerKey")->setText(QStringLiteral("sk-wrong-key-0000"));
        child<QPushButton>(&page, "saveProvider")->click();
        auto* status = child<QLabel>(&page, "providerStatus");
        QTRY_VERIFY(status->text().contains(QLatin1String("The key was rejected")));
        QVERIFY(status->property("error").toBool());
        QVERIFY(status->text().contains(QLatin1String("User not found.")));
        // What the user typed stays; nothing reached the store or the keychain.
        QCOMPARE(child<QLineEdit>(&page, "providerKey")->text(), QStringLiteral("sk-wrong-key-0000"));
        QCOMPARE(temp.store->providers().list().value.size(), 0);
        QVERIFY(child<QPushButton>(&page, "saveProviderAnyway")->isHidden());
        QCOMPARE(server.requests().at(0).header("authorization"), QByteArray("Bearer sk-wrong-key-0000"));
    }

    void unreachableServerCanBeSavedAnyway()
    {
        TempStore temp;
        MemorySecretStore secrets;
        SettingsPage page(*temp.store, &secrets, temp.dir.path());
        const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(ScriptedLlmServer::unusedPort());
        child<QComboBox>(&page, "providerKind")->setCurrentIndex(1);
        child<QLineEdit>(&page, "providerUrl")->setText(url);
        child<QLineEdit>(&page, "providerKey")->setText(QStringLiteral("sk-local-key-1234"));
        child<QPushButton>(&page, "saveProvider")->click();
        auto* status = child<QLabel>(&page, "providerStatus");
        QTRY_VERIFY(status->text().contains(QLatin1String("Nothing is answering")));
        auto* anyway = child<QPushButton>(&page, "saveProviderAnyway");
        QVERIFY(!anyway->isHidden());
        anyway->click();
        QTRY_COMPARE(temp.store->providers().list().value.size(), 1);
        const Provider saved = temp.store->providers().list().value.first();
        QCOMPARE(saved.baseUrl, url);
        QTRY_COMPARE(harness::test::readSecret(secrets, saved.secretKey()).value,
                     QStringLiteral("sk-local-key-1234"));
    }

    void keyIsCheckedSavedMaskedReplacedAndRemoved()
    {
        TempStore temp;
        MemorySecretStore secrets;
        ScriptedLlmServer server;
        QVERIFY(server.listen());
        server.setHandler([](const harness::test::RecordedRequest&) {
            return Response::json(200, "{\"data\":[{\"id\":\"m1\"}]}");
        });
        SettingsPage page(*temp.store, &secrets, temp.dir.path());
        child<QComboBox>(&page, "providerKind")->setCurrentIndex(1);
        child<QLineEdit>(&page, "providerUrl")->setText(server.baseUrl().toString());
        child<QLineEdit>(&page, "providerKey")->setText(QStringLiteral("sk-or-v1-first-key-AAAA"));
        child<QPushButton>(&page, "saveProvider")->click();
        QTRY_COMPARE(temp.store->providers().list().value.size(), 1);
        const Provider saved = temp.store->providers().list().value.first();
        QTRY_COMPARE(harness::test::readSecret(secrets, saved.secretKey()).value,
                     QStringLiteral("sk-or-v1-first-key-AAAA"));
        // Masked: the last four characters, never the key.
        QTRY_VERIFY2(listText(&page).contains(QStringLiteral("…AAAA")), qPrintable(listText(&page)));
        QVERIFY(!listText(&page).contains(QLatin1String("first-key")));
        QVERIFY(child<QLineEdit>(&page, "providerKey")->text().isEmpty());
        QVERIFY(child<QLabel>(&page, "providerStatus")->text().contains(QStringLiteral("…AAAA")));

        // Replace: the provider is selected; a new key is checked and replaces the old one.
        auto* list = child<QListWidget>(&page, "providerList");
        QCOMPARE(list->currentRow(), 0);
        child<QLineEdit>(&page, "providerKey")->setText(QStringLiteral("sk-or-v1-second-key-BBBB"));
        child<QPushButton>(&page, "saveProvider")->click();
        QTRY_COMPARE(harness::test::readSecret(secrets, saved.secretKey()).value,
                     QStringLiteral("sk-or-v1-second-key-BBBB"));
        QTRY_VERIFY(listText(&page).contains(QStringLiteral("…BBBB")));
        QCOMPARE(temp.store->providers().list().value.size(), 1);
        QCOMPARE(server.requests().last().header("authorization"),
                 QByteArray("Bearer sk-or-v1-second-key-BBBB"));

        // Remove: after the confirmation, the provider and its keychain entry are gone.
        page.show();
        list->setCurrentRow(0);
        child<QPushButton>(&page, "removeProvider")->click();
        QVERIFY(harness::test::confirm(&page, "removeProviderConfirm", "confirmRemoveProvider"));
        QTRY_COMPARE(temp.store->providers().list().value.size(), 0);
        QTRY_COMPARE(harness::test::readSecret(secrets, saved.secretKey()).status,
                     SecretResult::Status::NotFound);
        QVERIFY(child<QLabel>(&page, "providerStatus")->text().contains(QLatin1String("removed")));
    }

    void connectOpenRouterSavesTheKey()
    {
        TempStore temp;
        MemorySecretStore secrets;
        ScriptedLlmServer fake;
        QByteArray challenge;
        fake.setHandler([&challenge](const harness::test::RecordedRequest& request) {
            const QUrl url(QString::fromLatin1(request.path));
            if (url.path() == QLatin1String("/auth")) {
                const QUrlQuery query(url);
                challenge = query.queryItemValue(QStringLiteral("code_challenge")).toLatin1();
                QUrl back(query.queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded));
                back.setQuery(QStringLiteral("code=c1"));
                return Response::json(302, {}).header("Location", back.toEncoded());
            }
            const auto body = request.json();
            if (pkce::s256Challenge(body.value(QStringLiteral("code_verifier")).toString().toLatin1()) !=
                challenge)
                return Response::error(403, QStringLiteral("bad verifier"));
            return Response::json(200, "{\"key\":\"sk-or-v1-connected-CCCC\"}");
        });
        QVERIFY(fake.listen());
        SettingsPage page(*temp.store, &secrets, temp.dir.path());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(fake.port());
        OpenRouterEndpoints endpoints;
        endpoints.authUrl = QUrl(base + QStringLiteral("/auth"));
        endpoints.keysUrl = QUrl(base + QStringLiteral("/api/v1/auth/keys"));
        page.providers().setOpenRouterEndpoints(endpoints);
        QNetworkAccessManager browser;
        page.providers().setBrowserOpener([&browser](const QUrl& url) {
            QNetworkReply* reply = browser.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        });
        child<QPushButton>(&page, "connectOpenRouter")->click();
        QTRY_COMPARE_WITH_TIMEOUT(temp.store->providers().list().value.size(), 1, 15'000);
        const Provider p = temp.store->providers().list().value.first();
        QCOMPARE(p.kind, Provider::Kind::OpenRouter);
        QTRY_COMPARE(harness::test::readSecret(secrets, p.secretKey()).value,
                     QStringLiteral("sk-or-v1-connected-CCCC"));
        QTRY_VERIFY(child<QLabel>(&page, "connectStatus")->text().contains(QLatin1String("connected")));
    }

    void localOllamaIsOfferedAndAdded()
    {
        TempStore temp;
        MemorySecretStore secrets;
        ScriptedLlmServer ollama;
        QVERIFY(ollama.listen());
        ollama.setHandler([](const harness::test::RecordedRequest&) {
            return Response::json(200, "{\"models\":[{\"name\":\"llama3.2:latest\"}]}");
        });
        SettingsPage page(*temp.store, &secrets, temp.dir.path());
        page.show();
        page.showSection(QStringLiteral("Providers"));
        page.providers().detectOllama(ollama.port());
        auto* box = child<QFrame>(&page, "ollamaBox");
        QTRY_VERIFY(box->isVisible());
        QVERIFY(child<QLabel>(&page, "ollamaLabel")->text().contains(QLatin1String("1 model")));
        harness::test::snapshot(&page, QStringLiteral("settings-providers"));
        child<QPushButton>(&page, "useOllama")->click();
        QCOMPARE(temp.store->providers().list().value.size(), 1);
        const Provider p = temp.store->providers().list().value.first();
        QCOMPARE(p.name, QStringLiteral("Ollama"));
        QCOMPARE(p.baseUrl, QStringLiteral("http://127.0.0.1:%1/v1").arg(ollama.port()));
        QVERIFY(!child<QPushButton>(&page, "useOllama")->isVisible());
        // Found again later: already set up, no second offer.
        page.providers().detectOllama(ollama.port());
        QTRY_VERIFY(child<QLabel>(&page, "ollamaLabel")->text().contains(QLatin1String("set up")));
        QVERIFY(!child<QPushButton>(&page, "useOllama")->isVisible());
    }

    void exportAndImportFromTheDataSection()
    {
        TempStore source;
        addHarness(*source.store, QStringLiteral("Portable"), HarnessStatus::Draft, QStringLiteral("m"));
        source.addMessage(source.addConversation(QStringLiteral("Trip")).id, MessageRole::User,
                          QStringLiteral("Hi"));
        MemorySecretStore secrets;
        SettingsPage page(*source.store, &secrets, source.dir.path());
        const QString file = source.dir.filePath(QStringLiteral("export.json"));
        QVERIFY(page.data().exportTo(file));
        QVERIFY(child<QLabel>(&page, "dataResult")->text().contains(QLatin1String("1 conversation")));

        TempStore target;
        SettingsPage other(*target.store, &secrets, target.dir.path());
        QVERIFY(other.data().importFrom(file));
        QVERIFY(child<QLabel>(&other, "dataResult")->text().contains(QLatin1String("Added 1 harness")));
        QCOMPARE(target.store->harnesses().count().value, 1);
        QVERIFY(!other.data().importFrom(target.dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(child<QLabel>(&other, "dataResult")->property("error").toBool());
    }

    void moveDataFromTheDataSection()
    {
        TempStore source;
        source.addMessage(source.addConversation(QStringLiteral("Trip")).id, MessageRole::User,
                          QStringLiteral("Hi"));
        source.addConversation(QStringLiteral("Empty"));
        // Started from a folder an earlier move recorded: neither --data-dir nor the variable.
        qunsetenv(DataLocation::EnvironmentVariable);
        QVERIFY(DataLocation::recordLocation(source.dir.path()));
        MemorySecretStore secrets;
        SettingsPage page(*source.store, &secrets, source.dir.path());
        auto& data = page.data();
        QVERIFY(child<QPushButton>(&page, "moveData")->isEnabled());
        int restarts = 0;
        data.setRestarter([&restarts] { ++restarts; });
        QTemporaryDir parent;
        auto* result = child<QLabel>(&page, "dataResult");

        // A folder that is not empty: refused, said why, nothing changes.
        const QString busy = parent.filePath(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(busy + QStringLiteral("/photos")));
        QVERIFY(!data.moveTo(busy));
        QVERIFY(result->property("error").toBool());
        QVERIFY2(result->text().contains(QLatin1String("is not empty")), qPrintable(result->text()));
        QCOMPARE(DataLocation::recordedLocation(), QDir::cleanPath(source.dir.path()));

        // Answers still streaming would write into the old folder: the move waits for them.
        const QString target = parent.filePath(QStringLiteral("moved"));
        data.setBeforeMove([] { return 2; });
        QVERIFY(!data.moveTo(target));
        QVERIFY2(result->text().contains(QLatin1String("still coming in")), qPrintable(result->text()));
        QVERIFY(!QFileInfo::exists(target));
        data.setBeforeMove([] { return 0; });

        // Copied and checked, then the user cancels: the copy goes, the old record stays.
        MessageBox::setNextAnswers({QMessageBox::Cancel});
        QVERIFY(!data.moveTo(target));
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("(2 conversation")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QDir::toNativeSeparators(source.dir.path())));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(DataLocation::recordedLocation(), QDir::cleanPath(source.dir.path()));
        QCOMPARE(restarts, 0);

        // Again, "Restart now": recorded for the next start, the old folder named and kept.
        MessageBox::setNextAnswers({QMessageBox::Yes});
        QVERIFY(data.moveTo(target));
        QCOMPARE(restarts, 1);
        QCOMPARE(DataLocation::recordedLocation(), QDir::cleanPath(target));
        QCOMPARE(DataLocation::resolve(), QDir::cleanPath(target));
        QVERIFY(result->text().contains(QDir::toNativeSeparators(source.dir.path())));
        QVERIFY(QFileInfo::exists(source.path()));
        Store moved(DataLocation::databasePath(target));
        QVERIFY(!moved.open());
        QCOMPARE(moved.conversations().count(true).value, 2);
        QFile::remove(DataLocation::recordFilePath());
    }

    void overriddenDataFolderCannotBeMoved()
    {
        TempStore temp;
        MemorySecretStore secrets;
        qunsetenv(DataLocation::EnvironmentVariable);
        QFile::remove(DataLocation::recordFilePath());
        SettingsPage page(*temp.store, &secrets, temp.dir.path()); // as with --data-dir
        QVERIFY(!child<QPushButton>(&page, "moveData")->isEnabled());
        QVERIFY(child<QLabel>(&page, "dataMoveHint")->text().contains(QLatin1String("--data-dir")));
    }

    void pageLooksRight()
    {
        // Pictures of each category for a person to look at (HARNESS_SCREENSHOT_DIR).
        TempStore temp;
        addHarness(*temp.store, QStringLiteral("Coder"), HarnessStatus::Draft, QStringLiteral("m"));
        MemorySecretStore secrets;
        SettingsPage page(*temp.store, &secrets, temp.dir.path());
        page.resize(980, 680);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (const QString& title : page.sectionTitles()) {
            QVERIFY(page.showSection(title));
            QTest::qWait(50);
            harness::test::snapshot(&page, QStringLiteral("settings-") + title.toLower());
        }
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settings_page.moc"
