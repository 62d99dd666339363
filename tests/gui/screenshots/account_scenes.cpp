// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Scenes of the account: the welcome page of a first launch, and Settings > Account of a local
// profile (signing in needs the OpenID and Convex peers; tests/gui/account covers that part).
#include "core/account/account_service.h"
#include "core/secrets/memory_secret_store.h"
#include "gui/main_window.h"
#include "gui/settings/settings_page.h"
#include "screenshot_rig.h"

#include <QAbstractButton>

using harness::core::AccountService;
using harness::core::MemorySecretStore;
using harness::gui::MainWindow;

namespace {

/// The account service of the rig's window, living (and dying) with it.
AccountService& attachAccount(harness::test::ScreenshotRig& rig)
{
    auto* secrets = new MemorySecretStore(&rig.window());
    auto* account = new AccountService(rig.store(), secrets, nullptr, &rig.window());
    rig.window().setAccount(*account);
    rig.settle();
    return *account;
}

} // namespace

HARNESS_SCREENSHOT_SCENE(welcome, "First launch: sign in to Harness, or use the app without an account")
{
    rig.showWindow();
    attachAccount(rig);
    if (rig.window().currentPage() != MainWindow::Page::Welcome)
        return rig.fail(QStringLiteral("the welcome page is not shown on a first launch"));
    rig.shoot(QStringLiteral("welcome"));
}

HARNESS_SCREENSHOT_SCENE(account_settings, "Settings > Account of a local profile, advanced addresses open")
{
    rig.showWindow();
    AccountService& account = attachAccount(rig);
    account.useWithoutAccount();
    rig.window().showPage(MainWindow::Page::Settings);
    if (auto* settings = rig.window().findChild<harness::gui::SettingsPage*>(QStringLiteral("settingsPage")))
        settings->showSectionNamed(QStringLiteral("accountPanel")); // Settings shows one category at a time
    auto* panel = rig.window().findChild<QWidget*>(QStringLiteral("accountPanel"));
    auto* advanced = rig.window().findChild<QAbstractButton*>(QStringLiteral("accountAdvancedToggle"));
    if (!panel || !advanced)
        return rig.fail(QStringLiteral("no account panel in Settings"));
    advanced->click();
    rig.settle();
    rig.shoot(QStringLiteral("account-settings"));
}
