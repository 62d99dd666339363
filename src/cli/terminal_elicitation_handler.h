// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_elicitation_handler.h"

namespace harness::cli {

/// Answers an MCP server's elicitation request on the terminal: each field of the requested
/// schema in turn (its default kept on Enter; strings, numbers, integers, yes/no, choices),
/// then accept / decline / cancel. When stdin is not a terminal it declines and says so.
class TerminalElicitationHandler final : public core::McpElicitationHandler {
public:
    void elicit(const core::McpElicitationRequest& request,
                std::function<void(const core::McpElicitationResponse&)> respond) override;
};

} // namespace harness::cli
