// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace harness::app {

/// For the start-up benchmark (bench/gui): with HARNESS_FIRST_PAINT=print the process prints
/// "first-paint <ms since main()>" once the window has painted for the first time; with
/// HARNESS_FIRST_PAINT=quit it also quits right then. Does nothing when the variable is unset.
class FirstPaintProbe final : public QObject {
public:
    /// `sinceMain` was started first thing in main().
    static void installIfRequested(QWidget& window, const QElapsedTimer& sinceMain)
    {
        const QByteArray mode = qgetenv("HARNESS_FIRST_PAINT");
        if (mode != "print" && mode != "quit")
            return;
        auto* probe = new FirstPaintProbe(sinceMain, mode == "quit", &window);
        window.installEventFilter(probe);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Report once the whole paint pass (children too) is done and flushed.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint %.2f\n", double(m_sinceMain.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                if (m_quit)
                    QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FirstPaintProbe(const QElapsedTimer& sinceMain, bool quit, QObject* parent)
        : QObject(parent), m_sinceMain(sinceMain), m_quit(quit)
    {}

    QElapsedTimer m_sinceMain;
    bool m_quit = false;
    bool m_seen = false;
};

} // namespace harness::app
