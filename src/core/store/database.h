// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store_error.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace harness::core {

/// One SQLite connection to the local store: WAL journal, foreign keys on, versioned schema.
/// A database written by a newer version, or one that is damaged, is never modified.
class Database final {
    Q_DISABLE_COPY_MOVE(Database)
public:
    explicit Database(QString path);
    ~Database();

    /// Opens (creating when missing) and migrates forward to `targetVersion` (0 = current).
    /// Before migrating a database that already holds a schema, a backup copy
    /// "<file>.v<old>.bak" is written next to it.
    StoreError open(int targetVersion = 0);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_version; }

    /// Runs `work` in a transaction: committed when it returns no error, rolled back otherwise.
    StoreError write(const std::function<StoreError()>& work);

    /// Executes one statement without binding (DDL, PRAGMAs).
    StoreError exec(const QString& sql);

private:
    StoreError readVersion(int& version);
    StoreError migrate(int from, int to);

    QString m_path;
    QString m_connectionName;
    int m_version = 0;
    bool m_inTransaction = false;
};

} // namespace harness::core
