// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace harness::core {
class AccountService;
}

namespace harness::gui {

class AccountPanel;
class SyncStatusButton;
class WelcomePage;

/// The account's widgets for the main window, wired to the account service: the welcome page,
/// the Settings panel, the status bar indicator, and the first-sign-in question about local
/// data. The window places the widgets; this object keeps them talking to the service, then
/// starts the service (restoring a saved session).
class AccountUi final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountUi)
public:
    AccountUi(core::AccountService& account, QWidget* window);
    ~AccountUi() override;

    WelcomePage* welcomePage() const { return m_welcome; }
    AccountPanel* panel() const { return m_panel; }
    SyncStatusButton* statusButton() const { return m_status; }
    /// No choice yet between an account and a local profile: show the welcome page first.
    bool needsWelcome() const;

Q_SIGNALS:
    void welcomeFinished();
    void accountSettingsRequested();
    /// A short message for the status bar.
    void statusMessage(const QString& text);

private:
    core::AccountService& m_account;
    QWidget* m_window;
    WelcomePage* m_welcome = nullptr;
    AccountPanel* m_panel = nullptr;
    SyncStatusButton* m_status = nullptr;
};

} // namespace harness::gui
