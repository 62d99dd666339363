// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace harness::core {

/// The sidebar's sections. Days are the user's LOCAL calendar days (not UTC, not 24-hour spans),
/// so a message at 23:59 and one at 00:01 fall in different groups, across DST changes too.
enum class DayGroup { Pinned, Today, Yesterday, Previous7Days, Older };

DayGroup dayGroupFor(qint64 timestampMs, const QDateTime& now);
QString dayGroupTitle(DayGroup group);

} // namespace harness::core
