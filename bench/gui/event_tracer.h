// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Finds what makes the GUI thread late: a QApplication that times every event it delivers and,
// while tracing, records the slow ones with the receiver's class, the event type, the nesting
// depth and how much of the wall time the thread actually spent on the CPU (a slow event with
// little CPU time was blocked: I/O, a lock, or the thread was not scheduled). Only the GUI thread
// is traced.
#pragma once

#include <QApplication>
#include <vector>

class EventTracer final : public QApplication {
public:
    struct Slow {
        double startMs = 0;
        double wallMs = 0;
        double cpuMs = 0;
        int depth = 0;
        int type = 0;
        QByteArray receiver;
    };

    EventTracer(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;

    /// Starts recording events slower than `thresholdMs` (clears the previous record).
    void startTracing(double thresholdMs);
    std::vector<Slow> stopTracing();

private:
    bool m_tracing = false;
    double m_thresholdMs = 0;
    int m_depth = 0;
    qint64 m_origin = 0;
    std::vector<Slow> m_slow;
};
