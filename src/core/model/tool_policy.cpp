// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/model/tool_policy.h"

namespace harness::core {

QString toolPolicyName(ToolPolicy policy)
{
    switch (policy) {
    case ToolPolicy::Always:
        return QStringLiteral("always");
    case ToolPolicy::Never:
        return QStringLiteral("never");
    case ToolPolicy::Ask:
        break;
    }
    return QStringLiteral("ask");
}

std::optional<ToolPolicy> toolPolicyFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("ask"))
        return ToolPolicy::Ask;
    if (n == QLatin1String("always"))
        return ToolPolicy::Always;
    if (n == QLatin1String("never"))
        return ToolPolicy::Never;
    return std::nullopt;
}

} // namespace harness::core
