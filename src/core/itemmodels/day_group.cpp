// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/day_group.h"

#include <QCoreApplication>

namespace harness::core {

DayGroup dayGroupFor(qint64 timestampMs, const QDateTime& now)
{
    const QDate today = now.toLocalTime().date();
    const QDate day = QDateTime::fromMSecsSinceEpoch(timestampMs).toLocalTime().date();
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo <= 0)
        return DayGroup::Today; // today, or a clock that was ahead
    if (daysAgo == 1)
        return DayGroup::Yesterday;
    if (daysAgo <= 7)
        return DayGroup::Previous7Days;
    return DayGroup::Older;
}

QString dayGroupTitle(DayGroup group)
{
    switch (group) {
    case DayGroup::Pinned:
        return QCoreApplication::translate("harness::core::DayGroup", "Pinned");
    case DayGroup::Today:
        return QCoreApplication::translate("harness::core::DayGroup", "Today");
    case DayGroup::Yesterday:
        return QCoreApplication::translate("harness::core::DayGroup", "Yesterday");
    case DayGroup::Previous7Days:
        return QCoreApplication::translate("harness::core::DayGroup", "Previous 7 Days");
    case DayGroup::Older:
        break;
    }
    return QCoreApplication::translate("harness::core::DayGroup", "Older");
}

} // namespace harness::core
