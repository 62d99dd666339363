// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/sync/sync_engine.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace harness::core {
class AccountService;
class Store;
} // namespace harness::core

namespace harness::gui {

class SignInProgress;

/// Settings > Account: who is signed in (name, email), the sync state, Sign out (keeping or
/// removing the local copies), changing the choice between a local profile and an account, and
/// the advanced sign-in and sync addresses (editable while signed out).
class AccountPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPanel)
public:
    explicit AccountPanel(core::AccountService& account, QWidget* parent = nullptr);
    ~AccountPanel() override;

    /// Opens the sign-in and sync addresses.
    void showAdvanced();
    /// Asks how to sign out; nothing when the user cancels.
    static std::optional<core::SyncEngine::SignOutChoice> askSignOut(QWidget* parent, core::Store& store);

private:
    void refresh();
    void loadConfiguration();
    void applyConfiguration();
    void restoreDefaults();
    void signIn();
    void signOut();

    core::AccountService& m_account;
    QLabel* m_identity = nullptr;
    QLabel* m_sync = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
    QPushButton* m_useLocally = nullptr;
    SignInProgress* m_progress = nullptr;
    QPushButton* m_advancedToggle = nullptr;
    QWidget* m_advanced = nullptr;
    QLineEdit* m_issuer = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_deployment = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_defaults = nullptr;
    QLabel* m_advancedNote = nullptr;
};

} // namespace harness::gui
