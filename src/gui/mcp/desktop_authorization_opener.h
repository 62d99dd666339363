// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/mcp/mcp_authorization_opener.h"

namespace harness::gui {

/// Opens an MCP server's sign-in page in the system browser; the server then redirects to the
/// client's loopback listener on 127.0.0.1.
class DesktopAuthorizationOpener final : public core::McpAuthorizationOpener {
public:
    void openAuthorizationUrl(const QUrl& url) override;
};

} // namespace harness::gui
