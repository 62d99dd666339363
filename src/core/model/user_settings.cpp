// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/user_settings.h"

namespace harness::core {

QString themeName(UserSettings::Theme theme)
{
    switch (theme) {
    case UserSettings::Theme::Light:
        return QStringLiteral("light");
    case UserSettings::Theme::Dark:
        return QStringLiteral("dark");
    case UserSettings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

UserSettings::Theme themeFromString(const QString& text)
{
    if (text == QLatin1String("light"))
        return UserSettings::Theme::Light;
    if (text == QLatin1String("dark"))
        return UserSettings::Theme::Dark;
    return UserSettings::Theme::System;
}

} // namespace harness::core
