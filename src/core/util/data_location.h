// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace harness::core {

/// Where the local store lives. Priority: an explicit directory (--data-dir), then the
/// HARNESS_DATA_DIR environment variable, then the platform's AppDataLocation.
class DataLocation final {
public:
    static QString resolve(const QString& explicitDir = {});
    static QString databasePath(const QString& dataDir);
    static QString sessionFilePath(const QString& dataDir);
    static constexpr const char* EnvironmentVariable = "HARNESS_DATA_DIR";
};

} // namespace harness::core
