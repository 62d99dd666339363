// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/tool_approval.h"

namespace harness::cli {

/// The asker of harness-cli: shows the tool (title, server, annotations, arguments) on the
/// terminal and asks "[y] once / [s] this session / [a] always / [n] deny". The engine's stored
/// policy remembers session and always answers. When stdin is not a terminal it denies and says
/// to pass --yes or set a policy.
class TerminalApprovalPolicy final : public core::ToolApprovalPolicy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalApprovalPolicy)
public:
    using core::ToolApprovalPolicy::ToolApprovalPolicy;
    void decide(const core::ToolApprovalRequest& request, QObject* context, Callback done) override;
};

} // namespace harness::cli
