// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/util/app_info.h"

#include <QCoreApplication>

namespace harness::core::AppInfo {

QString version()
{
    return QStringLiteral(HARNESS_VERSION);
}

QString organizationName()
{
    return QStringLiteral("Harness");
}

QString applicationName()
{
    return QStringLiteral("harness-desktop");
}

QString displayName()
{
    return QStringLiteral("Harness Desktop");
}

QString keychainService()
{
    return QStringLiteral("dev.harness.desktop");
}

void applyToApplication()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace harness::core::AppInfo
