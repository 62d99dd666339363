// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace harness::core {
class GuardedSecretStore;
} // namespace harness::core

namespace harness::gui {

/// Says when no keychain is reachable (secrets are refused, never written in plain text) and
/// offers the explicit opt-in to keep them in memory for this session; afterwards it stays as a
/// warning that keys are forgotten on quit. Hidden while the keychain works.
/// The Compact form is one line for the status bar that opens the settings when clicked.
class KeychainNotice final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainNotice)
public:
    enum class Form { Banner, Compact };

    KeychainNotice(core::GuardedSecretStore* secrets, Form form, QWidget* parent = nullptr);
    ~KeychainNotice() override;

Q_SIGNALS:
    /// The compact notice was clicked: show where the choice is made.
    void detailsRequested();

private:
    void update();

    core::GuardedSecretStore* m_secrets;
    Form m_form;
    QLabel* m_text = nullptr;
    QPushButton* m_allow = nullptr;
};

} // namespace harness::gui
