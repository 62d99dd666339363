// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/tool_approval.h"
#include "core/model/tool_policy.h"

#include <QHash>
#include <QPointer>
#include <optional>

namespace harness::core {

class Store;

/// The approval policy the engine always consults first: the stored rule of the harness, server
/// and tool (ToolPolicyRepository::resolve) decides. Without a rule, tools annotated read-only
/// run and every other tool is asked about. "Never" denies with a reason that says where to
/// change it; "ask" goes to the asker (the GUI's inline prompt, the CLI's terminal question) and
/// honours how long its answer should hold: for this process (kept in memory) or always
/// (stored as a harness + server + tool rule).
class StoredApprovalPolicy final : public ToolApprovalPolicy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredApprovalPolicy)
public:
    explicit StoredApprovalPolicy(Store& store, QObject* parent = nullptr);
    ~StoredApprovalPolicy() override;

    /// Who answers "ask" (not owned). nullptr: nobody can be asked, so such calls are denied with
    /// a reason that says how to allow them.
    void setAsker(ToolApprovalPolicy* asker) { m_asker = asker; }
    ToolApprovalPolicy* asker() const { return m_asker; }

    void decide(const ToolApprovalRequest& request, QObject* context, Callback done) override;

    /// What applies to a call without asking anyone: the stored rule, else the session answer,
    /// else the default (Always for read-only tools, Ask otherwise).
    ToolPolicy effectivePolicy(const ToolApprovalRequest& request);
    /// Forgets the answers given "for this session".
    void forgetSessionAnswers() { m_session.clear(); }

private:
    QString serverIdOf(const ToolApprovalRequest& request) const;
    std::optional<ToolPolicyRule> storedRule(const ToolApprovalRequest& request);
    void remember(const ToolApprovalRequest& request, const ToolApprovalDecision& decision);

    Store& m_store;
    QPointer<ToolApprovalPolicy> m_asker;
    QHash<QString, bool> m_session; ///< harness|server|tool -> allowed, for this process
};

} // namespace harness::core
