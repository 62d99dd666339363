// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The start-up baseline of gui_bench: the most trivial Qt Widgets window (a label), reporting its
// first paint exactly as the real app does (HARNESS_FIRST_PAINT=print|quit).
#include "app/first_paint_probe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("baseline"));
    window.resize(1100, 720);
    harness::app::FirstPaintProbe::installIfRequested(window, sinceMain);
    window.show();
    return QApplication::exec();
}
