// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/browser_authorization_opener.h"

#include <QDesktopServices>

namespace harness::gui {

void BrowserAuthorizationOpener::openAuthorizationUrl(const QUrl& url)
{
    QDesktopServices::openUrl(url);
}

} // namespace harness::gui
