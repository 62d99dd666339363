// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/user_settings.h"

#include <QIcon>
#include <QPalette>

namespace harness::gui {

/// Applies the light or dark palette, or gives the look back to the platform (System). Call it
/// once at start-up whatever the setting, so System can later restore the platform's own look.
void applyTheme(core::UserSettings::Theme theme);

/// The theme in use now (System resolved to Light or Dark by the palette's lightness).
bool isDarkPalette(const QPalette& palette);

/// An action icon (resources/icons/actions/<name>.svg) drawn in the palette's text colour, sharp at
/// any size and device-pixel ratio; it follows theme changes. A null icon when there is no such
/// file. Names: new-chat, search, pin, unpin, settings, harnesses, stop, send, copy, rename,
/// delete, undo, keyboard, help, export, retry.
QIcon themedIcon(const QString& name);

} // namespace harness::gui
