// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/util/data_location.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace harness::core {

QString DataLocation::resolve(const QString& explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable(EnvironmentVariable);
    if (dir.isEmpty()) {
        dir = recordedLocation();
        if (!dir.isEmpty() && !QFileInfo(dir).isDir()) { // a disk that is not there: say so, go on
            qWarning("The data folder %s recorded in %s does not exist; using the default folder.",
                     qPrintable(dir), qPrintable(recordFilePath()));
            dir.clear();
        }
    }
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

QString DataLocation::recordFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("data-location"));
}

QString DataLocation::recordedLocation()
{
    QFile file(recordFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString dir = QString::fromUtf8(file.readAll()).trimmed();
    return dir.isEmpty() || QDir::isRelativePath(dir) ? QString() : QDir::cleanPath(dir);
}

bool DataLocation::recordLocation(const QString& dir, QString* error)
{
    const QString path = recordFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray data = QDir::cleanPath(QDir(dir).absolutePath()).toUtf8() + '\n';
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool DataLocation::isOverridden(const QString& dataDir)
{
    if (!qEnvironmentVariableIsEmpty(EnvironmentVariable))
        return true;
    return QDir::cleanPath(QDir(dataDir).absolutePath()) != resolve();
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
