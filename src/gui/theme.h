// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/user_settings.h"

namespace harness::gui {

/// Applies the light or dark palette, or gives the look back to the platform (System).
void applyTheme(core::UserSettings::Theme theme);

} // namespace harness::gui
