// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/tools/tool_provider.h"

#include <QObject>
#include <functional>

namespace harness::core {

/// What the engine asks before it runs a tool.
struct ToolApprovalRequest {
    QString conversationId;
    QString messageId;
    QString callId;
    Harness harness;
    /// The tool with what askers show: title, server name, readOnly / destructive annotations.
    ToolSpec tool;
    QJsonObject arguments;
    /// The saved server's row id (filled in by StoredApprovalPolicy; empty for servers that are
    /// not saved, e.g. `harness-cli mcp ... --config FILE`): "always" can only be stored with it.
    QString serverId;
};

struct ToolApprovalDecision {
    /// How long the user's answer holds: this call only, the rest of this app session, or
    /// for good (stored as the harness/server/tool policy).
    enum class Remember { No, ForSession, Always };

    bool allowed = false;
    QString reason; ///< why it was denied, for the model and the user
    Remember remember = Remember::No;
};

/// Decides whether a tool call may run: a stored per-harness/server/tool policy, or the user
/// (the GUI's inline prompt, the CLI's terminal question). The engine waits for the answer.
class ToolApprovalPolicy : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolApprovalPolicy)
public:
    using Callback = std::function<void(const ToolApprovalDecision&)>;

    explicit ToolApprovalPolicy(QObject* parent = nullptr) : QObject(parent) {}
    ~ToolApprovalPolicy() override = default;

    /// Calls `done` exactly once, unless `context` is destroyed first (the run was stopped).
    virtual void decide(const ToolApprovalRequest& request, QObject* context, Callback done) = 0;
};

/// Allows every call: `harness-cli chat --yes`, and tests.
class AllowAllPolicy final : public ToolApprovalPolicy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllowAllPolicy)
public:
    using ToolApprovalPolicy::ToolApprovalPolicy;
    void decide(const ToolApprovalRequest& request, QObject* context, Callback done) override;
};

/// Allows read-only tools (annotations.readOnlyHint) and denies the rest with a reason that
/// says how to allow them: the safe default when nobody can be asked.
class ReadOnlyPolicy final : public ToolApprovalPolicy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyPolicy)
public:
    using ToolApprovalPolicy::ToolApprovalPolicy;
    void decide(const ToolApprovalRequest& request, QObject* context, Callback done) override;
};

} // namespace harness::core
