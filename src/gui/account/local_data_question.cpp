// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/account/local_data_question.h"

#include "core/account/account_service.h"
#include "gui/message_box.h"
#include "gui/settings/remove_data_confirmation.h"

namespace harness::gui {

using core::SyncEngine;

bool LocalDataQuestion::ask(QWidget* parent, core::AccountService& account)
{
    const int rows = account.pendingDecisionRows();
    if (rows < 0)
        return false;
    const QString who = account.user().email.isEmpty() ? account.user().displayName() : account.user().email;
    const QString text =
        account.pendingDecisionFromOtherAccount()
            ? tr("This device holds %n item(s) (harnesses, conversations, messages, settings) of another "
                 "Harness account.\n\nUpload them to %1, keep them on this device only (never synced), or "
                 "remove them from this device?",
                 nullptr, rows)
                  .arg(who)
            : tr("This device holds %n item(s) (harnesses, conversations, messages, settings) created "
                 "without an account.\n\nUpload them to %1 so they appear on the web and your other "
                 "devices, keep them on this device only (never synced), or remove them from this "
                 "device?",
                 nullptr, rows)
                  .arg(who);
    const auto answer = MessageBox::ask(
        parent, QMessageBox::Question, tr("Data on this device"), text,
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Upload")},
         {QMessageBox::No, tr("Keep on this device only")},
         {QMessageBox::Discard, tr("Remove from this device")},
         {QMessageBox::Cancel, tr("Decide later")}});
    switch (answer) {
    case QMessageBox::Yes:
        account.resolveLocalData(SyncEngine::LocalDataChoice::Upload);
        return true;
    case QMessageBox::No:
        account.resolveLocalData(SyncEngine::LocalDataChoice::KeepOnThisDevice);
        return true;
    case QMessageBox::Discard:
        if (!RemoveDataConfirmation::confirm(parent, account.store()))
            return false; // asked again on the next click of the sync button
        account.resolveLocalData(SyncEngine::LocalDataChoice::Remove);
        return true;
    default:
        return false;
    }
}

} // namespace harness::gui
