// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_elicitation_handler.h"

#include <QPointer>
#include <QWidget>

namespace harness::gui {

/// Answers MCP elicitation requests with an ElicitationDialog over the app's window (window-modal,
/// so the rest of the app keeps running). Several requests get one dialog each.
class GuiElicitationHandler final : public core::McpElicitationHandler {
public:
    /// \a window: where the dialog appears; nullptr uses the active window.
    explicit GuiElicitationHandler(QWidget* window = nullptr) : m_window(window) {}
    void setWindow(QWidget* window) { m_window = window; }
    void elicit(const core::McpElicitationRequest& request,
                std::function<void(const core::McpElicitationResponse&)> respond) override;

private:
    QPointer<QWidget> m_window;
};

} // namespace harness::gui
