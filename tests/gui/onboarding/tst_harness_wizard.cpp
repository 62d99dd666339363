// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The onboarding wizard, offscreen, driven like a user: the model picker over the cached catalog,
// catalog servers with their folder, an imported server tested for real (server-everything), the
// Connect page's token, skills, Create; a draft saved early; editing an existing harness.
#include "core/engine/engine.h"
#include "core/llm/model_info.h"
#include "core/onboarding/harness_builder.h"
#include "core/onboarding/mcp_server_catalog.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/provider_repository.h"
#include "gui/onboarding/harness_wizard.h"
#include "gui/onboarding/servers_step.h"
#include "mcp_test_peers.h"
#include "support/secret_io.h"
#include "support/temp_store.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace harness::core;
using harness::gui::HarnessWizard;
using harness::test::readSecret;
using harness::test::TempStore;

namespace {

QListWidgetItem* serverItem(HarnessWizard& wizard, const QString& name)
{
    auto* list = wizard.findChild<QListWidget*>(QStringLiteral("serverList"));
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name + QLatin1Char('\n')) ||
            list->item(row)->text().startsWith(name + QLatin1String("  (")))
            return list->item(row);
    }
    return nullptr;
}

QPushButton* button(QWidget& parent, const char* name)
{
    return parent.findChild<QPushButton*>(QLatin1String(name));
}

} // namespace

