// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/remove_data_confirmation.h"

#include "core/store/conversation_repository.h"
#include "core/store/store.h"
#include "gui/message_box.h"

namespace harness::gui {

bool RemoveDataConfirmation::confirm(QWidget* parent, core::Store& store, const QString& note)
{
    const auto counted = store.conversations().count(true);
    const int conversations = counted.ok() ? counted.value : 0;
    QString text = tr("Remove %n conversation(s) with all their messages, and your harnesses and settings, "
                      "from this computer? This cannot be undone.",
                      nullptr, conversations);
    if (!note.isEmpty())
        text += QStringLiteral("\n\n") + note;
    const auto answer =
        MessageBox::ask(parent, QMessageBox::Warning, tr("Remove data from this computer"), text,
                        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
                        {{QMessageBox::Discard, tr("Remove %n conversation(s)", nullptr, conversations)},
                         {QMessageBox::Cancel, tr("Cancel")}});
    return answer == QMessageBox::Discard;
}

} // namespace harness::gui
