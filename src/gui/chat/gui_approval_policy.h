// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/tool_approval.h"

#include <QHash>
#include <QPointer>

namespace harness::gui {

/// The GUI's asker for tool calls that need the user's approval. Nothing pops up: each request
/// waits here, keyed by its call id, and the conversation view shows it inline on the tool-call
/// card (Allow once / Always allow / Deny). Any number of calls, in any number of conversations,
/// can wait at once; each run waits for its own answer. A stopped run, a deleted conversation or
/// a closed window resolves its requests as denied. "Always allow" is answered with
/// Remember::Always, which the stored policy in front of this asker keeps.
class GuiApprovalPolicy final : public core::ToolApprovalPolicy {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiApprovalPolicy)
public:
    enum class Answer { AllowOnce, AlwaysAllow, Deny };

    explicit GuiApprovalPolicy(QObject* parent = nullptr);
    ~GuiApprovalPolicy() override;

    void decide(const core::ToolApprovalRequest& request, QObject* context, Callback done) override;

    /// The request of a conversation waiting for `callId`, or nullptr.
    const core::ToolApprovalRequest* pending(const QString& conversationId, const QString& callId) const;
    int pendingCount(const QString& conversationId = {}) const;
    /// The user's answer; false when nothing waits for `callId` (any more).
    bool answer(const QString& conversationId, const QString& callId, Answer answer);
    /// Denies everything waiting in a conversation (its run stopped, it was deleted).
    void denyConversation(const QString& conversationId);
    void denyAll();

Q_SIGNALS:
    /// A request started or stopped waiting.
    void pendingChanged(const QString& conversationId, const QString& messageId, const QString& callId);

private:
    struct Waiting {
        core::ToolApprovalRequest request;
        QPointer<QObject> context;
        Callback done;
    };
    static QString keyOf(const QString& conversationId, const QString& callId);
    void resolve(const QString& key, const core::ToolApprovalDecision& decision);
    static core::ToolApprovalDecision denied(const core::ToolApprovalRequest& request);

    QHash<QString, Waiting> m_waiting; ///< by conversation id + call id
};

} // namespace harness::gui
