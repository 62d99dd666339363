// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/setup/data_mover.h"

#include "core/store/store.h"
#include "core/util/data_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

namespace harness::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::DataMover)
};

constexpr qint64 MarginBytes = 16 * 1024 * 1024; ///< room left over after the copy

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The database and SQLite's files beside it: the database is copied with VACUUM INTO instead.
bool isDatabaseFile(const QString& relative)
{
    static const QString db = QFileInfo(DataLocation::databasePath(QStringLiteral("."))).fileName();
    return relative == db || relative == db + QStringLiteral("-wal") ||
           relative == db + QStringLiteral("-shm") || relative == db + QStringLiteral("-journal");
}

/// Files of `dir`, relative, without the live database files.
QStringList otherFilesOf(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(dir).relativeFilePath(it.next());
        if (!isDatabaseFile(relative))
            files.append(relative);
    }
    files.sort();
    return files;
}

/// Removes what a failed move created in `target` (never anything that was there before).
void undo(const QString& target, const QStringList& created, bool createdDir)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        QFile::remove(QDir(target).filePath(*it));
    // Folders the copy made, deepest first; rmdir only removes empty ones.
    QStringList dirs;
    QDirIterator dirIt(target, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (dirIt.hasNext())
        dirs.append(dirIt.next());
    std::sort(dirs.begin(), dirs.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const auto& d : std::as_const(dirs))
        QDir().rmdir(d);
    if (createdDir)
        QDir().rmdir(target);
}

