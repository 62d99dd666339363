// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace harness::core {

/// When the store cannot be used (damaged, written by a newer version), the user may start with a
/// fresh one. The old file is never overwritten or deleted: it is moved aside, with its WAL and
/// shared-memory companions, under a name that says when and why.
class DatabaseRecovery final {
public:
    /// Moves `databasePath` (and "-wal", "-shm") to "<name>.<reason>-<yyyyMMdd-HHmmss>[.n]".
    /// Returns the new path of the main file, or an empty string when it could not be moved.
    static QString moveAside(const QString& databasePath, const QString& reason);
};

} // namespace harness::core
