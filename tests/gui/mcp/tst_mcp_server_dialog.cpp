// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The MCP server dialog against the real server-everything over stdio: live status, log,
// reconnect, tools with their hints and per-tool approval choices written as policy rules.
#include "../../mcp/mcp_test_peers.h"
#include "core/engine/engine.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/tool_policy_repository.h"
#include "gui/mcp/mcp_server_dialog.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace harness::core;
using namespace harness::gui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60'000;

QTreeWidgetItem* toolItem(McpServerDialog& d, const QString& tool)
{
    auto* tree = d.findChild<QTreeWidget*>(u"toolsTree"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == tool)
            return tree->topLevelItem(i);
    return nullptr;
}

QComboBox* policyBox(McpServerDialog& d, const QString& tool)
{
    return d.findChild<QComboBox*>(u"policy_"_s + tool);
}

void choose(QComboBox* box, int index)
{
    box->setCurrentIndex(index);
    emit box->activated(index); // what a user's pick emits
}

} // namespace

class TestMcpServerDialog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(McpTestPeers::missing());
    }

    void liveStatusToolsPoliciesLogAndReconnect()
    {
        harness::test::TempStore temp;
        Store& store = *temp.store;
        StoredMcpServer server;
        server.config = McpTestPeers::stdioServer(u"everything"_s, u"mcp-server-everything"_s, {u"stdio"_s});
        QVERIFY(!store.mcpServers().create(server));
        Harness harness;
        harness.name = u"Researcher"_s;
        harness.model = u"m"_s;
        harness.mcpServerIds = {server.id};
        QVERIFY(!store.harnesses().create(harness));
        MemorySecretStore secrets;
        Engine engine(store, &secrets);

        McpServerDialog dialog(store, engine, server.id);
        dialog.show();
        auto* status = dialog.findChild<QLabel*>(u"statusLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Connected"_s, kTimeoutMs);
        QCOMPARE(dialog.findChild<QLabel*>(u"serverTitle"_s)->text(), u"everything"_s);
        const QString details = dialog.findChild<QLabel*>(u"detailsLabel"_s)->text();
        QVERIFY2(details.contains(u"Protocol 2025-"_s), qPrintable(details));
        QVERIFY2(details.contains(u" tool"_s), qPrintable(details));

        // Tools with their hints; the default says what applies without a choice.
        QTRY_VERIFY_WITH_TIMEOUT(toolItem(dialog, u"echo"_s), kTimeoutMs);
        QVERIFY(toolItem(dialog, u"echo"_s)->text(1).contains(u"read-only"_s));
        QVERIFY(toolItem(dialog, u"toggle-simulated-logging"_s)->text(1).contains(u"changes things"_s));
        QCOMPARE(policyBox(dialog, u"echo"_s)->itemText(0), u"Default (always allow)"_s);
        QCOMPARE(policyBox(dialog, u"toggle-simulated-logging"_s)->itemText(0), u"Default (ask)"_s);

        // A choice is a rule for this server and tool, for every harness.
        choose(policyBox(dialog, u"toggle-simulated-logging"_s), 3);
        QCOMPARE(store.toolPolicies().resolve(harness.id, server.id, u"toggle-simulated-logging"_s),
                 std::optional(ToolPolicy::Never));
        QCOMPARE(store.toolPolicies().list().value.constFirst().harnessId, ToolPolicyRule::Any);
        QTRY_COMPARE(policyBox(dialog, u"toggle-simulated-logging"_s)->currentIndex(),
                     3); // rebuilt, still shown

        // For one harness: the rule names it, and beats the all-harness one.
        dialog.setHarness(harness.id);
        QVERIFY(dialog.findChild<QLabel*>(u"policyScope"_s)->text().contains(u"Researcher"_s));
        QCOMPARE(policyBox(dialog, u"toggle-simulated-logging"_s)->currentIndex(), 0);
        QCOMPARE(policyBox(dialog, u"toggle-simulated-logging"_s)->itemText(0), u"Default (never)"_s);
        choose(policyBox(dialog, u"toggle-simulated-logging"_s), 2);
        QCOMPARE(store.toolPolicies().resolve(harness.id, server.id, u"toggle-simulated-logging"_s),
                 std::optional(ToolPolicy::Always));
        QCOMPARE(store.toolPolicies().resolve(u"other"_s, server.id, u"toggle-simulated-logging"_s),
                 std::optional(ToolPolicy::Never));
        // Default removes the rule of this scope again.
        QTRY_VERIFY(policyBox(dialog, u"toggle-simulated-logging"_s)->currentIndex() == 2);
        choose(policyBox(dialog, u"toggle-simulated-logging"_s), 0);
        QCOMPARE(store.toolPolicies().list().value.size(), 1);

        // The log: the client's lifecycle and the server's stderr, live; copyable.
        auto* log = dialog.findChild<QPlainTextEdit*>(u"serverLog"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!log->toPlainText().isEmpty(), kTimeoutMs);
        dialog.findChild<QPushButton*>(u"copyLogButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), log->toPlainText());

        if (const QString shots = qEnvironmentVariable("HARNESS_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + u"/mcp_server_dialog.png"_s);

        // Reconnect: a new process, connected again, and the log grew while the dialog was open.
        McpClient* client = engine.mcp().client(u"everything"_s);
        const qint64 pid = client->processId();
        QVERIFY(pid > 0);
        const int lines = log->blockCount();
        dialog.findChild<QPushButton*>(u"reconnectButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text() != u"Connected"_s, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Connected"_s, kTimeoutMs);
        QVERIFY(client->processId() != pid);
        QVERIFY(log->blockCount() > lines);

        QSignalSpy stopped(&engine.mcp(), &McpServerRegistry::allStopped);
        engine.mcp().stopAll();
        QVERIFY(stopped.count() || stopped.wait(kTimeoutMs));
    }

    void failedServerShowsItsError()
    {
        harness::test::TempStore temp;
        StoredMcpServer server;
        server.config.name = u"broken"_s;
        server.config.command = u"/nonexistent/harness-mcp-server"_s;
        QVERIFY(!temp.store->mcpServers().create(server));
        Engine engine(*temp.store, nullptr);
        McpServerDialog dialog(*temp.store, engine, server.id);
        dialog.show();
        auto* status = dialog.findChild<QLabel*>(u"statusLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Failed: "_s), kTimeoutMs);
        QVERIFY2(status->text().size() > 10, qPrintable(status->text()));
        QVERIFY(dialog.findChild<QPushButton*>(u"reconnectButton"_s)->isEnabled());

        McpServerDialog gone(*temp.store, engine, u"no-such-id"_s);
        QVERIFY(gone.findChild<QLabel*>(u"serverTitle"_s)->text().contains(u"no longer exists"_s));
    }
};

QTEST_MAIN(TestMcpServerDialog)
#include "tst_mcp_server_dialog.moc"
