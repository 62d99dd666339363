// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>

namespace harness::core::sql {

/// QtSql binds a null QString as SQL NULL; text columns that are NOT NULL want '' instead.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

/// Empty text as SQL NULL (optional references, remote ids).
inline QVariant nullable(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace harness::core::sql
