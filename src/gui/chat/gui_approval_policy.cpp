// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/gui_approval_policy.h"

#include <QTimer>

namespace harness::gui {

GuiApprovalPolicy::GuiApprovalPolicy(QObject* parent) : core::ToolApprovalPolicy(parent)
{}

GuiApprovalPolicy::~GuiApprovalPolicy()
{
    // Nobody is left to answer: the runs get a denial rather than waiting forever.
    // Delivered later, on the run's side: the window that owned this may be half destroyed.
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& w : waiting) {
        if (w.context)
            QTimer::singleShot(0, w.context.data(),
                               [done = w.done, decision = denied(w.request)] { done(decision); });
    }
}

void GuiApprovalPolicy::decide(const core::ToolApprovalRequest& request, QObject* context, Callback done)
{
    const QString callId = request.callId;
    const QString key = keyOf(request.conversationId, callId);
    m_waiting.insert(key, Waiting{request, context, std::move(done)});
    if (context) {
        connect(context, &QObject::destroyed, this, [this, key] {
            const auto it = m_waiting.constFind(key);
            if (it == m_waiting.cend())
                return;
            const auto gone = it->request;
            m_waiting.erase(it);
            Q_EMIT pendingChanged(gone.conversationId, gone.messageId, gone.callId);
        });
    }
    Q_EMIT pendingChanged(request.conversationId, request.messageId, callId);
}

QString GuiApprovalPolicy::keyOf(const QString& conversationId, const QString& callId)
{
    return conversationId + QLatin1Char('/') + callId;
}

const core::ToolApprovalRequest* GuiApprovalPolicy::pending(const QString& conversationId,
                                                            const QString& callId) const
{
    const auto it = m_waiting.constFind(keyOf(conversationId, callId));
    return it == m_waiting.cend() ? nullptr : &it->request;
}

int GuiApprovalPolicy::pendingCount(const QString& conversationId) const
{
    int count = 0;
    for (const auto& w : m_waiting) {
        if (conversationId.isEmpty() || w.request.conversationId == conversationId)
            ++count;
    }
    return count;
}

core::ToolApprovalDecision GuiApprovalPolicy::denied(const core::ToolApprovalRequest& request)
{
    core::ToolApprovalDecision decision;
    decision.allowed = false;
    const QString title = request.tool.title.isEmpty() ? request.tool.tool : request.tool.title;
    decision.reason =
        tr("The user denied this call of \"%1\".").arg(title.isEmpty() ? request.tool.name : title);
    return decision;
}

bool GuiApprovalPolicy::answer(const QString& conversationId, const QString& callId, Answer answer)
{
    const QString key = keyOf(conversationId, callId);
    const auto it = m_waiting.constFind(key);
    if (it == m_waiting.cend())
        return false;
    core::ToolApprovalDecision decision;
    switch (answer) {
    case Answer::AllowOnce:
        decision.allowed = true;
        break;
    case Answer::AlwaysAllow:
        decision.allowed = true;
        decision.remember = core::ToolApprovalDecision::Remember::Always;
        break;
    case Answer::Deny:
        decision = denied(it->request);
        break;
    }
    resolve(key, decision);
    return true;
}

void GuiApprovalPolicy::resolve(const QString& key, const core::ToolApprovalDecision& decision)
{
    const auto it = m_waiting.constFind(key);
    if (it == m_waiting.cend())
        return;
    const Waiting waiting = *it;
    m_waiting.erase(it);
    Q_EMIT pendingChanged(waiting.request.conversationId, waiting.request.messageId, waiting.request.callId);
    // Answer on the next turn of the event loop (never inside the click that decided), on the
    // run's side: it arrives even if this asker is gone by then.
    if (waiting.context)
        QTimer::singleShot(0, waiting.context.data(), [done = waiting.done, decision] { done(decision); });
}

void GuiApprovalPolicy::denyConversation(const QString& conversationId)
{
    QStringList keys;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        if (it->request.conversationId == conversationId)
            keys.append(it.key());
    }
    for (const auto& key : std::as_const(keys))
        resolve(key, denied(m_waiting.value(key).request));
}

void GuiApprovalPolicy::denyAll()
{
    const QStringList keys = m_waiting.keys();
    for (const auto& key : keys)
        resolve(key, denied(m_waiting.value(key).request));
}

} // namespace harness::gui
