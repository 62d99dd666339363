// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/tool_approval.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

namespace harness::gui {

/// Asks the user before a tool runs (Allow once / Always allow / Deny), showing the tool's title,
/// server, whether it may change data, and the arguments. Read-only tools run without asking.
/// "Always allow" lasts for the session; per-harness policies come with the harness settings.
class GuiApprovalPolicy final : public core::ToolApprovalPolicy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiApprovalPolicy)
public:
    explicit GuiApprovalPolicy(QWidget* window, QObject* parent = nullptr);
    void decide(const core::ToolApprovalRequest& request, QObject* context, Callback done) override;

private:
    QPointer<QWidget> m_window;
    QSet<QString> m_alwaysAllowed; ///< "<harness id>/<tool name>"
};

} // namespace harness::gui
