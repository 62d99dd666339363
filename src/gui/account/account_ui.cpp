// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/account/account_ui.h"

#include "core/account/account_service.h"
#include "gui/account/account_panel.h"
#include "gui/account/local_data_question.h"
#include "gui/account/sync_status_button.h"
#include "gui/account/welcome_page.h"

#include <QDesktopServices>
#include <QUrl>
#include <QWidget>

namespace harness::gui {

using core::AccountService;

AccountUi::AccountUi(AccountService& account, QWidget* window)
    : QObject(window), m_account(account), m_window(window)
{
    if (!m_account.hasBrowserOpener())
        m_account.setBrowserOpener([](const QUrl& url) { return QDesktopServices::openUrl(url); });

    m_welcome = new WelcomePage(account, window);
    m_panel = new AccountPanel(account, window);
    m_status = new SyncStatusButton(account, window);

    connect(m_welcome, &WelcomePage::finished, this, &AccountUi::welcomeFinished);
    connect(m_welcome, &WelcomePage::accountSettingsRequested, this, [this] {
        m_panel->showAdvanced();
        Q_EMIT accountSettingsRequested();
    });
    connect(m_status, &SyncStatusButton::accountSettingsRequested, this,
            &AccountUi::accountSettingsRequested);
    connect(m_status, &SyncStatusButton::localDataQuestionRequested, this,
            [this] { LocalDataQuestion::ask(m_window, m_account); });
    // Asked from the event loop, not from inside the sign-in's signal chain.
    connect(
        &m_account, &AccountService::localDataDecisionNeeded, this,
        [this] { LocalDataQuestion::ask(m_window, m_account); }, Qt::QueuedConnection);
    connect(&m_account, &AccountService::signedIn, this, [this](const core::UserInfo& user) {
        Q_EMIT statusMessage(tr("Signed in as %1.").arg(user.displayName()));
    });
    connect(&m_account, &AccountService::signedOut, this, [this](bool byUser) {
        Q_EMIT statusMessage(byUser ? tr("Signed out. This is now a local profile.")
                                    : tr("Your Harness session ended. Sign in again to keep syncing."));
    });
    m_account.start();
}

AccountUi::~AccountUi() = default;

bool AccountUi::needsWelcome() const
{
    return m_account.profileMode() == AccountService::ProfileMode::Unchosen;
}

} // namespace harness::gui
