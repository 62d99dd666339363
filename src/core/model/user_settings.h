// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace harness::core {

/// The user's preferences that travel with the account (synced), as opposed to window state.
struct UserSettings {
    enum class Theme { System, Light, Dark };

    bool autoSwitchHarness = true;
    QString defaultHarnessId;
    Theme theme = Theme::System;
    QString language;      ///< BCP-47 code; empty = follow the system
    bool showUsage = true; ///< tokens and cost under each answer
    int streamStallTimeoutSeconds = 60;
    qint64 updatedAt = 0;
    QString remoteId;
};

QString themeName(UserSettings::Theme theme);
UserSettings::Theme themeFromString(const QString& text);

} // namespace harness::core
