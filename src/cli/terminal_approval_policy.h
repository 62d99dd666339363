// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/tool_approval.h"

namespace harness::cli {

/// Asks on the terminal before a tool runs: "Allow <server> / <tool> with {...}? [y/N/a]".
/// "a" allows this tool for the rest of the session. Without a terminal it denies and says to
/// use --yes.
class TerminalApprovalPolicy final : public core::ToolApprovalPolicy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalApprovalPolicy)
public:
    using core::ToolApprovalPolicy::ToolApprovalPolicy;
    void decide(const core::ToolApprovalRequest& request, QObject* context, Callback done) override;

private:
    QStringList m_alwaysAllowed;
};

} // namespace harness::cli
