// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/main_window.h"

namespace harness::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Harness Desktop"));
}

MainWindow::~MainWindow() = default;

} // namespace harness::gui
