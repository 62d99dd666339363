// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/tool_policy.h"
#include "core/store/store.h"

#include <QList>
#include <optional>

namespace harness::core {

/// The stored tool approval rules (table tool_policies, device-local). A rule names a harness,
/// a server and a tool, each possibly '*'; a tool rule always names its server.
class ToolPolicyRepository final {
    Q_DISABLE_COPY_MOVE(ToolPolicyRepository)
public:
    explicit ToolPolicyRepository(Store& store) : m_store(store) {}

    /// Every rule, most general first.
    StoreResult<QList<ToolPolicyRule>> list();
    /// Inserts or replaces the rule of (harness, server, tool). Empty ids count as '*'.
    /// Invalid when a tool is named without its server.
    StoreError set(ToolPolicyRule& rule);
    /// Removes the rule of exactly (harness, server, tool); NotFound when there was none.
    StoreError remove(const QString& harnessId, const QString& serverId, const QString& toolName);
    /// The policy of a call of \a toolName on \a serverId in \a harnessId: the most specific
    /// matching rule wins (harness+server+tool > harness+server > harness > server+tool >
    /// server > global). nullopt when no rule matches (the caller's default applies).
    std::optional<ToolPolicy> resolve(const QString& harnessId, const QString& serverId,
                                      const QString& toolName);
    /// The rule that resolve() would use, to show where a policy comes from.
    std::optional<ToolPolicyRule> matchingRule(const QString& harnessId, const QString& serverId,
                                               const QString& toolName);

private:
    Store& m_store;
};

} // namespace harness::core
