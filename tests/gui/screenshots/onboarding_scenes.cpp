// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Scenes of the onboarding wizard (each page, with a real Test of server-everything) and of the
// harness manager (live server status).
#include "core/llm/model_info.h"
#include "core/model/provider.h"
#include "core/store/provider_repository.h"
#include "gui/first_run_page.h"
#include "gui/harnesses/harness_manager_page.h"
#include "gui/main_window.h"
#include "gui/onboarding/harness_wizard.h"
#include "screenshot_rig.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using harness::core::ModelInfo;
using harness::gui::HarnessWizard;
using harness::gui::MainWindow;

namespace {

/// A cached model list, as "Refresh list" leaves it for the default provider.
void seedModels(harness::core::Store& store)
{
    harness::core::Provider provider;
    if (auto existing = store.providers().defaultProvider(); existing.ok()) {
        provider = existing.value;
    } else {
        provider.name = QStringLiteral("OpenRouter");
        provider.baseUrl = QStringLiteral("https://openrouter.ai/api/v1");
        store.providers().create(provider);
    }
    const QList<ModelInfo> models{
        {QStringLiteral("anthropic/claude-sonnet-4"), QStringLiteral("Anthropic: Claude Sonnet 4"), 1000000,
         0.000003, 0.000015, true, true},
        {QStringLiteral("anthropic/claude-3.5-haiku"), QStringLiteral("Anthropic: Claude 3.5 Haiku"), 200000,
         0.0000008, 0.000004, true, false},
        {QStringLiteral("openai/gpt-4o"), QStringLiteral("OpenAI: GPT-4o"), 128000, 0.0000025, 0.00001, true,
         false},
        {QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("OpenAI: GPT-4o-mini"), 128000, 0.00000015,
         0.0000006, true, false},
        {QStringLiteral("google/gemini-2.5-pro"), QStringLiteral("Google: Gemini 2.5 Pro"), 1048576,
         0.00000125, 0.00001, true, true},
        {QStringLiteral("meta-llama/llama-3.1-8b-instruct"), QStringLiteral("Meta: Llama 3.1 8B Instruct"),
         131072, 0.00000002, 0.00000003, false, false},
        {QStringLiteral("deepseek/deepseek-r1"), QStringLiteral("DeepSeek: R1"), 163840, 0.0000004, 0.000002,
         true, true},
        {QStringLiteral("mistralai/mistral-small-3.2-24b-instruct:free"),
         QStringLiteral("Mistral: Small 3.2 24B (free)"), 131072, 0.0, 0.0, true, false},
    };
    QList<QJsonObject> objects;
    for (const auto& model : models)
        objects.append(model.toJson());
    store.providers().saveCatalog(provider.id, objects);
}

QListWidgetItem* serverItem(QWidget& wizard, const QString& name)
{
    auto* list = wizard.findChild<QListWidget*>(QStringLiteral("serverList"));
    for (int row = 0; list && row < list->count(); ++row) {
        const QString text = list->item(row)->text();
        if (text.startsWith(name + QLatin1Char('\n')) || text.startsWith(name + QLatin1String("  (")))
            return list->item(row);
    }
    return nullptr;
}

} // namespace

HARNESS_SCREENSHOT_SCENE(onboarding_wizard, "Each page of \"Let's build your first harness\"")
{
    seedModels(rig.store());
    rig.showWindow();
    rig.window().showPage(MainWindow::Page::FirstRun);
    auto* firstRun = rig.window().findChild<harness::gui::FirstRunPage*>();
    if (!firstRun)
        return rig.fail(QStringLiteral("no first-run page"));
    HarnessWizard& wizard = firstRun->wizard();
    wizard.startNew(true);
    wizard.findChild<QLineEdit*>(QStringLiteral("harnessName"))
        ->setText(QStringLiteral("Research assistant"));
    auto* view = wizard.findChild<QTreeView*>(QStringLiteral("modelList"));
    view->setCurrentIndex(view->model()->index(0, 0));
    rig.settle();
    rig.shoot(QStringLiteral("wizard-1-model"));

    wizard.next();
    serverItem(wizard, QStringLiteral("Filesystem"))->setCheckState(Qt::Checked);
    if (auto* folder = wizard.findChild<QLineEdit*>(QStringLiteral("serverInput_folder")))
        folder->setText(QStringLiteral("~/projects/notes")); // as a user types it (~ is expanded)
    serverItem(wizard, QStringLiteral("GitHub"))->setCheckState(Qt::Checked);
    serverItem(wizard, QStringLiteral("Memory"))->setCheckState(Qt::Checked);
    QListWidgetItem* everything = serverItem(wizard, QStringLiteral("everything"));
    if (!everything)
        return rig.fail(QStringLiteral("the rig's everything server is not listed"));
    everything->setCheckState(Qt::Checked);
    everything->listWidget()->setCurrentItem(everything);
    auto* details = wizard.findChild<QWidget*>(QStringLiteral("serverDetails"));
    details->findChild<QPushButton*>(QStringLiteral("testServerButton"))->click();
    auto* status = details->findChild<QLabel*>(QStringLiteral("testServerStatus"));
    if (!rig.waitFor([status] { return status->text().startsWith(QLatin1String("Connected")); }, 60'000))
        return rig.fail(QStringLiteral("testing server-everything failed: %1").arg(status->text()));
    rig.settle();
    rig.shoot(QStringLiteral("wizard-2-servers"));

    wizard.next();
    if (auto* token = wizard.findChild<QLineEdit*>(QStringLiteral("secret_bearer")))
        token->setText(QStringLiteral("github_pat_example"));
    rig.settle();
    rig.shoot(QStringLiteral("wizard-3-connect"));

    wizard.next();
    wizard.findChild<QPlainTextEdit*>(QStringLiteral("harnessSystemPrompt"))
        ->setPlainText(
            QStringLiteral("You are a careful research assistant. Cite your sources, and say when you "
                           "are unsure."));
    auto* skill = wizard.findChild<QLineEdit*>(QStringLiteral("newSkill"));
    for (const auto& text :
         {QStringLiteral("Cites its sources"), QStringLiteral("Asks before changing files")}) {
        skill->setText(text);
        wizard.findChild<QPushButton*>(QStringLiteral("addSkillButton"))->click();
    }
    rig.settle();
    rig.shoot(QStringLiteral("wizard-4-skills"));

    wizard.next();
    rig.settle();
    rig.shoot(QStringLiteral("wizard-5-create"));
}

HARNESS_SCREENSHOT_SCENE(harness_manager, "The harness manager with a connected MCP server")
{
    rig.showWindow();
    rig.window().showPage(MainWindow::Page::Harnesses);
    auto* manager = rig.window().findChild<harness::gui::HarnessManagerPage*>();
    if (!manager)
        return rig.fail(QStringLiteral("no harness manager"));
    manager->selectHarness(rig.toolsHarness().id);
    rig.settle();
    auto* connect = manager->findChild<QPushButton*>(QStringLiteral("connectServer_everything"));
    if (!connect)
        return rig.fail(QStringLiteral("no status line for server-everything"));
    connect->click();
    if (!rig.waitFor(
            [manager] {
                return manager->serverStatus(QStringLiteral("everything"))
                    .startsWith(QLatin1String("connected"));
            },
            60'000))
        return rig.fail(QStringLiteral("server-everything did not connect"));
    rig.settle();
    rig.shoot(QStringLiteral("harness-manager"));
}
