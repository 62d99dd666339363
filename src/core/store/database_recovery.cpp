// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/database_recovery.h"

#include <QDateTime>
#include <QFile>

namespace harness::core {

QString DatabaseRecovery::moveAside(const QString& databasePath, const QString& reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(databasePath, reason, stamp);
    for (int n = 1; QFile::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3.%4").arg(databasePath, reason, stamp).arg(n);
    if (QFile::exists(databasePath) && !QFile::rename(databasePath, target))
        return {};
    for (const auto* suffix : {"-wal", "-shm"}) {
        const QString companion = databasePath + QLatin1String(suffix);
        if (QFile::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    return target;
}

} // namespace harness::core
