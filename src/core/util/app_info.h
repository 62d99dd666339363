// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace harness::core {

/// Identity of the application: names used for data paths, keychain services and the UI.
namespace AppInfo {
QString version();
QString organizationName();
QString applicationName(); ///< machine name, used in paths: "harness-desktop"
QString displayName();     ///< "Harness Desktop"
QString keychainService(); ///< reverse-DNS service name for secrets
/// Sets QCoreApplication's organisation / application names and version.
void applyToApplication();
} // namespace AppInfo

} // namespace harness::core
