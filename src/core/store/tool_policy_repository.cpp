// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/tool_policy_repository.h"

#include "core/model/ids.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace harness::core {

namespace {

QString orAny(const QString& value)
{
    const QString v = value.trimmed();
    return v.isEmpty() ? ToolPolicyRule::Any : v;
}

bool isAny(const QString& value)
{
    return value == ToolPolicyRule::Any;
}

/// Higher is more specific: a harness beats a server beats a tool.
int specificity(const ToolPolicyRule& rule)
{
    return (isAny(rule.harnessId) ? 0 : 4) + (isAny(rule.serverId) ? 0 : 2) + (isAny(rule.toolName) ? 0 : 1);
}

ToolPolicyRule fromQuery(const QSqlQuery& q)
{
    ToolPolicyRule rule;
    rule.harnessId = q.value(0).toString();
    rule.serverId = q.value(1).toString();
    rule.toolName = q.value(2).toString();
    rule.policy = toolPolicyFromName(q.value(3).toString()).value_or(ToolPolicy::Ask);
    rule.updatedAt = q.value(4).toLongLong();
    return rule;
}

} // namespace

StoreResult<QList<ToolPolicyRule>> ToolPolicyRepository::list()
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(
            QStringLiteral("SELECT harness_id, server_id, tool_name, policy, updated_at FROM tool_policies")))
        return {{}, StoreError::fromSql(q.lastError())};
    QList<ToolPolicyRule> rules;
    while (q.next())
        rules.append(fromQuery(q));
    std::stable_sort(rules.begin(), rules.end(), [](const ToolPolicyRule& a, const ToolPolicyRule& b) {
        const int sa = specificity(a), sb = specificity(b);
        if (sa != sb)
            return sa < sb;
        return std::tie(a.harnessId, a.serverId, a.toolName) < std::tie(b.harnessId, b.serverId, b.toolName);
    });
    return {rules, {}};
}

StoreError ToolPolicyRepository::set(ToolPolicyRule& rule)
{
    rule.harnessId = orAny(rule.harnessId);
    rule.serverId = orAny(rule.serverId);
    rule.toolName = orAny(rule.toolName);
    if (!isAny(rule.toolName) && isAny(rule.serverId))
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("a tool policy that names a tool must name its server"));
    rule.updatedAt = nowMs();
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(
            QStringLiteral("INSERT INTO tool_policies (harness_id, server_id, tool_name, policy, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (harness_id, server_id, tool_name) "
                           "DO UPDATE SET policy = excluded.policy, updated_at = excluded.updated_at"));
        q.addBindValue(rule.harnessId);
        q.addBindValue(rule.serverId);
        q.addBindValue(rule.toolName);
        q.addBindValue(toolPolicyName(rule.policy));
        q.addBindValue(rule.updatedAt);
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return {};
    });
    if (!error)
        Q_EMIT m_store.toolPoliciesChanged();
    return error;
}

StoreError ToolPolicyRepository::remove(const QString& harnessId, const QString& serverId,
                                        const QString& toolName)
{
    auto error = m_store.database().write([&]() -> StoreError {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral(
            "DELETE FROM tool_policies WHERE harness_id = ? AND server_id = ? AND tool_name = ?"));
        q.addBindValue(orAny(harnessId));
        q.addBindValue(orAny(serverId));
        q.addBindValue(orAny(toolName));
        if (!q.exec())
            return StoreError::fromSql(q.lastError());
        return q.numRowsAffected() == 0
                   ? StoreError::make(StoreError::Kind::NotFound, QStringLiteral("no such tool policy"))
                   : StoreError{};
    });
    if (!error)
        Q_EMIT m_store.toolPoliciesChanged();
    return error;
}

std::optional<ToolPolicyRule>
ToolPolicyRepository::matchingRule(const QString& harnessId, const QString& serverId, const QString& toolName)
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(
        QStringLiteral("SELECT harness_id, server_id, tool_name, policy, updated_at FROM tool_policies "
                       "WHERE harness_id IN (?, '*') AND server_id IN (?, '*') AND tool_name IN (?, '*')"));
    q.addBindValue(orAny(harnessId));
    q.addBindValue(orAny(serverId));
    q.addBindValue(orAny(toolName));
    if (!q.exec())
        return std::nullopt;
    std::optional<ToolPolicyRule> best;
    while (q.next()) {
        ToolPolicyRule rule = fromQuery(q);
        // A tool rule without its server is not valid (set() refuses it); ignore stray rows.
        if (!isAny(rule.toolName) && isAny(rule.serverId))
            continue;
        if (!best || specificity(rule) > specificity(*best))
            best = rule;
    }
    return best;
}

std::optional<ToolPolicy> ToolPolicyRepository::resolve(const QString& harnessId, const QString& serverId,
                                                        const QString& toolName)
{
    if (auto rule = matchingRule(harnessId, serverId, toolName))
        return rule->policy;
    return std::nullopt;
}

} // namespace harness::core
