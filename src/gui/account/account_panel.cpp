// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/account/account_panel.h"

#include "core/account/account_service.h"
#include "gui/account/sign_in_progress.h"
#include "gui/message_box.h"
#include "gui/settings/remove_data_confirmation.h"
#include "gui/settings/settings_section.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace harness::gui {

using core::AccountConfiguration;
using core::AccountService;
using core::AuthSession;
using core::SyncEngine;

AccountPanel::AccountPanel(AccountService& account, QWidget* parent) : QWidget(parent), m_account(account)
{
    setObjectName(QStringLiteral("accountPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(settings_ui::heading(tr("Account"), this)); // like the other categories

    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("accountIdentity"));
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::PlainText);
    layout->addWidget(m_identity);
    m_sync = new QLabel(this);
    m_sync->setObjectName(QStringLiteral("accountSyncStatus"));
    m_sync->setWordWrap(true);
    m_sync->setTextFormat(Qt::PlainText);
    layout->addWidget(m_sync);

    auto* buttons = new QHBoxLayout;
    m_signIn = new QPushButton(tr("Sign in to Harness"), this);
    m_signIn->setObjectName(QStringLiteral("accountSignIn"));
    m_signIn->setAccessibleName(tr("Sign in to Harness"));
    connect(m_signIn, &QPushButton::clicked, this, &AccountPanel::signIn);
    buttons->addWidget(m_signIn);
    m_signOut = new QPushButton(tr("Sign out…"), this);
    m_signOut->setObjectName(QStringLiteral("accountSignOut"));
    m_signOut->setAccessibleName(tr("Sign out"));
    connect(m_signOut, &QPushButton::clicked, this, &AccountPanel::signOut);
    buttons->addWidget(m_signOut);
    m_useLocally = new QPushButton(tr("Use without an account"), this);
    m_useLocally->setObjectName(QStringLiteral("accountUseLocally"));
    m_useLocally->setAccessibleName(tr("Use without an account"));
    m_useLocally->setToolTip(tr("Keep everything on this computer and stop syncing."));
    connect(m_useLocally, &QPushButton::clicked, this, [this] { m_account.useWithoutAccount(); });
    buttons->addWidget(m_useLocally);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_progress = new SignInProgress(account, this);
    layout->addWidget(m_progress);

    m_advancedToggle =
        new QPushButton(QStringLiteral("▸ ") + tr("Advanced: sign-in and sync addresses"), this);
    m_advancedToggle->setObjectName(QStringLiteral("accountAdvancedToggle"));
    m_advancedToggle->setFlat(true);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setStyleSheet(QStringLiteral("text-align: left"));
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);

    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("accountAdvanced"));
    auto* advanced = new QVBoxLayout(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_issuer = new QLineEdit(m_advanced);
    m_issuer->setObjectName(QStringLiteral("accountIssuer"));
    m_issuer->setAccessibleName(tr("Issuer URL"));
    m_issuer->setPlaceholderText(QStringLiteral("https://clerk.example.com"));
    form->addRow(tr("Issuer URL:"), m_issuer);
    m_clientId = new QLineEdit(m_advanced);
    m_clientId->setObjectName(QStringLiteral("accountClientId"));
    m_clientId->setAccessibleName(tr("Client id"));
    form->addRow(tr("Client id:"), m_clientId);
    m_deployment = new QLineEdit(m_advanced);
    m_deployment->setObjectName(QStringLiteral("accountDeployment"));
    m_deployment->setAccessibleName(tr("Sync deployment URL"));
    m_deployment->setPlaceholderText(QStringLiteral("https://example-123.convex.cloud"));
    //: The Convex deployment that keeps the account's data
    form->addRow(tr("Sync deployment URL:"), m_deployment);
    advanced->addLayout(form);
    auto* advancedButtons = new QHBoxLayout;
    m_advancedNote = new QLabel(m_advanced);
    m_advancedNote->setObjectName(QStringLiteral("accountAdvancedNote"));
    m_advancedNote->setWordWrap(true);
    advancedButtons->addWidget(m_advancedNote, 1);
    m_defaults = new QPushButton(tr("Restore defaults"), m_advanced);
    m_defaults->setObjectName(QStringLiteral("accountRestoreDefaults"));
    connect(m_defaults, &QPushButton::clicked, this, &AccountPanel::restoreDefaults);
    advancedButtons->addWidget(m_defaults);
    m_apply = new QPushButton(tr("Apply"), m_advanced);
    m_apply->setObjectName(QStringLiteral("accountApplyConfiguration"));
    m_apply->setAccessibleName(tr("Apply the sign-in and sync addresses"));
    connect(m_apply, &QPushButton::clicked, this, &AccountPanel::applyConfiguration);
    advancedButtons->addWidget(m_apply);
    advanced->addLayout(advancedButtons);
    layout->addWidget(m_advanced);
    m_advanced->setVisible(false);
    layout->addStretch(1); // the rows keep together at the top of a tall window
    connect(m_advancedToggle, &QPushButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setText((open ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) +
                                  tr("Advanced: sign-in and sync addresses"));
    });

    connect(&m_account, &AccountService::statusChanged, this, &AccountPanel::refresh);
    connect(&m_account, &AccountService::signedIn, this, &AccountPanel::refresh);
    connect(&m_account, &AccountService::configurationChanged, this, &AccountPanel::loadConfiguration);
    loadConfiguration();
    refresh();
}

