// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/user_settings.h"
#include "core/store/store.h"

namespace harness::core {

/// The user's synced preferences: one row, created with defaults on first save.
class SettingsRepository final {
    Q_DISABLE_COPY_MOVE(SettingsRepository)
public:
    explicit SettingsRepository(Store& store) : m_store(store) {}

    /// The saved settings, or the defaults when nothing was saved yet.
    StoreResult<UserSettings> load();
    StoreError save(UserSettings& settings);

private:
    Store& m_store;
};

} // namespace harness::core
