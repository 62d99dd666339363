// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlError;

namespace harness::core {

/// What went wrong in the local store, as a value the UI and CLI can explain to the user.
struct StoreError {
    enum class Kind {
        None,
        CannotOpen,
        Corrupt,
        NewerVersion,
        Locked,
        ReadOnly,
        DiskFull,
        NotFound,
        Invalid,
        Query
    };

    Kind kind = Kind::None;
    QString detail; ///< the technical reason (SQLite's message, a path, a version)

    bool ok() const { return kind == Kind::None; }
    explicit operator bool() const { return !ok(); } ///< true when there IS an error

    /// One or two sentences for the user: what failed and what to do about it.
    QString userMessage() const;

    static StoreError fromSql(const QSqlError& error);
    static StoreError make(Kind kind, const QString& detail = {}) { return StoreError{kind, detail}; }
};

} // namespace harness::core
