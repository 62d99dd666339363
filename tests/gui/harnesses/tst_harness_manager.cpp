// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The harness manager, offscreen: groups, start/stop, duplicate, delete with confirmation, edit
// through the wizard's pages, and the live status line of a real MCP server (server-everything).
#include "core/engine/engine.h"
#include "core/onboarding/harness_builder.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "gui/harnesses/harness_manager_page.h"
#include "gui/message_box.h"
#include "gui/onboarding/harness_wizard.h"
#include "mcp_test_peers.h"
#include "support/add_harness.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace harness::core;
using harness::gui::HarnessManagerPage;
using harness::gui::HarnessWizard;
using harness::gui::MessageBox;
using harness::test::addHarness;
using harness::test::TempStore;

namespace {

QStringList groupTitles(QTreeWidget* tree)
{
    QStringList titles;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        titles.append(tree->topLevelItem(i)->text(0));
    return titles;
}

} // namespace

class TestHarnessManager final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(McpTestPeers::missing());
    }

    void groupsStartStopDuplicateDelete()
    {
        TempStore temp;
        const QString active =
            addHarness(*temp.store, QStringLiteral("Active one"), HarnessStatus::Started).id;
        const QString paused = addHarness(*temp.store, QStringLiteral("Paused"), HarnessStatus::Stopped).id;
        const QString draft = addHarness(*temp.store, QStringLiteral("Half done"), HarnessStatus::Draft).id;
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        HarnessManagerPage page(*temp.store, engine);
        page.show();
        auto* tree = page.findChild<QTreeWidget*>(QStringLiteral("harnessTree"));
        QCOMPARE(groupTitles(tree), (QStringList{QStringLiteral("Active (1)"), QStringLiteral("Stopped (1)"),
                                                 QStringLiteral("Drafts (1)")}));

        auto* toggle = page.findChild<QPushButton*>(QStringLiteral("toggleHarnessButton"));
        page.selectHarness(paused);
        QCOMPARE(toggle->text(), QStringLiteral("Start"));
        toggle->click();
        QCOMPARE(temp.store->harnesses().get(paused).value.status, HarnessStatus::Started);
        QCOMPARE(groupTitles(tree),
                 (QStringList{QStringLiteral("Active (2)"), QStringLiteral("Drafts (1)")}));
        QCOMPARE(page.selectedHarnessId(), paused); // the selection follows the harness
        QCOMPARE(toggle->text(), QStringLiteral("Stop"));
        toggle->click();
        QCOMPARE(temp.store->harnesses().get(paused).value.status, HarnessStatus::Stopped);

        // A draft is finished in the wizard, not started half-done.
        page.selectHarness(draft);
        QVERIFY(!toggle->isEnabled());
        QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("editHarnessButton"))->text(),
                 QStringLiteral("Finish…"));

        page.selectHarness(active);
        page.findChild<QPushButton*>(QStringLiteral("duplicateHarnessButton"))->click();
        const auto copy = temp.store->harnesses().findByName(QStringLiteral("Active one (copy)"));
        QVERIFY(copy.ok());
        QCOMPARE(copy.value.status, HarnessStatus::Stopped);
        QCOMPARE(page.selectedHarnessId(), copy.value.id);
        QCOMPARE(temp.store->harnesses().count().value, 4);

        page.selectHarness(draft);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        page.findChild<QPushButton*>(QStringLiteral("deleteHarnessButton"))->click();
        QCOMPARE(temp.store->harnesses().count().value, 4);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Half done")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.findChild<QPushButton*>(QStringLiteral("deleteHarnessButton"))->click();
        QCOMPARE(temp.store->harnesses().count().value, 3);
        QVERIFY(!temp.store->harnesses().get(draft).ok());
        QCOMPARE(groupTitles(tree),
                 (QStringList{QStringLiteral("Active (1)"), QStringLiteral("Stopped (2)")}));
    }

    void editOpensTheWizardAndComesBack()
    {
        TempStore temp;
        const QString id = addHarness(*temp.store, QStringLiteral("Writer"), HarnessStatus::Started).id;
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        HarnessManagerPage page(*temp.store, engine);
        page.show();
        page.selectHarness(id);
        page.findChild<QPushButton*>(QStringLiteral("editHarnessButton"))->click();
        QVERIFY(page.isEditing());
        HarnessWizard& wizard = page.wizard();
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("harnessName"))->text(),
                 QStringLiteral("Writer"));
        wizard.findChild<QLineEdit*>(QStringLiteral("harnessModel"))
            ->setText(QStringLiteral("anthropic/claude-sonnet-4"));
        wizard.next();
        wizard.next();
        wizard.next();
        wizard.findChild<QPushButton*>(QStringLiteral("createHarnessButton"))->click();
        QVERIFY(!page.isEditing());
        QCOMPARE(temp.store->harnesses().get(id).value.model, QStringLiteral("anthropic/claude-sonnet-4"));
        QCOMPARE(page.selectedHarnessId(), id);

        // New harness, then cancel: back to the list, nothing created.
        page.findChild<QPushButton*>(QStringLiteral("newHarnessButton"))->click();
        QVERIFY(page.isEditing());
        wizard.findChild<QPushButton*>(QStringLiteral("wizardCancelButton"))->click();
        QVERIFY(!page.isEditing());
        QCOMPARE(temp.store->harnesses().count().value, 1);
    }

    void liveStatusOfEachServer()
    {
        TempStore temp;
        StoredMcpServer everything;
        everything.config = McpTestPeers::stdioServer(
            QStringLiteral("everything"), QStringLiteral("mcp-server-everything"), {QStringLiteral("stdio")});
        QVERIFY(!temp.store->mcpServers().create(everything));
        StoredMcpServer ghost;
        ghost.config.name = QStringLiteral("ghost");
        ghost.config.command = QStringLiteral("harness-no-such-server");
        QVERIFY(!temp.store->mcpServers().create(ghost));
        const QString id = addHarness(*temp.store, QStringLiteral("Tools"), HarnessStatus::Started,
                                      QStringLiteral("openai/gpt-4o"), {everything.id, ghost.id})
                               .id;
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        engine.mcp().setRestartPolicy(10, 10, 0);
        HarnessManagerPage page(*temp.store, engine);
        page.show();
        page.selectHarness(id);
        auto* line = page.findChild<QLabel*>(QStringLiteral("serverStatus_everything"));
        QVERIFY(line);
        QVERIFY2(line->text().contains(QLatin1String("not started")), qPrintable(line->text()));
        page.findChild<QPushButton*>(QStringLiteral("connectServer_everything"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            page.serverStatus(QStringLiteral("everything")).startsWith(QLatin1String("connected")), 60000);
        QVERIFY(page.serverStatus(QStringLiteral("everything")).contains(QLatin1String(" tool")));
        QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("serverStatus_everything"))
                        ->text()
                        .contains(QLatin1String("connected")));

        page.findChild<QPushButton*>(QStringLiteral("connectServer_ghost"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            page.serverStatus(QStringLiteral("ghost")).contains(QLatin1String("harness-no-such-server")),
            30000);
        QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("serverStatus_ghost"))
                        ->text()
                        .contains(QLatin1String("harness-no-such-server")));
        engine.mcp().stopAll();
    }
};

QTEST_MAIN(TestHarnessManager)
#include "tst_harness_manager.moc"