AccountPanel::~AccountPanel() = default;

void AccountPanel::refresh()
{
    const bool signedIn = m_account.isSignedIn();
    const AuthSession::State state = m_account.authState();
    const bool busy = state == AuthSession::State::SigningIn || state == AuthSession::State::Restoring;
    const auto mode = m_account.profileMode();
    if (signedIn) {
        const auto user = m_account.user();
        if (!user.name.isEmpty() && !user.email.isEmpty())
            m_identity->setText(tr("Signed in as %1 (%2)").arg(user.name, user.email));
        else
            m_identity->setText(tr("Signed in as %1").arg(user.displayName()));
    } else if (mode == AccountService::ProfileMode::Account) {
        m_identity->setText(busy ? tr("Signing in…")
                                 : tr("Signed out. Sign in again to keep this computer in sync with your "
                                      "account."));
    } else {
        m_identity->setText(tr("Not signed in. This is a local profile: everything stays on this computer "
                               "and nothing is synced."));
    }
    m_sync->setVisible(mode == AccountService::ProfileMode::Account && signedIn);
    const int pending = m_account.pendingChanges();
    m_sync->setText(pending > 0
                        ? tr("Sync: %1 (%n change(s) waiting)", nullptr, pending).arg(m_account.statusText())
                        : tr("Sync: %1").arg(m_account.statusText()));

    m_signIn->setVisible(!signedIn);
    m_signIn->setEnabled(!busy);
    m_signOut->setVisible(signedIn);
    m_useLocally->setVisible(!signedIn && mode != AccountService::ProfileMode::Local);
    m_useLocally->setEnabled(!busy || state == AuthSession::State::SigningIn);

    const bool editable = state == AuthSession::State::SignedOut;
    for (QWidget* w : {static_cast<QWidget*>(m_issuer), static_cast<QWidget*>(m_clientId),
                       static_cast<QWidget*>(m_deployment), static_cast<QWidget*>(m_apply),
                       static_cast<QWidget*>(m_defaults)})
        w->setEnabled(editable);
    if (!editable)
        m_advancedNote->setText(tr("Sign out to change these."));
    else if (m_advancedNote->text() == tr("Sign out to change these."))
        m_advancedNote->clear();
}

void AccountPanel::loadConfiguration()
{
    const AccountConfiguration config = m_account.configuration();
    m_issuer->setText(config.issuer.toString());
    m_clientId->setText(config.clientId);
    m_deployment->setText(config.deploymentUrl.toString());
}

void AccountPanel::applyConfiguration()
{
    AccountConfiguration config;
    config.issuer = QUrl(m_issuer->text().trimmed());
    config.clientId = m_clientId->text().trimmed();
    config.deploymentUrl = QUrl(m_deployment->text().trimmed());
    const QString problem = m_account.setConfiguration(config);
    m_advancedNote->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #c62828"));
    m_advancedNote->setText(problem.isEmpty() ? tr("Saved.") : problem);
}

void AccountPanel::restoreDefaults()
{
    const AccountConfiguration defaults = AccountConfiguration::defaults();
    m_issuer->setText(defaults.issuer.toString());
    m_clientId->setText(defaults.clientId);
    m_deployment->setText(defaults.deploymentUrl.toString());
    applyConfiguration();
}

void AccountPanel::showAdvanced()
{
    m_advancedToggle->setChecked(true);
}

void AccountPanel::signIn()
{
    const QString problem = m_account.signIn();
    if (!problem.isEmpty()) {
        m_progress->showProblem(problem);
        m_advancedToggle->setChecked(true); // the addresses are what needs fixing
    }
}

std::optional<SyncEngine::SignOutChoice> AccountPanel::askSignOut(QWidget* parent, core::Store& store)
{
    const auto answer = MessageBox::ask(
        parent, QMessageBox::Question, tr("Sign out"),
        tr("Sign out of Harness? Sync stops on this computer.\n\nYour conversations and harnesses stay in "
           "your account. Keep a copy on this computer too, or remove them from this computer?"),
        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Sign out and keep local copies")},
         {QMessageBox::Discard, tr("Sign out and remove them from this computer")}});
    switch (answer) {
    case QMessageBox::Yes:
        return SyncEngine::SignOutChoice::KeepLocalCopies;
    case QMessageBox::Discard:
        if (!RemoveDataConfirmation::confirm(parent, store, tr("They stay in your Harness account.")))
            return std::nullopt;
        return SyncEngine::SignOutChoice::RemoveLocalCopies;
    default:
        return std::nullopt;
    }
}

void AccountPanel::signOut()
{
    if (const auto choice = askSignOut(this, m_account.store()))
        m_account.signOut(*choice);
}

} // namespace harness::gui
