// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/account/sync_status_button.h"

#include "core/account/account_service.h"

namespace harness::gui {

using core::AccountService;
using core::AuthSession;
using core::SyncEngine;

SyncStatusButton::SyncStatusButton(AccountService& account, QWidget* parent)
    : QToolButton(parent), m_account(account)
{
    setObjectName(QStringLiteral("syncStatusButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, this, &SyncStatusButton::activate);
    connect(&m_account, &AccountService::statusChanged, this, &SyncStatusButton::refresh);
    connect(&m_account, &AccountService::pendingChangesChanged, this, &SyncStatusButton::refresh);
    connect(&m_account, &AccountService::profileModeChanged, this, &SyncStatusButton::refresh);
    refresh();
}

SyncStatusButton::~SyncStatusButton() = default;

void SyncStatusButton::refresh()
{
    const auto mode = m_account.profileMode();
    const auto state = m_account.authState();
    setVisible(mode != AccountService::ProfileMode::Unchosen || state == AuthSession::State::SigningIn);
    QString text;
    QString tip;
    if (state == AuthSession::State::SigningIn || state == AuthSession::State::Restoring) {
        //: Status bar: the app is signing in to the Harness account
        text = tr("Signing in…");
        tip = m_account.statusText();
    } else if (mode == AccountService::ProfileMode::Local) {
        //: Status bar: no account, nothing syncs
        text = tr("Local profile");
        tip = tr("Everything stays on this computer. Click to sign in and sync.");
    } else if (!m_account.isSignedIn()) {
        text = tr("⚠ Signed out");
        tip = tr("%1\nClick to sign in again.").arg(m_account.statusText());
    } else {
        const int pending = m_account.pendingChanges();
        switch (m_account.syncStatus()) {
        case SyncEngine::Status::Synced:
            text = tr("✓ Synced");
            tip = tr("Everything is in sync with your account. Click to sync now.");
            break;
        case SyncEngine::Status::Syncing:
            text = tr("⟳ Syncing…");
            tip = tr("Sending and receiving changes.");
            break;
        case SyncEngine::Status::Offline:
            text = tr("Offline");
            tip =
                tr("The sync service cannot be reached: %1\nChanges are kept and sync when the connection is "
                   "back. Click to try now.")
                    .arg(m_account.syncStatusReason());
            break;
        case SyncEngine::Status::Error:
            text = tr("⚠ Sync error");
            tip = tr("%1\nClick to try again.").arg(m_account.statusText());
            break;
        case SyncEngine::Status::WaitingForDecision:
            text = tr("Sync waiting");
            tip = tr("Choose what to do with the data on this computer. Click to answer.");
            break;
        case SyncEngine::Status::Off:
            text = tr("Sync off");
            tip = m_account.statusText();
            break;
        }
        if (pending > 0) {
            //: Status bar: local changes not yet sent to the account
            text += QLatin1Char(' ') + tr("· %n change(s) waiting", nullptr, pending);
        }
    }
    setText(text);
    setToolTip(tip);
    setAccessibleName(tr("Sync status: %1").arg(text));
}

void SyncStatusButton::activate()
{
    if (!m_account.isSignedIn()) {
        Q_EMIT accountSettingsRequested();
        return;
    }
    if (m_account.pendingDecisionRows() >= 0) {
        Q_EMIT localDataQuestionRequested();
        return;
    }
    m_account.syncNow();
}

} // namespace harness::gui
