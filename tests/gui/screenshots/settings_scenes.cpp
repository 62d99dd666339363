// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Scenes of the settings: the General category, and Providers with a saved OpenRouter key (shown
// masked) beside the form that checks a key before saving it.
#include "core/engine/engine.h"
#include "core/llm/provider_config.h"
#include "core/secrets/secret_store.h"
#include "core/store/provider_repository.h"
#include "gui/main_window.h"
#include "gui/settings/settings_page.h"
#include "screenshot_rig.h"

using harness::gui::MainWindow;
using harness::gui::SettingsPage;

namespace {

/// Opens the category whose section is named `section` (its objectName: the same in every language).
SettingsPage* openSettings(harness::test::ScreenshotRig& rig, const QString& section)
{
    rig.window().showPage(MainWindow::Page::Settings);
    auto* page = rig.window().findChild<SettingsPage*>(QStringLiteral("settingsPage"));
    if (!page || !page->showSectionNamed(section))
        return nullptr;
    rig.settle();
    return page;
}

} // namespace

HARNESS_SCREENSHOT_SCENE(settings_general, "Settings > General: harness switching, theme, language, timeouts")
{
    rig.showWindow();
    if (!openSettings(rig, QStringLiteral("generalSettings")))
        return rig.fail(QStringLiteral("no General category in Settings"));
    rig.shoot(QStringLiteral("settings-general"));
}

HARNESS_SCREENSHOT_SCENE(settings_providers, "Settings > Providers: a saved OpenRouter key, masked")
{
    harness::core::Provider openRouter;
    openRouter.name = QStringLiteral("OpenRouter");
    openRouter.kind = harness::core::Provider::Kind::OpenRouter;
    openRouter.baseUrl = harness::core::ProviderConfig::openRouterBaseUrl();
    if (rig.store().providers().create(openRouter))
        return rig.fail(QStringLiteral("could not save the provider"));
    bool written = false;
    rig.engine().secrets()->write(openRouter.secretKey(), QStringLiteral("sk-or-v1-screenshot-example-7f3a"),
                                  nullptr,
                                  [&written](const harness::core::SecretResult&) { written = true; });
    if (!rig.waitFor([&written] { return written; }))
        return rig.fail(QStringLiteral("the key was not stored"));
    rig.showWindow();
    if (!openSettings(rig, QStringLiteral("providerSettings")))
        return rig.fail(QStringLiteral("no Providers category in Settings"));
    rig.shoot(QStringLiteral("settings-providers"));
}
