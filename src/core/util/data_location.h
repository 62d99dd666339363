// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace harness::core {

/// Where the local store lives. Priority: an explicit directory (--data-dir), then the
/// HARNESS_DATA_DIR environment variable, then the folder recorded by "Move data…" (when it
/// still exists), then the platform's AppDataLocation.
class DataLocation final {
public:
    static QString resolve(const QString& explicitDir = {});
    /// The folder "Move data…" recorded (absolute), or empty. Kept outside the data folder, in
    /// the platform's config folder (recordFilePath()).
    static QString recordedLocation();
    /// Records `dir` for the next start; false and `error` set when the file cannot be written.
    static bool recordLocation(const QString& dir, QString* error = nullptr);
    static QString recordFilePath();
    /// True when --data-dir or HARNESS_DATA_DIR chose `dataDir` (a recorded folder does not apply).
    static bool isOverridden(const QString& dataDir);
    static QString databasePath(const QString& dataDir);
    static QString sessionFilePath(const QString& dataDir);
    static constexpr const char* EnvironmentVariable = "HARNESS_DATA_DIR";
};

} // namespace harness::core
