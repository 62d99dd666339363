// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/mcp/desktop_authorization_opener.h"

#include <QDesktopServices>
#include <QLoggingCategory>

namespace harness::gui {

namespace {
Q_LOGGING_CATEGORY(lcOpener, "harness.gui.mcp")
} // namespace

void DesktopAuthorizationOpener::openAuthorizationUrl(const QUrl& url)
{
    if (!QDesktopServices::openUrl(url))
        qCWarning(lcOpener) << "could not open the browser for an MCP sign-in";
}

} // namespace harness::gui
