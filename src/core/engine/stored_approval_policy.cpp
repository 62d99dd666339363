// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/stored_approval_policy.h"

#include "core/store/mcp_server_repository.h"
#include "core/store/store.h"
#include "core/store/tool_policy_repository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace harness::core {

namespace {

Q_LOGGING_CATEGORY(lcApproval, "harness.engine.approval")

QString displayTitle(const ToolApprovalRequest& request)
{
    return request.tool.title.isEmpty()
               ? (request.tool.tool.isEmpty() ? request.tool.name : request.tool.tool)
               : request.tool.title;
}

QString sessionKey(const ToolApprovalRequest& request)
{
    const QString server =
        request.serverId.isEmpty() ? QLatin1String("name:") + request.tool.server : request.serverId;
    return request.harness.id + QLatin1Char('|') + server + QLatin1Char('|') + request.tool.tool;
}

void answerLater(QObject* owner, QObject* context, const ToolApprovalPolicy::Callback& done,
                 const ToolApprovalDecision& decision)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, owner, [guard, done, decision] {
        if (guard)
            done(decision);
    });
}

} // namespace

StoredApprovalPolicy::StoredApprovalPolicy(Store& store, QObject* parent)
    : ToolApprovalPolicy(parent), m_store(store)
{}

StoredApprovalPolicy::~StoredApprovalPolicy() = default;

QString StoredApprovalPolicy::serverIdOf(const ToolApprovalRequest& request) const
{
    if (!request.serverId.isEmpty())
        return request.serverId;
    if (request.tool.server.isEmpty())
        return {};
    auto server = m_store.mcpServers().findByName(request.tool.server);
    return server.ok() ? server.value.id : QString();
}

std::optional<ToolPolicyRule> StoredApprovalPolicy::storedRule(const ToolApprovalRequest& request)
{
    // A server that is not saved (a --config file) still follows the harness and global rules.
    return m_store.toolPolicies().matchingRule(request.harness.id, request.serverId,
                                               request.serverId.isEmpty() ? QString() : request.tool.tool);
}

ToolPolicy StoredApprovalPolicy::effectivePolicy(const ToolApprovalRequest& request)
{
    ToolApprovalRequest r = request;
    r.serverId = serverIdOf(request);
    const std::optional<ToolPolicyRule> rule = storedRule(r);
    const std::optional<ToolPolicy> stored = rule ? std::optional(rule->policy) : std::nullopt;
    if (stored && *stored != ToolPolicy::Ask)
        return *stored;
    if (const auto it = m_session.constFind(sessionKey(r)); it != m_session.cend())
        return *it ? ToolPolicy::Always : ToolPolicy::Never;
    if (stored)
        return *stored;
    return r.tool.readOnly ? ToolPolicy::Always : ToolPolicy::Ask;
}

void StoredApprovalPolicy::decide(const ToolApprovalRequest& request, QObject* context, Callback done)
{
    ToolApprovalRequest r = request;
    r.serverId = serverIdOf(request);
    const QString title = displayTitle(r);
    const std::optional<ToolPolicyRule> rule = storedRule(r);
    const std::optional<ToolPolicy> stored = rule ? std::optional(rule->policy) : std::nullopt;

    if (stored == ToolPolicy::Always) {
        answerLater(this, context, done, ToolApprovalDecision{true, {}});
        return;
    }
    if (stored == ToolPolicy::Never) {
        // Name the rule that decided, so the user changes the right one.
        QString command = QStringLiteral("harness-cli mcp policy set");
        if (rule->harnessId != ToolPolicyRule::Any)
            command += QStringLiteral(" --harness \"%1\"")
                           .arg(r.harness.name.isEmpty() ? rule->harnessId : r.harness.name);
        if (rule->serverId != ToolPolicyRule::Any)
            command += QStringLiteral(" --server \"%1\"").arg(r.tool.server);
        if (rule->toolName != ToolPolicyRule::Any)
            command += QStringLiteral(" --tool \"%1\"").arg(r.tool.tool);
        command += QStringLiteral(" ask");
        const QString where =
            rule->serverId == ToolPolicyRule::Any
                ? tr("Change it in the settings (tool approval), or with `%1`.").arg(command)
                : tr("Change it in the tools of the MCP server \"%1\" (Harnesses page), or with `%2`.")
                      .arg(r.tool.server, command);
        answerLater(
            this, context, done,
            ToolApprovalDecision{false, tr("The tool \"%1\" of the MCP server \"%2\" is set to never run. %3")
                                            .arg(title, r.tool.server, where)});
        return;
    }
    // The user's answer "for this session" holds until the app quits.
    if (const auto it = m_session.constFind(sessionKey(r)); it != m_session.cend()) {
        ToolApprovalDecision decision{*it, {}};
        if (!decision.allowed)
            decision.reason = tr("The user denied the tool \"%1\" for this session.").arg(title);
        answerLater(this, context, done, decision);
        return;
    }
    if (!stored && r.tool.readOnly) {
        answerLater(this, context, done, ToolApprovalDecision{true, {}});
        return;
    }
    // Ask (a stored "ask" rule, or the default for tools that may change things).
    if (!m_asker) {
        answerLater(this, context, done,
                    ToolApprovalDecision{false, tr("The tool \"%1\" needs approval and nobody can be asked "
                                                   "here. Allow it for this server with `harness-cli mcp "
                                                   "policy set --server \"%2\" --tool \"%3\" always`, or "
                                                   "run harness-cli with --yes.")
                                                    .arg(title, r.tool.server, r.tool.tool)});
        return;
    }
    QPointer<StoredApprovalPolicy> self(this);
    m_asker->decide(r, context, [self, r, done](const ToolApprovalDecision& decision) {
        if (self)
            self->remember(r, decision);
        done(decision);
    });
}

void StoredApprovalPolicy::remember(const ToolApprovalRequest& request, const ToolApprovalDecision& decision)
{
    switch (decision.remember) {
    case ToolApprovalDecision::Remember::No:
        return;
    case ToolApprovalDecision::Remember::ForSession:
        m_session.insert(sessionKey(request), decision.allowed);
        return;
    case ToolApprovalDecision::Remember::Always:
        break;
    }
    if (request.serverId.isEmpty() || request.tool.tool.isEmpty()) {
        // Not a saved server: nothing to attach a stored rule to; hold it for this process.
        m_session.insert(sessionKey(request), decision.allowed);
        return;
    }
    ToolPolicyRule rule;
    rule.harnessId = request.harness.id.isEmpty() ? ToolPolicyRule::Any : request.harness.id;
    rule.serverId = request.serverId;
    rule.toolName = request.tool.tool;
    rule.policy = decision.allowed ? ToolPolicy::Always : ToolPolicy::Never;
    if (auto error = m_store.toolPolicies().set(rule)) {
        qCWarning(lcApproval) << "cannot store the tool policy:" << error.userMessage();
        m_session.insert(sessionKey(request), decision.allowed);
    }
}

} // namespace harness::core
