// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/store_opener.h"

#include "core/store/database_recovery.h"
#include "core/store/message_repository.h"
#include "core/util/data_location.h"
#include "gui/message_box.h"

#include <QCoreApplication>

namespace harness::gui {

namespace {
/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::gui::StoreOpener)
};
} // namespace

StoreOpener::Result StoreOpener::open(const QString& dataDir, QWidget* parent)
{
    using Kind = core::StoreError::Kind;
    Result result;
    const QString path = core::DataLocation::databasePath(dataDir);
    auto store = std::make_unique<core::Store>(path);
    auto error = store->open();
    if (error.kind == Kind::Corrupt || error.kind == Kind::NewerVersion) {
        const QString text =
            error.userMessage() + QStringLiteral("\n\n") +
            Tr::tr("Database: %1\n\nStart with a fresh, empty database? The current file is kept "
                   "next to it under a new name, so nothing is deleted.")
                .arg(path);
        const auto answer =
            MessageBox::ask(parent, QMessageBox::Warning, Tr::tr("Cannot open your conversations"), text,
                            QMessageBox::Reset | QMessageBox::Close, QMessageBox::Close,
                            {{QMessageBox::Reset, Tr::tr("Start fresh, keep the old file")},
                             {QMessageBox::Close, Tr::tr("Quit")}});
        if (answer != QMessageBox::Reset)
            return result;
        const QString reason =
            error.kind == Kind::Corrupt ? QStringLiteral("damaged") : QStringLiteral("newer");
        result.movedAsideTo = core::DatabaseRecovery::moveAside(path, reason);
        if (result.movedAsideTo.isEmpty()) {
            MessageBox::inform(parent, QMessageBox::Critical, Tr::tr("Cannot open your conversations"),
                               Tr::tr("The old database could not be moved aside: %1").arg(path));
            return result;
        }
        store = std::make_unique<core::Store>(path);
        error = store->open();
    }
    if (error) {
        MessageBox::inform(parent, QMessageBox::Critical, Tr::tr("Cannot open your conversations"),
                           error.userMessage() + QStringLiteral("\n\n") + Tr::tr("Database: %1").arg(path));
        return result;
    }
    result.recoveredMessages = store->messages().recoverInterrupted().value;
    result.store = std::move(store);
    return result;
}

} // namespace harness::gui