QString quoted(const QString& sqlText)
{
    QString copy = sqlText;
    return QLatin1Char('\'') + copy.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

QString DataMover::roomProblem(qint64 needed, qint64 available)
{
    if (available < 0 || available >= needed + MarginBytes)
        return {};
    const auto mb = [](qint64 bytes) {
        return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
    };
    //: %1 and %2 are sizes in megabytes
    return Tr::tr("There is not enough free space there: the data needs %1 MB and %2 MB are free. Free "
                  "some space or choose a folder on another disk.")
        .arg(mb(needed + MarginBytes), mb(available));
}

qint64 DataMover::folderSize(const QString& dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString DataMover::checkTarget(const QString& from, const QString& target, qint64 neededBytes)
{
    if (target.trimmed().isEmpty() || QDir::isRelativePath(target))
        return Tr::tr("Choose a folder with its full path.");
    const QString source = QDir::cleanPath(QDir(from).absolutePath());
    const QString dest = QDir::cleanPath(QDir(target).absolutePath());
    if (dest == source)
        return Tr::tr("The data is already in %1.").arg(native(dest));
    if (dest.startsWith(source + QLatin1Char('/')))
        return Tr::tr("Choose a folder outside the current data folder %1.").arg(native(source));
    const QFileInfo info(dest);
    if (info.exists() && !info.isDir())
        return Tr::tr("%1 is a file, not a folder. Choose an empty folder or a new one.").arg(native(dest));
    if (info.isDir() &&
        !QDir(dest).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return Tr::tr("%1 is not empty. Choose an empty folder or a new one, so nothing there is mixed "
                      "with your data.")
            .arg(native(dest));
    // Room: measured on the disk the folder is (or its nearest existing parent).
    QString existing = dest;
    while (!QFileInfo(existing).isDir() && QFileInfo(existing).absolutePath() != existing)
        existing = QFileInfo(existing).absolutePath();
    const QStorageInfo storage(existing);
    return storage.isValid() ? roomProblem(neededBytes, storage.bytesAvailable()) : QString();
}

QMap<QString, int> DataMover::rowCounts(const QString& path, QString* error)
{
    QMap<QString, int> counts;
    const QString name =
        QStringLiteral("harness-data-mover-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!QFileInfo::exists(path) || !db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
                check.value(0).toString() != QLatin1String("ok")) {
                if (error)
                    *error =
                        check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
            } else {
                QSqlQuery tables(db);
                QStringList names;
                if (tables.exec(QStringLiteral(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "ORDER BY name"))) {
                    while (tables.next())
                        names.append(tables.value(0).toString());
                }
                for (const auto& table : std::as_const(names)) {
                    QSqlQuery count(db);
                    QString escaped = table;
                    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                    if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(escaped)) ||
                        !count.next()) {
                        if (error)
                            *error = count.lastError().text();
                        counts.clear();
                        break;
                    }
                    counts.insert(table, count.value(0).toInt());
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

QString DataMover::verifyCopy(const QString& copyPath, const QMap<QString, int>& expected)
{
    QString why;
    const auto counts = rowCounts(copyPath, &why);
    if (!why.isEmpty() || counts.isEmpty())
        return Tr::tr("The copy could not be opened (%1).").arg(why.isEmpty() ? Tr::tr("no tables") : why);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (counts.value(it.key(), -1) != it.value())
            //: %1 is a table name, %2 and %3 row counts
            return Tr::tr("The copy does not match: table %1 has %2 rows here but %3 in the copy.")
                .arg(it.key())
                .arg(it.value())
                .arg(counts.value(it.key(), 0));
    }
    if (counts.size() != expected.size())
        return Tr::tr("The copy does not match: it has %1 tables instead of %2.")
            .arg(counts.size())
            .arg(expected.size());
    return {};
}

DataMover::Result DataMover::move(Store& store, const QString& from, const QString& target)
{
    Result result;
    if (target.trimmed().isEmpty() || QDir::isRelativePath(target)) {
        result.error = checkTarget(from, target, 0);
        return result;
    }
    const QString source = QDir::cleanPath(QDir(from).absolutePath());
    const QString dest = QDir::cleanPath(QDir(target).absolutePath());
    result.to = dest;
    if (const QString problem = checkTarget(source, dest, folderSize(source)); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    const bool createdDir = !QFileInfo(dest).isDir();
    result.createdFolder = createdDir;
    result.previousRecord = DataLocation::recordedLocation();
    if (createdDir && !QDir().mkpath(dest)) {
        result.error =
            Tr::tr("Could not create %1. Check that you may write there, or choose another folder.")
                .arg(native(dest));
        return result;
    }
    QStringList created;
    const auto fail = [&](const QString& message) {
        undo(dest, created, createdDir);
        result.error = message + QLatin1Char(' ') +
                       Tr::tr("Nothing was moved; your data stays in %1.").arg(native(source));
        result.counts.clear();
        result.otherFiles.clear();
        return result;
    };
    // Writable? A probe file says it plainly (permissions, read-only disks, sandboxes).
    {
        const QString probe = QDir(dest).filePath(QStringLiteral(".harness-write-test"));
        QFile file(probe);
        const bool writable = file.open(QIODevice::WriteOnly) && file.write("ok") == 2;
        file.close();
        QFile::remove(probe);
        if (!writable)
            return fail(Tr::tr("Cannot write in %1 (%2). Choose a folder you may write to.")
                            .arg(native(dest), file.errorString()));
    }

    // The database: VACUUM INTO writes a consistent, compact copy, WAL content included, while the
    // store stays open. Row counts are read on the same connection right after it: nothing writes
    // in between (this runs on the store's thread).
    const QString dbName = QFileInfo(DataLocation::databasePath(dest)).fileName();
    const QString partial = dbName + QStringLiteral(".partial");
    const QString partialPath = QDir(dest).filePath(partial);
    created.append(partial);
    {
        QSqlQuery vacuum(store.database().connection());
        if (!vacuum.exec(QStringLiteral("VACUUM INTO %1").arg(quoted(partialPath)))) {
            const QString why = vacuum.lastError().text();
            return fail(why.contains(QLatin1String("full"), Qt::CaseInsensitive)
                            ? Tr::tr("The disk is full: %1.").arg(why)
                            : Tr::tr("Copying the database failed: %1.").arg(why));
        }
    }
    QString why;
    const auto expected = rowCounts(store.path(), &why);
    if (!why.isEmpty() || expected.isEmpty())
        return fail(Tr::tr("Could not read the current database to check the copy: %1.").arg(why));

    // Everything else the data folder holds: the session, backups made before migrations, ….
    for (const auto& relative : otherFilesOf(source)) {
        const QString to = QDir(dest).filePath(relative);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile file(QDir(source).filePath(relative));
        if (!file.copy(to))
            return fail(Tr::tr("Could not copy %1: %2.").arg(native(relative), file.errorString()));
        created.append(relative);
        if (QFileInfo(to).size() != QFileInfo(file).size())
            return fail(Tr::tr("The copy of %1 is incomplete (is the disk full?).").arg(native(relative)));
        result.otherFiles.append(relative);
    }

    // Check the copy opens and holds the same rows, then give it its real name.
    if (const QString mismatch = verifyCopy(partialPath, expected); !mismatch.isEmpty())
        return fail(mismatch);
    if (!QFile::rename(partialPath, QDir(dest).filePath(dbName)))
        return fail(Tr::tr("Could not name the copy %1.").arg(native(QDir(dest).filePath(dbName))));
    created.removeAll(partial);
    created.append(dbName);

    // Only now: the next start reads the new folder.
    QString recordError;
    if (!DataLocation::recordLocation(dest, &recordError))
        return fail(Tr::tr("Could not record the new folder in %1: %2.")
                        .arg(native(DataLocation::recordFilePath()), recordError));
    result.counts = expected;
    return result;
}

void DataMover::revert(const Result& moved)
{
    if (!moved.ok() || moved.to.isEmpty())
        return;
    QStringList created = moved.otherFiles;
    const QString dbName = QFileInfo(DataLocation::databasePath(moved.to)).fileName();
    // SQLite may have left its side files if the copy was opened meanwhile.
    created << dbName << dbName + QStringLiteral("-wal") << dbName + QStringLiteral("-shm");
    undo(moved.to, created, moved.createdFolder);
    if (moved.previousRecord.isEmpty())
        QFile::remove(DataLocation::recordFilePath());
    else
        DataLocation::recordLocation(moved.previousRecord);
}

} // namespace harness::core
