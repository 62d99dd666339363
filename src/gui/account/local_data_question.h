// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class QWidget;

namespace harness::core {
class AccountService;
}

namespace harness::gui {

/// First sign-in with data on this computer: upload it to the account, keep it on this computer
/// only, or remove it here. Closing the question leaves sync waiting; the status bar asks again.
class LocalDataQuestion final {
    Q_DECLARE_TR_FUNCTIONS(LocalDataQuestion)
public:
    /// Asks (modal) and hands the answer to the account; false when the user decided later.
    static bool ask(QWidget* parent, core::AccountService& account);
};

} // namespace harness::gui
