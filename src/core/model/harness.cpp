// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/harness.h"

#include <QJsonObject>

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

QJsonArray skillsToJson(const QList<Skill>& skills)
{
    QJsonArray out;
    for (const auto& skill : skills)
        out.append(QJsonObject{{QStringLiteral("name"), skill.name},
                               {QStringLiteral("description"), skill.description}});
    return out;
}

QList<Skill> skillsFromJson(const QJsonArray& json)
{
    QList<Skill> out;
    for (const auto& value : json) {
        if (value.isString()) {
            out.append(Skill{value.toString()});
        } else if (value.isObject()) {
            const auto o = value.toObject();
            out.append(Skill{o.value(QStringLiteral("name")).toString(),
                             o.value(QStringLiteral("description")).toString()});
        }
    }
    return out;
}

} // namespace harness::core
