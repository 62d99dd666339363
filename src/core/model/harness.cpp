// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/harness.h"

namespace harness::core {

QString harnessStatusName(HarnessStatus status)
{
    switch (status) {
    case HarnessStatus::Started:
        return QStringLiteral("started");
    case HarnessStatus::Stopped:
        return QStringLiteral("stopped");
    case HarnessStatus::Draft:
        break;
    }
    return QStringLiteral("draft");
}

std::optional<HarnessStatus> harnessStatusFromString(const QString& text)
{
    for (auto status : {HarnessStatus::Started, HarnessStatus::Stopped, HarnessStatus::Draft}) {
        if (harnessStatusName(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace harness::core
