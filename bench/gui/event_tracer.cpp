// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "event_tracer.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>
#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 wallNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

EventTracer::EventTracer(int& argc, char** argv) : QApplication(argc, argv)
{}

void EventTracer::startTracing(double thresholdMs)
{
    m_slow.clear();
    m_thresholdMs = thresholdMs;
    m_origin = wallNs();
    m_tracing = true;
}

std::vector<EventTracer::Slow> EventTracer::stopTracing()
{
    m_tracing = false;
    return std::move(m_slow);
}

bool EventTracer::notify(QObject* receiver, QEvent* event)
{
    // notify() runs in every thread that delivers events; only the GUI thread's count here.
    if (!m_tracing || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const int type = int(event->type()); // the event may be deleted by its delivery
    const qint64 wall0 = wallNs();
    const qint64 cpu0 = threadCpuNs();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double wallMs = double(wallNs() - wall0) / 1e6;
    if (wallMs >= m_thresholdMs) {
        Slow slow;
        slow.startMs = double(wall0 - m_origin) / 1e6;
        slow.wallMs = wallMs;
        slow.cpuMs = double(threadCpuNs() - cpu0) / 1e6;
        slow.depth = m_depth;
        slow.type = type;
        slow.receiver =
            receiver ? QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8()
                     : QByteArray("(null)");
        m_slow.push_back(std::move(slow));
    }
    return result;
}
