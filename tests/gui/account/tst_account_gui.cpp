// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The account in the window, offscreen, against the real peers (oidc-provider, whose login the
// test browser completes, and the local Convex backend over our convex/ functions): the welcome
// page's two ways in, "Continue in your browser" with the link, the first-sign-in question,
// Settings > Account, the status bar's sync indicator (synced, offline with changes waiting,
// sync now), sign-out keeping or removing local copies, and the keychain emptied.
#include "account_peers.h"
#include "core/account/account_service.h"
#include "core/engine/engine.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "gui/main_window.h"
#include "gui/message_box.h"
#include "gui/settings/settings_page.h"
#include "gui/sidebar/sidebar.h"
#include "support/add_harness.h"
#include "support/temp_store.h"
#include "test_browser.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace harness::core;
using harness::gui::MainWindow;
using harness::gui::MessageBox;
using harness::gui::SettingsPage;
using harness::test::AccountPeers;
using harness::test::addHarness;
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

template <typename T> T* find(QWidget& window, const char* name)
{
    auto* widget = window.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

/// One app: store, secrets, engine, account service and main window.
struct App {
    TempStore& temp;
    MemorySecretStore& secrets;
    Engine engine;
    AccountService account;
    std::unique_ptr<MainWindow> window;

    App(TempStore& t, MemorySecretStore& s, const AccountConfiguration* config = nullptr,
        OidcSignIn::BrowserOpener opener = {})
        : temp(t), secrets(s), engine(*t.store, &s), account(*t.store, &s)
    {
        if (config && account.setConfiguration(*config) != QString())
            qFatal("configuration refused");
        if (opener)
            account.setBrowserOpener(std::move(opener));
        window = std::make_unique<MainWindow>(*t.store, engine, t.dir.path());
        window->setAccount(account);
        window->show();
    }
    QToolButton* status() { return find<QToolButton>(*window, "syncStatusButton"); }
    QWidget& welcome() { return *find<QWidget>(*window, "welcomePage"); }
    QWidget& panel() { return *find<QWidget>(*window, "accountPanel"); }
    void click(const char* name)
    {
        // The welcome page and the settings panel share some parts: click the one on screen.
        const auto onScreen = [&]() -> QPushButton* {
            QPushButton* found = nullptr;
            for (auto* candidate : window->findChildren<QPushButton*>(QString::fromLatin1(name))) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found;
        };
        QPushButton* button = onScreen();
        if (!button) { // Settings shows one category at a time: open the Account category
            window->showPage(MainWindow::Page::Settings);
            QVERIFY(find<SettingsPage>(*window, "settingsPage")->showSection(QStringLiteral("Account")));
            button = onScreen();
        }
        QVERIFY2(button, name);
        QVERIFY2(button->isVisible() && button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

QStringList serverTitles(AccountPeers& peers, const QString& bearer)
{
    QStringList titles;
    // What the web app lists (conversations:list, the web's own query).
    const auto rows =
        peers.convex.callAs(bearer, QStringLiteral("query"), QStringLiteral("conversations:list"), {})
            .toArray();
    for (const auto& row : rows)
        titles.append(row.toObject().value(QStringLiteral("title")).toString());
    titles.sort();
    return titles;
}

} // namespace

class TestAccountGui final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_START_ACCOUNT_PEERS(m_peers);
    }
    void cleanupTestCase()
    {
        m_peers.convex.stop();
        m_peers.oidc.stop();
    }
    void init() { QVERIFY(m_peers.oidc.control(QJsonObject{{QStringLiteral("reset"), true}})); }

    void welcomeThenLocalProfile()
    {
        TempStore temp;
        MemorySecretStore secrets;
        {
            App app(temp, secrets);
            QCOMPARE(app.window->currentPage(), MainWindow::Page::Welcome);
            QVERIFY(!app.window->sidebar().isVisible());
            QVERIFY(!app.status()->isVisible()); // nothing chosen, nothing to say
            app.click("welcomeUseLocally");
            // No harness yet: the existing first-run flow comes next.
            QCOMPARE(app.window->currentPage(), MainWindow::Page::FirstRun);
            QVERIFY(app.window->sidebar().isVisible());
            QCOMPARE(app.account.profileMode(), AccountService::ProfileMode::Local);
            QVERIFY(app.status()->isVisible());
            QCOMPARE(app.status()->text(), QStringLiteral("Local profile"));
            // Clicking the indicator leads to the account settings, where one can sign in later.
            QTest::mouseClick(app.status(), Qt::LeftButton);
            QCOMPARE(app.window->currentPage(), MainWindow::Page::Settings);
            QVERIFY(find<QPushButton>(*app.window, "accountSignIn")->isVisible());
            QVERIFY(!find<QPushButton>(*app.window, "accountSignOut")->isVisible());
            QVERIFY(find<QLabel>(*app.window, "accountIdentity")
                        ->text()
                        .contains(QStringLiteral("local profile")));
        }
        // The next start goes straight to the app.
        addHarness(*temp.store, QStringLiteral("Default"));
        App again(temp, secrets);
        QCOMPARE(again.window->currentPage(), MainWindow::Page::Chat);
    }

    void welcomeSignInSyncAndSignOut()
    {
        TempStore temp;
        MemorySecretStore secrets;
        TestBrowser browser;
        addHarness(*temp.store, QStringLiteral("Default"));
        temp.addConversation(QStringLiteral("Written before signing in"));
        QUrl asked;
        const auto config = m_peers.configuration();
        App app(temp, secrets, &config, [&asked](const QUrl& url) {
            asked = url; // the user reads the page for a moment before the browser goes on
            return true;
        });
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Welcome);

        app.click("welcomeSignIn");
        QVERIFY(waitUntil([&] { return asked.isValid(); }));
        // "Continue in your browser", with the link to copy and Cancel.
        QVERIFY(find<QWidget>(app.welcome(), "signInWaiting")->isVisible());
        QVERIFY(waitUntil([&] { return !find<QLineEdit>(app.welcome(), "signInLink")->text().isEmpty(); }));
        QCOMPARE(QUrl(find<QLineEdit>(app.welcome(), "signInLink")->text()), asked);
        QVERIFY(asked.toString().startsWith(m_peers.oidc.issuer().toString()));
        QVERIFY(find<QPushButton>(app.welcome(), "cancelSignIn")->isVisible());
        QVERIFY(!find<QPushButton>(*app.window, "welcomeSignIn")->isEnabled());
        QCOMPARE(app.status()->text(), QStringLiteral("Signing in…"));

        // The browser completes the login; the app asks about the data already here: upload it.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        browser.opener()(asked);
        QVERIFY(waitUntil([&] { return app.window->currentPage() == MainWindow::Page::Chat; }));
        QVERIFY(waitUntil([&] { return app.status()->text() == QStringLiteral("✓ Synced"); }));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("created without an account")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("alice@example.test")));
        const QString token = app.account.session()->idToken();
        QVERIFY(serverTitles(m_peers, token).contains(QStringLiteral("Written before signing in")));

        // Settings > Account shows who is signed in; the addresses cannot change while signed in.
        app.window->showPage(MainWindow::Page::Settings);
        const QString identity = find<QLabel>(*app.window, "accountIdentity")->text();
        QVERIFY2(identity.contains(QStringLiteral("Alice Example")) &&
                     identity.contains(QStringLiteral("alice@example.test")),
                 qPrintable(identity));
        QCOMPARE(find<QLabel>(*app.window, "accountSyncStatus")->text(), QStringLiteral("Sync: Synced"));
        QVERIFY(!find<QLineEdit>(*app.window, "accountDeployment")->isEnabled());

        // Offline: edits wait (the indicator counts them), then "Sync now" sends them.
        QVERIFY(m_peers.convex.faults({{QStringLiteral("offline"), true}}));
        temp.addConversation(QStringLiteral("Written offline"));
        QVERIFY(waitUntil([&] { return app.status()->text().startsWith(QStringLiteral("Offline")); }));
        QVERIFY2(app.status()->text().contains(QStringLiteral("1 change")), qPrintable(app.status()->text()));
        QVERIFY(app.status()->toolTip().contains(QStringLiteral("cannot be reached")));
        QVERIFY(m_peers.convex.faults({{QStringLiteral("offline"), false}}));
        QTest::mouseClick(app.status(), Qt::LeftButton); // Sync now
        QVERIFY(waitUntil([&] { return app.status()->text() == QStringLiteral("✓ Synced"); }, 20'000));
        QCOMPARE(serverTitles(m_peers, app.account.session()->idToken()).size(), 2);

        // Sign out, keeping the local copies: the keychain is emptied, the data stays here.
        const QStringList keys = app.account.session()->secretKeys();
        for (const QString& key : keys)
            QVERIFY(readSecret(secrets, key).ok());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        app.click("accountSignOut");
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Sign out of Harness?")));
        QVERIFY(waitUntil([&] { return app.status()->text() == QStringLiteral("Local profile"); }));
        for (const QString& key : keys)
            QCOMPARE(readSecret(secrets, key).status, SecretResult::Status::NotFound);
        QCOMPARE(countRows(*temp.store, QStringLiteral("SELECT count(*) FROM conversations")), 2);
        QVERIFY(find<QPushButton>(*app.window, "accountSignIn")->isVisible());
        QVERIFY(find<QLineEdit>(*app.window, "accountDeployment")->isEnabled());

        // Sign in again from Settings (same account: no question), then sign out removing the copies.
        app.account.setBrowserOpener(browser.opener());
        app.click("accountSignIn");
        QVERIFY(waitUntil([&] { return app.status()->text() == QStringLiteral("✓ Synced"); }));
        // Removing asks a second time, naming what goes away; Cancel (its default) keeps it all.
        MessageBox::setNextAnswers({QMessageBox::Discard, QMessageBox::Cancel});
        app.click("accountSignOut");
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Remove 2 conversation")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(app.status()->text(), QStringLiteral("✓ Synced"));
        QCOMPARE(countRows(*temp.store, QStringLiteral("SELECT count(*) FROM conversations")), 2);
        MessageBox::setNextAnswers({QMessageBox::Discard, QMessageBox::Discard});
        app.click("accountSignOut");
        QVERIFY(waitUntil([&] { return app.status()->text() == QStringLiteral("Local profile"); }));
        QCOMPARE(countRows(*temp.store, QStringLiteral("SELECT count(*) FROM conversations")), 0);
        for (const QString& key : keys)
            QCOMPARE(readSecret(secrets, key).status, SecretResult::Status::NotFound);
        QCOMPARE(serverTitles(m_peers, token).size(), 2); // still in the account
    }

    void signInProblemsAreShown_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("kind");
        QTest::newRow("cancel") << QStringLiteral("cancel") << int(AuthError::Kind::Cancelled);
        QTest::newRow("denied consent") << QStringLiteral("deny") << int(AuthError::Kind::AccessDenied);
    }
    void signInProblemsAreShown()
    {
        QFETCH(QString, scenario);
        QFETCH(int, kind);
        TempStore temp;
        MemorySecretStore secrets;
        TestBrowser browser;
        const auto config = m_peers.configuration();
        App app(temp, secrets, &config,
                scenario == QLatin1String("cancel") ? browser.idle() : browser.opener());
        if (scenario == QLatin1String("deny"))
            QVERIFY(m_peers.oidc.control({{QStringLiteral("interaction"), QStringLiteral("deny")}}));
        app.click("welcomeSignIn");
        if (scenario == QLatin1String("cancel")) {
            QVERIFY(waitUntil([&] { return find<QPushButton>(app.welcome(), "cancelSignIn")->isVisible(); }));
            app.click("cancelSignIn");
        }
        auto* error = find<QLabel>(app.welcome(), "signInError");
        QVERIFY(waitUntil([&] { return error->isVisible(); }));
        QCOMPARE(error->text(), AuthError(AuthError::Kind(kind)).message());
        QVERIFY(!find<QWidget>(app.welcome(), "signInWaiting")->isVisible());
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Welcome); // still to choose
        QVERIFY(find<QPushButton>(*app.window, "welcomeSignIn")->isEnabled());
    }

    void welcomeWithoutAddressesLeadsToSettings()
    {
        if (AccountConfiguration::defaults().validate().isEmpty())
            QSKIP("this build has complete default addresses");
        TempStore temp;
        MemorySecretStore secrets;
        TestBrowser browser;
        addHarness(*temp.store, QStringLiteral("Default"));
        App app(temp, secrets, nullptr, browser.opener());
        app.click("welcomeSignIn");
        auto* error = find<QLabel>(app.welcome(), "signInError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), AccountConfiguration::defaults().validate());
        QCOMPARE(browser.opened, 0);
        app.click("welcomeAccountSettings");
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Settings);
        QVERIFY(find<QWidget>(app.panel(), "accountAdvanced")->isVisible());
        find<QLineEdit>(app.panel(), "accountIssuer")->setText(m_peers.oidc.issuer().toString());
        find<QLineEdit>(app.panel(), "accountClientId")->setText(m_peers.oidc.clientId());
        find<QLineEdit>(app.panel(), "accountDeployment")->setText(m_peers.convex.deploymentUrl().toString());
        app.click("accountApplyConfiguration");
        MessageBox::setNextAnswer(QMessageBox::No); // the harness already here: keep it on this device
        app.click("accountSignIn");
        QVERIFY(waitUntil([&] { return app.status()->text() == QStringLiteral("✓ Synced"); }));
        QCOMPARE(app.account.profileMode(), AccountService::ProfileMode::Account);
        app.window->showPage(MainWindow::Page::Chat);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Chat);
    }

    void advancedAddressesAreChecked()
    {
        TempStore temp;
        MemorySecretStore secrets;
        App app(temp, secrets);
        app.click("welcomeUseLocally");
        app.window->showPage(MainWindow::Page::Settings);
        QVERIFY(find<SettingsPage>(*app.window, "settingsPage")->showSection(QStringLiteral("Account")));
        QTest::mouseClick(find<QPushButton>(*app.window, "accountAdvancedToggle"), Qt::LeftButton);
        auto* deployment = find<QLineEdit>(*app.window, "accountDeployment");
        QVERIFY(deployment->isVisible());
        find<QLineEdit>(*app.window, "accountIssuer")->setText(m_peers.oidc.issuer().toString());
        find<QLineEdit>(*app.window, "accountClientId")->setText(m_peers.oidc.clientId());
        deployment->setText(QStringLiteral("http://sync.example.com"));
        app.click("accountApplyConfiguration");
        const QString note = find<QLabel>(*app.window, "accountAdvancedNote")->text();
        QVERIFY2(note.contains(QStringLiteral("https://")), qPrintable(note));
        QVERIFY(app.account.configuration() != m_peers.configuration());
        deployment->setText(m_peers.convex.deploymentUrl().toString());
        app.click("accountApplyConfiguration");
        QCOMPARE(app.account.configuration(), m_peers.configuration());
        QCOMPARE(find<QLabel>(*app.window, "accountAdvancedNote")->text(), QStringLiteral("Saved."));
    }

private:
    AccountPeers m_peers;
};

QTEST_MAIN(TestAccountGui)
#include "tst_account_gui.moc"
