// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;

namespace harness::core {
class AccountService;
}

namespace harness::gui {

class SignInProgress;

/// First launch: two ways in. "Sign in to Harness" (sync with the web app and other computers)
/// or "Use without an account" (a local profile: everything but sync). The choice can be
/// changed later in Settings > Account.
class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(core::AccountService& account, QWidget* parent = nullptr);
    ~WelcomePage() override;

Q_SIGNALS:
    /// A choice was made (local profile, or signed in): the app continues. Also emitted when the
    /// account's profile details change later; ignore it when the page is not shown.
    void finished();
    /// The sign-in or sync address needs fixing first (Settings > Account > Advanced).
    void accountSettingsRequested();

private:
    void signIn();
    void refresh();

    core::AccountService& m_account;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_local = nullptr;
    QPushButton* m_settings = nullptr;
    SignInProgress* m_progress = nullptr;
};

} // namespace harness::gui
