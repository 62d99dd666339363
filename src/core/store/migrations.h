// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

namespace harness::core {

/// One forward step of the schema. Version N turns a version N-1 database into version N.
struct Migration {
    int version = 0;
    QStringList statements;
};

/// All migrations in order; the last one's version is the current schema version.
const QList<Migration>& migrations();
int currentSchemaVersion();

} // namespace harness::core
