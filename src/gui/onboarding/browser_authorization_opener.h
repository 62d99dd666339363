// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_authorization_opener.h"

namespace harness::gui {

/// Opens an MCP server's sign-in page in the system browser.
class BrowserAuthorizationOpener final : public core::McpAuthorizationOpener {
public:
    void openAuthorizationUrl(const QUrl& url) override;
};

} // namespace harness::gui
