// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;

namespace harness::gui {

/// "Keyboard shortcuts": every given action that has a shortcut, with all its key sequences in
/// the platform's notation. Built from the live actions, so it cannot drift from what works.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace harness::gui
