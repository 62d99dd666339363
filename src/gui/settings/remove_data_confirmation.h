// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace harness::core {
class Store;
} // namespace harness::core

namespace harness::gui {

/// The second, explicit question before local data is removed from this computer: it names what
/// goes away (how many conversations) and Cancel is the default button, so Enter keeps the data.
class RemoveDataConfirmation final {
    Q_DECLARE_TR_FUNCTIONS(harness::gui::RemoveDataConfirmation)
public:
    /// True when the user confirmed. `note` is added below (e.g. "They stay in your account.").
    static bool confirm(QWidget* parent, core::Store& store, const QString& note = {});
};

} // namespace harness::gui
