// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/engine.h"
#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/message_list_model.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/settings_repository.h"
#include "core/util/app_info.h"
#include "gui/chat/chat_page.h"
#include "gui/first_run_page.h"
#include "gui/harnesses/harness_manager_page.h"
#include "gui/main_window.h"
#include "gui/message_box.h"
#include "gui/onboarding/harness_wizard.h"
#include "gui/settings/about_dialog.h"
#include "gui/sidebar/sidebar.h"
#include "support/add_harness.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace harness::core;
using harness::gui::MainWindow;
using harness::gui::MessageBox;
using harness::test::addHarness;
using harness::test::TempStore;

namespace {

QStringList visibleSidebar(QListView* list)
{
    QStringList rows;
    auto* model = list->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto index = model->index(r, 0);
        const QString text = index.data(Qt::DisplayRole).toString();
        rows.append(index.data(ConversationListModel::IsHeaderRole).toBool() ? QStringLiteral("# ") + text
                                                                             : text);
    }
    return rows;
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sidebarShowsGroupedConversationsOfASeededStore()
    {
        TempStore temp;
        addHarness(*temp.store, QStringLiteral("Default"));
        const QDateTime now = QDateTime::currentDateTime();
        const auto daysAgo = [&](int days) {
            return QDateTime(now.date().addDays(-days), QTime(12, 0)).toMSecsSinceEpoch();
        };
        temp.addConversation(QStringLiteral("Old question"), daysAgo(30));
        temp.addConversation(QStringLiteral("Last week"), daysAgo(4));
        temp.addConversation(QStringLiteral("Yesterday's chat"), daysAgo(1));
        auto today = temp.addConversation(QStringLiteral("Today's chat"), now.toMSecsSinceEpoch() - 1000);
        temp.addMessage(today.id, MessageRole::User, QStringLiteral("What is the capital of Portugal?"));

        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow window(*temp.store, engine, temp.dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = window.findChild<QListView*>(QStringLiteral("conversationList"));
        QVERIFY(list);
        const QStringList expected{QStringLiteral("# Today"),           QStringLiteral("Today's chat"),
                                   QStringLiteral("# Yesterday"),       QStringLiteral("Yesterday's chat"),
                                   QStringLiteral("# Previous 7 Days"), QStringLiteral("Last week"),
                                   QStringLiteral("# Older"),           QStringLiteral("Old question")};
        QTRY_COMPARE(visibleSidebar(list), expected);
        QCOMPARE(window.currentPage(), MainWindow::Page::Chat);

        // Clicking a conversation opens it in the chat page.
        const auto index = list->model()->index(1, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QTRY_COMPARE(window.chatPage().conversationId(), today.id);
        auto* title = window.findChild<QLineEdit*>(QStringLiteral("conversationTitle"));
        QCOMPARE(title->text(), QStringLiteral("Today's chat"));
        QCOMPARE(window.chatPage().messages().rowCount(), 1);
    }

    void firstRunInvitesToCreateAHarness()
    {
        TempStore temp;
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow window(*temp.store, engine, temp.dir.path());
        window.show();
        QCOMPARE(window.currentPage(), MainWindow::Page::FirstRun);
        auto* wizard = &window.findChild<harness::gui::FirstRunPage*>()->wizard();
        auto* name = wizard->findChild<QLineEdit*>(QStringLiteral("harnessName"));
        auto* model = wizard->findChild<QLineEdit*>(QStringLiteral("harnessModel"));
        QVERIFY(wizard && name && model);
        model->clear();
        wizard->next();
        // A missing model is explained, nothing is created.
        QVERIFY(wizard->errorText().contains(QLatin1String("model")));
        QCOMPARE(wizard->currentStep(), harness::gui::HarnessWizard::Step::Model);
        QCOMPARE(temp.store->harnesses().count().value, 0);
        name->setText(QStringLiteral("Researcher"));
        model->setText(QStringLiteral("anthropic/claude-sonnet-4"));
        wizard->next(); // servers
        wizard->next(); // skills: no server asks for a key, so no Connect page
        QCOMPARE(wizard->currentStep(), harness::gui::HarnessWizard::Step::Skills);
        wizard->next();
        wizard->findChild<QPushButton*>(QStringLiteral("createHarnessButton"))->click();
        QCOMPARE(temp.store->harnesses().count().value, 1);
        QCOMPARE(temp.store->harnesses().list().value.first().status, HarnessStatus::Started);
        QCOMPARE(window.currentPage(), MainWindow::Page::Chat);
    }

    void sendingStoresTheMessageAndCreatesTheConversation()
    {
        TempStore temp;
        addHarness(*temp.store, QStringLiteral("Default"));
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow window(*temp.store, engine, temp.dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* composer = window.findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        QVERIFY(composer);
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Plan a trip"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier); // a new line, not send
        QTest::keyClicks(composer, QStringLiteral("to Lisbon"));
        QCOMPARE(temp.store->conversations().count().value, 0);
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(temp.store->conversations().count().value, 1);
        QVERIFY(composer->toPlainText().isEmpty());
        const QString id = window.chatPage().conversationId();
        auto messages = temp.store->messages().page(id, 0, 10).value;
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().content, QStringLiteral("Plan a trip\nto Lisbon"));
        QCOMPARE(temp.store->conversations().get(id).value.title, QStringLiteral("Plan a trip to Lisbon"));
        QTRY_COMPARE(window.sidebar().selectedConversationId(), id);
    }

    void searchFindsMessagesAndOpensThem()
    {
        TempStore temp;
        addHarness(*temp.store, QStringLiteral("Default"));
        auto a = temp.addConversation(QStringLiteral("Cooking"));
        auto b = temp.addConversation(QStringLiteral("Travel"));
        temp.addMessage(a.id, MessageRole::User, QStringLiteral("A recipe for bacalhau"));
        auto hitMessage = temp.addMessage(b.id, MessageRole::User, QStringLiteral("Flights to Porto"));
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow window(*temp.store, engine, temp.dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("port"));
        auto* results = window.findChild<QListView*>(QStringLiteral("searchResults"));
        QTRY_COMPARE(results->model()->rowCount(), 1);
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(results->model()->index(0, 0).data(Qt::UserRole + 2).toString(), hitMessage.id);
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClick(results, Qt::Key_Return);
        QTRY_COMPARE(window.chatPage().conversationId(), b.id);
        search->clear();
        QTRY_VERIFY(window.findChild<QListView*>(QStringLiteral("conversationList"))->isVisible());
    }

    void geometryAndLastConversationAreRestored()
    {
        TempStore temp;
        addHarness(*temp.store, QStringLiteral("Default"));
        auto first =
            temp.addConversation(QStringLiteral("first"), QDateTime::currentMSecsSinceEpoch() - 5000);
        auto second = temp.addConversation(QStringLiteral("second"), QDateTime::currentMSecsSinceEpoch());
        {
            MemorySecretStore secrets;
            Engine engine(*temp.store, &secrets);
            MainWindow window(*temp.store, engine, temp.dir.path());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.openConversation(first.id);
            window.close();
        }
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow again(*temp.store, engine, temp.dir.path());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.chatPage().conversationId(), first.id);
        QCOMPARE(again.sidebar().selectedConversationId(), first.id);
        QCOMPARE(again.size(), QSize(900, 640));
        Q_UNUSED(second);
    }

    void keyboardMovesBetweenConversations()
    {
        TempStore temp;
        addHarness(*temp.store, QStringLiteral("Default"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto newest = temp.addConversation(QStringLiteral("newest"), now);
        auto middle = temp.addConversation(QStringLiteral("middle"), now - 1000);
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow window(*temp.store, engine, temp.dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConversation(newest.id);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_PageDown));
        QTRY_COMPARE(window.chatPage().conversationId(), middle.id);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_PageUp));
        QTRY_COMPARE(window.chatPage().conversationId(), newest.id);
        QTest::keySequence(&window, QKeySequence::New);
        QTRY_VERIFY(window.chatPage().conversationId().isEmpty());
    }

