// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/mcp/desktop_authorization_opener.h"

#include <QWidget>

class QVBoxLayout;

namespace harness::gui {

class WizardState;

/// Wizard page 3, shown only when a chosen server needs a key, a token or a sign-in: one box per
/// such server with password fields (saved to the keychain on Create) or a "Sign in" button, and a
/// Test that uses what was typed.
class ConnectStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectStep)
public:
    ConnectStep(WizardState& state, QWidget* parent = nullptr);
    ~ConnectStep() override;

    /// Rebuilds the boxes for the servers chosen now.
    void reload();
    /// Not owned; replaces the system-browser opener (tests).
    void setAuthorizationOpener(core::McpAuthorizationOpener* opener) { m_opener = opener; }

private:
    WizardState& m_state;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_boxes = nullptr;
    DesktopAuthorizationOpener m_browser;
    core::McpAuthorizationOpener* m_opener = &m_browser;
};

} // namespace harness::gui
