// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace harness::core {

/// Schema version 7: sync with the Harness web backend (convex/desktop/PROTOCOL.md) instead of
/// the desktop-only functions. Adds the per-row server state (hash, last pulled values, message
/// digest), web fields (pinnedAt, edit forks), skills with descriptions, and resets the sync
/// bookkeeping of a store that was signed in to the old schema so its data is offered for upload
/// again (nothing local is deleted).
QStringList webSyncMigration();

} // namespace harness::core
