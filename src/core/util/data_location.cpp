// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/util/data_location.h"

#include <QDir>
#include <QStandardPaths>

namespace harness::core {

QString DataLocation::resolve(const QString& explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable(EnvironmentVariable);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

QString DataLocation::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("harness.db"));
}

QString DataLocation::sessionFilePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("session.ini"));
}

} // namespace harness::core
