// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_authorization_opener.h"

namespace harness::cli {

/// Signs in to an OAuth-protected MCP server from the terminal: prints the authorization address
/// on stderr and opens it in the desktop's browser when there is one (xdg-open / open). The
/// browser then redirects to the client's loopback listener on 127.0.0.1.
class TerminalAuthorizationOpener final : public core::McpAuthorizationOpener {
public:
    void openAuthorizationUrl(const QUrl& url) override;
};

} // namespace harness::cli
