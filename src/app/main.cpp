// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "app/first_paint_probe.h"
#include "core/account/account_service.h"
#include "core/engine/engine.h"
#include "core/i18n/translations.h"
#include "core/secrets/guarded_secret_store.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/store/settings_repository.h"
#include "core/util/app_info.h"
#include "core/util/data_location.h"
#include "gui/main_window.h"
#include "gui/mcp/desktop_authorization_opener.h"
#include "gui/mcp/gui_elicitation_handler.h"
#include "gui/settings/network_settings.h"
#include "gui/store_opener.h"
#include "gui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    harness::core::AppInfo::applyToApplication();
    QApplication::setApplicationDisplayName(harness::core::AppInfo::displayName());
    QApplication::setDesktopFileName(QStringLiteral("dev.harness.desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/harness.svg")));

    // The system's language until the store says otherwise (--help, a store that will not open).
    harness::core::Translations::install(app, {});
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Harness Desktop: chat with LLM agents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main",
                                                             "Keep conversations in DIR (default: "
                                                             "$HARNESS_DATA_DIR, else the folder chosen "
                                                             "with Move data… in Settings, else the "
                                                             "platform's data folder)."),
                                     QApplication::translate("main", "DIR"));
    parser.addOption(dataDir);
    parser.process(app);

    const QString dir = harness::core::DataLocation::resolve(parser.value(dataDir));
    auto opened = harness::gui::StoreOpener::open(dir);
    if (!opened.store)
        return 1;
    const auto settings = opened.store->settings().load().value;
    if (!settings.language.isEmpty())
        harness::core::Translations::install(app, settings.language);
    harness::gui::applyTheme(settings.theme);

    // The keychain, never plain text: without one the app says so and asks (see KeychainNotice).
    harness::core::GuardedSecretStore secrets(std::make_unique<harness::core::KeychainSecretStore>());
    secrets.probe();
    harness::gui::applySavedProxy(*opened.store, &secrets, &app);
    // MCP servers ask for input with a form and sign in through the browser (outlive the engine).
    harness::gui::GuiElicitationHandler elicitation;
    harness::gui::DesktopAuthorizationOpener browser;
    harness::core::Engine engine(*opened.store, &secrets);
    harness::core::AccountService account(*opened.store, &secrets);
    engine.mcp().setElicitationHandler(&elicitation);
    engine.mcp().setAuthorizationOpener(&browser);
    harness::gui::MainWindow window(*opened.store, engine, dir);
    window.setAccount(account);
    harness::app::FirstPaintProbe::installIfRequested(window, sinceMain);
    window.show();
    return QApplication::exec();
}