    void harnessManagerGroupsAndTogglesAndDeletes()
    {
        TempStore temp;
        addHarness(*temp.store, QStringLiteral("Active one"));
        addHarness(*temp.store, QStringLiteral("Paused"), HarnessStatus::Stopped);
        addHarness(*temp.store, QStringLiteral("Half done"), HarnessStatus::Draft);
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow window(*temp.store, engine, temp.dir.path());
        window.show();
        window.findChild<QPushButton*>(QStringLiteral("harnessesButton"))->click();
        QCOMPARE(window.currentPage(), MainWindow::Page::Harnesses);
        auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("harnessTree"));
        QCOMPARE(tree->topLevelItemCount(), 3);
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QLatin1String("Active")));
        QVERIFY(tree->topLevelItem(1)->text(0).startsWith(QLatin1String("Stopped")));
        QVERIFY(tree->topLevelItem(2)->text(0).startsWith(QLatin1String("Drafts")));
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
        auto* toggle = window.findChild<QPushButton*>(QStringLiteral("toggleHarnessButton"));
        QCOMPARE(toggle->text(), QStringLiteral("Start"));
        toggle->click();
        QCOMPARE(temp.store->harnesses().findByName(QStringLiteral("Paused")).value.status,
                 HarnessStatus::Started);
        QCOMPARE(tree->topLevelItemCount(), 2); // no stopped harness left

        tree->setCurrentItem(tree->topLevelItem(1)->child(0)); // the draft
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.findChild<QPushButton*>(QStringLiteral("deleteHarnessButton"))->click();
        QCOMPARE(temp.store->harnesses().count().value, 3);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Half done")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.findChild<QPushButton*>(QStringLiteral("deleteHarnessButton"))->click();
        QCOMPARE(temp.store->harnesses().count().value, 2);
    }

    void importServersAndAttachThemToAHarness()
    {
        TempStore temp;
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        QFile json(temp.dir.filePath(QStringLiteral("claude_desktop_config.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("{\"mcpServers\": {"
                   "\"files\": {\"command\": \"npx\", \"args\": [\"-y\", "
                   "\"@modelcontextprotocol/server-filesystem\", \"/tmp\"]},"
                   "\"remote\": {\"url\": \"https://mcp.example.com/mcp\", \"headers\": {\"Authorization\": "
                   "\"Bearer sk-remote\"}},"
                   "\"broken\": {\"args\": [\"no command\"]}}}");
        json.close();
        MainWindow window(*temp.store, engine, temp.dir.path());
        auto* manager = window.findChild<harness::gui::HarnessManagerPage*>();
        const QString report = manager->importServers(json.fileName());
        QVERIFY2(report.contains(QLatin1String("files")) && report.contains(QLatin1String("broken")),
                 qPrintable(report));
        const auto servers = temp.store->mcpServers().list().value;
        QCOMPARE(servers.size(), 2);
        // The bearer token went to the keychain, not the store.
        const auto remote = temp.store->mcpServers().findByName(QStringLiteral("remote")).value;
        QCOMPARE(remote.config.auth, McpServerConfig::AuthKind::Bearer);
        QVERIFY(!remote.config.headers.contains(QStringLiteral("Authorization")));
        std::optional<SecretResult> token;
        secrets.read(remote.secretKey(), this, [&token](const SecretResult& r) { token = r; });
        QTRY_VERIFY(token.has_value());
        QCOMPARE(token->value, QStringLiteral("sk-remote"));

        // The engine knows the saved servers by name.
        QVERIFY(engine.mcp().serverNames().contains(QStringLiteral("files")));
    }

    void aboutNamesVersionAndLicences()
    {
        const QString html = harness::gui::AboutDialog::html(QStringLiteral("/data"));
        QVERIFY(html.contains(AppInfo::version()));
        for (const auto* name : {"Qt", "QtKeychain", "cmark-gfm", "Lesser General Public License", "BSD"})
            QVERIFY2(html.contains(QLatin1String(name)), name);
    }

    void settingsPersist()
    {
        TempStore temp;
        addHarness(*temp.store, QStringLiteral("Default"));
        {
            MemorySecretStore secrets;
            Engine engine(*temp.store, &secrets);
            MainWindow window(*temp.store, engine, temp.dir.path());
            window.show();
            window.findChild<QPushButton*>(QStringLiteral("settingsButton"))->click();
            auto* autoSwitch = window.findChild<QCheckBox*>(QStringLiteral("autoSwitchHarness"));
            QVERIFY(autoSwitch->isChecked());
            autoSwitch->setChecked(false);
        }
        QVERIFY(!temp.store->settings().load().value.autoSwitchHarness);
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        MainWindow again(*temp.store, engine, temp.dir.path());
        again.showPage(MainWindow::Page::Settings);
        QVERIFY(!again.findChild<QCheckBox*>(QStringLiteral("autoSwitchHarness"))->isChecked());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
