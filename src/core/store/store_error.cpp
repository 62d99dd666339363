// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace harness::core {

namespace {
/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::StoreError)
};
} // namespace

QString StoreError::userMessage() const
{
    QString message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::CannotOpen:
        message = Tr::tr("The conversation database cannot be opened. Check that the data folder exists and "
                         "that you may write to it, or choose another one with --data-dir.");
        break;
    case Kind::Corrupt:
        message =
            Tr::tr("The conversation database is damaged and cannot be read. Harness keeps the file "
                   "untouched; you can start with a fresh database and keep the old file for recovery.");
        break;
    case Kind::NewerVersion:
        message = Tr::tr("The conversation database was written by a newer version of Harness Desktop. "
                         "Update the app to open it; it has not been changed.");
        break;
    case Kind::Locked:
        message = Tr::tr("The conversation database is locked by another program. Close other copies of "
                         "Harness Desktop or harness-cli that use the same data folder and try again.");
        break;
    case Kind::ReadOnly:
        message = Tr::tr("The conversation database is read-only. Check the permissions of the data folder.");
        break;
    case Kind::DiskFull:
        message = Tr::tr("The disk is full, so the change could not be saved. Free some space and try again; "
                         "nothing already saved was lost.");
        break;
    case Kind::NotFound:
        message = Tr::tr("No such item.");
        break;
    case Kind::Invalid:
        message = Tr::tr("The request was not valid.");
        break;
    case Kind::Query:
        message = Tr::tr("The conversation database reported an error.");
        break;
    }
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + Tr::tr("(Details: %1)").arg(detail);
    return message;
}

StoreError StoreError::fromSql(const QSqlError& error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    Kind kind = Kind::Query;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        kind = Kind::Locked;
        break;
    case 8: // SQLITE_READONLY
        kind = Kind::ReadOnly;
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        kind = Kind::Corrupt;
        break;
    case 13: // SQLITE_FULL
        kind = Kind::DiskFull;
        break;
    case 14: // SQLITE_CANTOPEN
        kind = Kind::CannotOpen;
        break;
    default:
        break;
    }
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return StoreError{kind, text};
}

} // namespace harness::core
