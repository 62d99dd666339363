// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace harness::core {

/// What happens when the model wants to run a tool: ask the user each time, run it without
/// asking, or never run it.
enum class ToolPolicy { Ask, Always, Never };

/// One stored approval rule. '*' matches any harness / server / tool; the most specific rule
/// that matches a call wins (see ToolPolicyRepository::resolve). Device-local, never synced.
struct ToolPolicyRule {
    static inline const QString Any = QStringLiteral("*");

    QString harnessId = Any; ///< a harness row id, or '*'
    QString serverId = Any;  ///< an MCP server row id, or '*'
    QString toolName = Any;  ///< the tool's own name on its server (not the exposed name), or '*'
    ToolPolicy policy = ToolPolicy::Ask;
    qint64 updatedAt = 0;

    friend bool operator==(const ToolPolicyRule&, const ToolPolicyRule&) = default;
};

/// "ask" / "always" / "never": the stored and command-line spelling.
QString toolPolicyName(ToolPolicy policy);
std::optional<ToolPolicy> toolPolicyFromName(const QString& name);

} // namespace harness::core