class TestHarnessWizard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(McpTestPeers::missing());
    }

    void endToEndCreatesTheHarnessWithItsServers()
    {
        TempStore temp;
        // A cached catalog, as a refresh from the provider leaves it.
        Provider provider;
        provider.name = QStringLiteral("OpenRouter");
        provider.baseUrl = QStringLiteral("https://openrouter.ai/api/v1");
        QVERIFY(!temp.store->providers().create(provider));
        ModelInfo claude{QStringLiteral("anthropic/claude-sonnet-4"),
                         QStringLiteral("Claude Sonnet 4"),
                         200000,
                         0.000003,
                         0.000015,
                         true,
                         true};
        ModelInfo llama{QStringLiteral("meta-llama/llama-3-8b"),
                        QStringLiteral("Llama 3 8B"),
                        8192,
                        0.0,
                        0.0,
                        false,
                        false};
        QVERIFY(!temp.store->providers().saveCatalog(provider.id, {claude.toJson(), llama.toJson()}));
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        HarnessWizard wizard(*temp.store, &engine);
        wizard.resize(1000, 720);
        wizard.startNew(true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.findChild<QLabel*>(QStringLiteral("wizardTitle"))->text(),
                 QStringLiteral("Let's build your first harness"));

        // Page 1: name, and a model found by searching the catalog.
        auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("harnessName"));
        name->setText(QStringLiteral("Coder"));
        auto* view = wizard.findChild<QTreeView*>(QStringLiteral("modelList"));
        QCOMPARE(view->model()->rowCount(), 2);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("modelSearch")),
                         QStringLiteral("sonnet"));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->model()->index(0, 1).data().toString().contains(QLatin1String("200")));
        QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("$3.00 / $15.00"));
        QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("yes"));
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("harnessModel"))->text(),
                 QStringLiteral("anthropic/claude-sonnet-4"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("modelInfo"))
                    ->text()
                    .contains(QLatin1String("can call tools")));
        button(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard.currentStep(), HarnessWizard::Step::Servers);

        // Page 2: a catalog server that needs a folder, one that needs a token, and an imported one.
        auto* filesystem = serverItem(wizard, QStringLiteral("Filesystem"));
        QVERIFY(filesystem);
        filesystem->setCheckState(Qt::Checked);
        button(wizard, "wizardNextButton")->click();
        QVERIFY2(wizard.errorText().contains(QLatin1String("Folder")), qPrintable(wizard.errorText()));
        QCOMPARE(wizard.currentStep(), HarnessWizard::Step::Servers);
        auto* folder = wizard.findChild<QLineEdit*>(QStringLiteral("serverInput_folder"));
        QVERIFY(folder);
        folder->setText(temp.dir.path());
        serverItem(wizard, QStringLiteral("GitHub"))->setCheckState(Qt::Checked);

        QFile json(temp.dir.filePath(QStringLiteral("mcp.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(
            QStringLiteral("{\"mcpServers\": {\"everything\": {\"command\": \"%1\", \"args\": [\"stdio\"]}, "
                           "\"broken\": {\"args\": []}}}")
                .arg(McpTestPeers::bin(QStringLiteral("mcp-server-everything")))
                .toUtf8());
        json.close();
        const QString report = wizard.serversStep().importFile(json.fileName());
        QVERIFY2(report.contains(QLatin1String("everything")) && report.contains(QLatin1String("broken")),
                 qPrintable(report));
        QVERIFY(serverItem(wizard, QStringLiteral("everything"))->checkState() == Qt::Checked);
        // The imported server is selected: test it for real.
        auto* test = wizard.findChild<QWidget*>(QStringLiteral("serverDetails"))
                         ->findChild<QPushButton*>(QStringLiteral("testServerButton"));
        QVERIFY(test);
        test->click();
        auto* status = wizard.findChild<QWidget*>(QStringLiteral("serverDetails"))
                           ->findChild<QLabel*>(QStringLiteral("testServerStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("tool")), 60000);
        QVERIFY2(status->text().startsWith(QLatin1String("Connected")), qPrintable(status->text()));
        button(wizard, "wizardNextButton")->click();

        // Page 3: GitHub's token, required before going on.
        QCOMPARE(wizard.currentStep(), HarnessWizard::Step::Connect);
        button(wizard, "wizardNextButton")->click();
        QVERIFY2(wizard.errorText().contains(QLatin1String("GitHub personal access token")),
                 qPrintable(wizard.errorText()));
        auto* token = wizard.findChild<QLineEdit*>(QStringLiteral("secret_bearer"));
        QVERIFY(token);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, QStringLiteral("ghp_wizard_token"));
        button(wizard, "wizardNextButton")->click();

        // Page 4: prompt and skills.
        QCOMPARE(wizard.currentStep(), HarnessWizard::Step::Skills);
        wizard.findChild<QPlainTextEdit*>(QStringLiteral("harnessSystemPrompt"))
            ->setPlainText(QStringLiteral("Be brief."));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("newSkill")),
                         QStringLiteral("Writes tests first"));
        button(wizard, "addSkillButton")->click();
        button(wizard, "wizardNextButton")->click();

        // Page 5: review and create.
        QCOMPARE(wizard.currentStep(), HarnessWizard::Step::Review);
        const QString review = wizard.findChild<QLabel*>(QStringLiteral("wizardReview"))->text();
        QVERIFY(review.contains(QLatin1String("Coder")) && review.contains(QLatin1String("everything")));
        QSignalSpy saved(&wizard, &HarnessWizard::harnessSaved);
        button(wizard, "createHarnessButton")->click();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toBool(), true);
        const auto harness = temp.store->harnesses().get(saved.first().first().toString()).value;
        QCOMPARE(harness.name, QStringLiteral("Coder"));
        QCOMPARE(harness.model, QStringLiteral("anthropic/claude-sonnet-4"));
        QCOMPARE(harness.status, HarnessStatus::Started);
        QCOMPARE(harness.systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(harness.skills, QStringList{QStringLiteral("Writes tests first")});
        QStringList servers;
        for (const auto& id : harness.mcpServerIds)
            servers.append(temp.store->mcpServers().get(id).value.config.name);
        QCOMPARE(servers, (QStringList{QStringLiteral("everything"), QStringLiteral("filesystem"),
                                       QStringLiteral("github")}));
        const auto github = temp.store->mcpServers().findByName(QStringLiteral("github")).value;
        QTRY_COMPARE(readSecret(secrets, github.secretKey()).value, QStringLiteral("ghp_wizard_token"));
        QCOMPARE(temp.store->mcpServers().findByName(QStringLiteral("filesystem")).value.config.args.last(),
                 temp.dir.path());
    }

    void draftSavedOnTheFirstPage()
    {
        TempStore temp;
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        HarnessWizard wizard(*temp.store, &engine);
        wizard.startNew(true);
        wizard.findChild<QLineEdit*>(QStringLiteral("harnessName"))->setText(QStringLiteral("Later"));
        QSignalSpy drafted(&wizard, &HarnessWizard::draftSaved);
        button(wizard, "saveDraftButton")->click();
        QCOMPARE(drafted.size(), 1);
        const auto draft = temp.store->harnesses().get(drafted.first().first().toString());
        QVERIFY(draft.ok());
        QCOMPARE(draft.value.status, HarnessStatus::Draft);
        QCOMPARE(draft.value.name, QStringLiteral("Later"));
        QVERIFY(wizard.errorText().contains(QLatin1String("Draft")));

        // Saving again from a later page updates the same draft, servers included.
        wizard.findChild<QLineEdit*>(QStringLiteral("harnessModel"))
            ->setText(QStringLiteral("openai/gpt-4o"));
        wizard.next();
        serverItem(wizard, QStringLiteral("Memory"))->setCheckState(Qt::Checked);
        button(wizard, "saveDraftButton")->click();
        QCOMPARE(temp.store->harnesses().count().value, 1);
        const auto updated = temp.store->harnesses().get(draft.value.id).value;
        QCOMPARE(updated.model, QStringLiteral("openai/gpt-4o"));
        QCOMPARE(updated.mcpServerIds.size(), 1);
        QCOMPARE(updated.status, HarnessStatus::Draft);
    }

    void editingAnExistingHarness()
    {
        TempStore temp;
        MemorySecretStore secrets;
        Engine engine(*temp.store, &secrets);
        HarnessBuilder builder(*temp.store, &secrets);
        HarnessDraft draft;
        draft.harness.name = QStringLiteral("Old name");
        draft.harness.model = QStringLiteral("openai/gpt-4o");
        draft.harness.skills = QStringList{QStringLiteral("Polite")};
        DraftServer memory;
        memory.config = McpServerCatalog::builtIn().find(QStringLiteral("memory"))->toConfig({}, nullptr);
        draft.servers.append(memory);
        const auto created = builder.save(draft, HarnessStatus::Stopped);
        QVERIFY(created.ok());

        HarnessWizard wizard(*temp.store, &engine);
        QVERIFY(wizard.editHarness(created.harnessId));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("wizardTitle"))
                    ->text()
                    .contains(QLatin1String("Old name")));
        auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("harnessName"));
        QCOMPARE(name->text(), QStringLiteral("Old name"));
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("harnessModel"))->text(),
                 QStringLiteral("openai/gpt-4o"));
        name->setText(QStringLiteral("New name"));
        wizard.next();
        QCOMPARE(serverItem(wizard, QStringLiteral("memory"))->checkState(), Qt::Checked);
        serverItem(wizard, QStringLiteral("memory"))->setCheckState(Qt::Unchecked);
        serverItem(wizard, QStringLiteral("Time"))->setCheckState(Qt::Checked);
        wizard.next();
        QCOMPARE(wizard.findChild<QListWidget*>(QStringLiteral("skillList"))->count(), 1);
        wizard.next();
        QCOMPARE(button(wizard, "createHarnessButton")->text(), QStringLiteral("Save changes"));
        QSignalSpy saved(&wizard, &HarnessWizard::harnessSaved);
        button(wizard, "createHarnessButton")->click();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toBool(), false);
        const auto stored = temp.store->harnesses().get(created.harnessId).value;
        QCOMPARE(stored.name, QStringLiteral("New name"));
        QCOMPARE(stored.status, HarnessStatus::Stopped); // editing keeps the status
        QCOMPARE(stored.skills, QStringList{QStringLiteral("Polite")});
        QCOMPARE(stored.mcpServerIds.size(), 1);
        QCOMPARE(temp.store->mcpServers().get(stored.mcpServerIds.first()).value.config.name,
                 QStringLiteral("time"));
        QCOMPARE(temp.store->harnesses().count().value, 1);
    }

    void aMissingCommandIsExplainedByTest()
    {
        TempStore temp;
        HarnessWizard wizard(*temp.store, nullptr);
        wizard.findChild<QLineEdit*>(QStringLiteral("harnessName"))->setText(QStringLiteral("X"));
        wizard.findChild<QLineEdit*>(QStringLiteral("harnessModel"))->setText(QStringLiteral("m"));
        wizard.next();
        McpServerConfig ghost;
        ghost.name = QStringLiteral("ghost");
        ghost.command = QStringLiteral("harness-no-such-server");
        QFile json(temp.dir.filePath(QStringLiteral("ghost.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("{\"mcpServers\": {\"ghost\": {\"command\": \"harness-no-such-server\"}}}");
        json.close();
        wizard.serversStep().importFile(json.fileName());
        auto* details = wizard.findChild<QWidget*>(QStringLiteral("serverDetails"));
        details->findChild<QPushButton*>(QStringLiteral("testServerButton"))->click();
        auto* status = details->findChild<QLabel*>(QStringLiteral("testServerStatus"));
        QTRY_VERIFY(status->text().contains(QLatin1String("was not found")));
        QVERIFY(status->text().contains(QLatin1String("harness-no-such-server")));
    }
};

QTEST_MAIN(TestHarnessWizard)
#include "tst_harness_wizard.moc"
