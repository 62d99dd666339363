// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QToolButton>

namespace harness::core {
class AccountService;
}

namespace harness::gui {

/// The status bar's account and sync indicator: local profile, signing in, synced, syncing,
/// offline, error (the reason in the tooltip), and the number of local changes still waiting.
/// A click syncs now when signed in, asks the pending first-sign-in question again, or opens
/// the account settings otherwise.
class SyncStatusButton final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusButton)
public:
    explicit SyncStatusButton(core::AccountService& account, QWidget* parent = nullptr);
    ~SyncStatusButton() override;

Q_SIGNALS:
    /// The user wants to see or change the account (Settings > Account).
    void accountSettingsRequested();
    /// The first-sign-in question about local data is still unanswered and the user clicked.
    void localDataQuestionRequested();

private:
    void refresh();
    void activate();

    core::AccountService& m_account;
};

} // namespace harness::gui
