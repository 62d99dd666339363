// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/util/app_info.h"
#include "gui/main_window.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    harness::core::AppInfo::applyToApplication();
    harness::gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
