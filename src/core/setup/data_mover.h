// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace harness::core {

class Store;

/// Moves the local data folder while the app runs: checks the new folder (empty or new, writable,
/// room for the data), copies the database with SQLite's VACUUM INTO (a consistent snapshot that
/// includes what is still in the WAL) and every other file of the folder (session, backups), opens
/// the copy and compares the row count of every table, then records the new folder where the app
/// looks at start-up (DataLocation::recordLocation). The old folder is left as it is. Any failure
/// removes what the move created and leaves the recorded location unchanged.
class DataMover final {
public:
    struct Result {
        QString error;              ///< translated, with what to do; empty: moved
        QString to;                 ///< the new data folder (absolute, clean)
        QMap<QString, int> counts;  ///< rows per table, checked equal in the copy
        QStringList otherFiles;     ///< files copied beside the database (relative paths)
        bool createdFolder = false; ///< the move made the folder `to`
        QString previousRecord;     ///< the recorded folder before the move (empty: none)
        bool ok() const { return error.isEmpty(); }
    };

    /// Why `target` cannot take the data of `from` needing `neededBytes`; empty when it can.
    static QString checkTarget(const QString& from, const QString& target, qint64 neededBytes);
    /// The problem when `available` bytes are too few for `needed` (with a safety margin).
    static QString roomProblem(qint64 needed, qint64 available);
    /// Bytes the data folder `dir` holds (database, WAL and the other files).
    static qint64 folderSize(const QString& dir);
    /// Rows per table of the SQLite database at `path` (opened read-only); error text on failure.
    static QMap<QString, int> rowCounts(const QString& path, QString* error);
    /// Compares the copy at `copyPath` with the expected counts; empty when it matches.
    static QString verifyCopy(const QString& copyPath, const QMap<QString, int>& expected);

    /// Copies the data of `store` (kept in `from`) to `target` and records `target` as the data
    /// folder for the next start. Runs on the caller's thread; the store is not written meanwhile.
    static Result move(Store& store, const QString& from, const QString& target);
    /// Takes a successful move back (the user did not want to restart): removes the copy and
    /// records the previous folder again. The old folder was never touched.
    static void revert(const Result& moved);
};

} // namespace harness::core
