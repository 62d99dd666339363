// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// GUI benchmark (issue 5). Four parts, each printed beside a baseline measured in the same run:
//   a) the cost of one streamed token reaching the chat view (model update + repaint) when the
//      answer is 1k, 10k and 100k characters long; the 100k/1k ratio should stay under 2.
//   b) the event loop's worst delay while 10 conversations stream at 200 tokens/s each from the
//      scripted model server (which runs in its own thread); baseline: the same window idle.
//   c) cold start of the real `harness` binary to its first painted window over a store of
//      10,000 conversations, against a trivial one-label Qt window started the same way.
//   d) idle RSS of that `harness` process, against the trivial window's.
//   e) a 10,000-message conversation against a 20-message one: open, page up to the top (older
//      pages load on the way), jump to the first message, stream a token at the bottom.
// Timings are never asserted: machines here are shared and noisy.
// Usage: gui_bench [--small] [--part a|b|c|d ...] [--conversations N] [--messages N] [--seconds S]
#include "core/engine/engine.h"
#include "core/itemmodels/message_list_model.h"
#include "core/model/ids.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "core/store/store.h"
#include "event_tracer.h"
#include "gui/chat/chat_page.h"
#include "gui/main_window.h"
#include "support/scripted_llm_server.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace harness::core;
using harness::gui::MainWindow;
using harness::test::ScriptedLlmServer;

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(double(values.size()) * p))];
}

double g_traceMs = 0; // --trace

/// Runs the event loop for `ms` milliseconds. Unlike QTest::qWait, which sleeps 10 ms between
/// rounds of events, this wakes for each event and timer as the application's own loop does.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/// A streamed token as the run registry announces it (where the view's route begins).
MessageChange token(const QString& conversationId, const QString& messageId, const QString& text)
{
    MessageChange change;
    change.conversationId = conversationId;
    change.messageId = messageId;
    change.kind = MessageChange::Kind::TextAppended;
    change.text = text;
    return change;
}

/// Markdown as models write it: paragraphs, a list, a table, a code block; `length` characters.
QString markdownOfLength(int length)
{
    static const QString block = QStringLiteral(
        "## Section\n\nThe **borrow checker** makes sure that every reference is valid; see `std::mem::take` "
        "and [the book](https://doc.rust-lang.org/book/).\n\n"
        "- first point with *emphasis*\n- second point\n- third point\n\n"
        "| name | value |\n|---|---:|\n| alpha | 1 |\n| beta | 2 |\n\n"
        "```rust\nfn main() {\n    let v = vec![1, 2, 3];\n    println!(\"{:?}\", v);\n}\n```\n\n");
    QString text;
    text.reserve(length + block.size());
    while (text.size() < length)
        text += block;
    text.truncate(length);
    return text + QStringLiteral("\n\nAnd so ");
}

struct Profile {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    MemorySecretStore secrets;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<MainWindow> window;
    Harness harness;

    Profile()
    {
        store = std::make_unique<Store>(dir.filePath(QStringLiteral("harness.db")));
        if (auto error = store->open())
            qFatal("cannot open store: %s", qPrintable(error.userMessage()));
        harness.name = QStringLiteral("Bench");
        harness.model = QStringLiteral("bench/model");
        harness.status = HarnessStatus::Started;
        store->harnesses().create(harness);
        engine = std::make_unique<Engine>(*store, &secrets);
        engine->chat().setGenerateTitles(false);
    }

    void showWindow()
    {
        window = std::make_unique<MainWindow>(*store, *engine, dir.path());
        window->resize(1100, 720);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
        QTest::qWait(100);
    }
};

// ---- a) token append cost ------------------------------------------------------------------

void benchAppend(bool small)
{
    std::printf("\n[a] one streamed token reaching the view (model update + repaint), median of %d tokens\n",
                small ? 40 : 200);
    Profile profile;
    profile.showWindow();
    const int tokens = small ? 40 : 200;
    const QStringList words{QStringLiteral("the "),  QStringLiteral("quick "),     QStringLiteral("brown "),
                            QStringLiteral("fox, "), QStringLiteral("**jumps** "), QStringLiteral("over\n")};
    std::vector<std::pair<int, double>> results;
    for (const int length : {1'000, 10'000, 100'000}) {
        Conversation c;
        c.title = QStringLiteral("Append %1").arg(length);
        profile.store->conversations().create(c);
        Message question;
        question.conversationId = c.id;
        question.role = MessageRole::User;
        question.content = QStringLiteral("Write a long answer");
        profile.store->messages().append(question);
        Message answer;
        answer.conversationId = c.id;
        answer.role = MessageRole::Assistant;
        answer.status = MessageStatus::Streaming;
        answer.content = markdownOfLength(length);
        profile.store->messages().append(answer);
        profile.window->openConversation(c.id);
        QTest::qWait(200);
        auto& runs = profile.engine->runs();
        const auto push = [&](int i) {
            Q_EMIT runs.messageChanged(token(c.id, answer.id, words.at(i % words.size())));
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents(); // layout, update requests, paint
        };
        for (int i = 0; i < 20; ++i) // warm-up: caches, first layout of the tail
            push(i);
        std::vector<double> times;
        for (int i = 0; i < tokens; ++i) {
            QElapsedTimer timer;
            timer.start();
            push(i);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const double ms = median(times);
        results.emplace_back(length, ms);
        std::printf("    answer %6d chars: %8.3f ms per token (p90 %.3f ms)\n", length, ms,
                    percentile(times, 0.9));
    }
    const double ratio = results.back().second / std::max(1e-6, results.front().second);
    std::printf("    ratio 100k/1k: %.2f   (target < 2)\n", ratio);
}

// ---- b) event loop delay with 10 streams ---------------------------------------------------

/// The GUI thread's CPU time so far, in milliseconds.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Ticks every millisecond and records how late each tick came, and how much CPU time the GUI
/// thread itself used between two ticks: a late tick with little CPU time means the thread
/// waited (for a core, on a busy two-core machine), not that the application was busy.
class LoopProbe final : public QObject {
public:
    struct Result {
        std::vector<double> delays; // ms late per tick
        std::vector<double> work;   // GUI-thread CPU ms between ticks
    };

    LoopProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            const double cpu = threadCpuMs();
            m_result.delays.push_back(std::max(0.0, now - m_last - 1.0));
            m_result.work.push_back(cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_result = {};
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    Result stop()
    {
        m_timer.stop();
        return std::move(m_result);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_lastCpu = 0;
    Result m_result;
};

/// Prints the slow event deliveries `EventTracer` recorded (nested ones indented under their parent).
void printSlowEvents(const char* phase, const std::vector<EventTracer::Slow>& slow)
{
    std::printf("    slow deliveries while %s: %zu\n", phase, slow.size());
    for (const auto& s : slow)
        std::printf("      %9.1f ms %*s%6.2f ms (cpu %5.2f) type %4d %s\n", s.startMs, s.depth * 2, "",
                    s.wallMs, s.cpuMs, s.type, s.receiver.constData());
}

void benchStreams(bool small, double seconds, double traceMs)
{
    auto* tracer = static_cast<EventTracer*>(QCoreApplication::instance());
    const int conversations = 10;
    const int tokensPerSecond = 200;
    const int tokens = int(seconds * tokensPerSecond);
    std::printf("\n[b] event loop delay: %d conversations streaming %d tokens/s each for %.1f s\n",
                conversations, tokensPerSecond, seconds);
    Profile profile;
    // The scripted server answers from its own thread, so its work does not count as the GUI's.
    QThread serverThread;
    serverThread.start();
    ScriptedLlmServer* server = nullptr;
    QObject anchor;
    anchor.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new ScriptedLlmServer;
            server->listen();
            server->setHandler([tokens](const harness::test::RecordedRequest&) {
                auto response = ScriptedLlmServer::Response::sse();
                static const char* const words[] = {"Streaming ",  "tokens ", "**steadily** ", "into ",
                                                    "`the view` ", "while ",  "others ",       "wait.\n\n"};
                for (int i = 0; i < tokens; ++i)
                    response.chunk(ScriptedLlmServer::textChunk(QString::fromLatin1(words[i % 8])))
                        .wait(1000 / tokensPerSecond);
                response.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop"))).done();
                return response;
            });
        },
        Qt::BlockingQueuedConnection);
    profile.engine->providers().setOverride(
        ProviderConfig::custom(QStringLiteral("Scripted"), server->baseUrl()), QStringLiteral("sk-bench"));
    profile.showWindow();

    LoopProbe probe;
    probe.start();
    if (traceMs > 0)
        tracer->startTracing(traceMs);
    spin(small ? 500 : 2000);
    const auto idle = probe.stop();
    if (traceMs > 0)
        printSlowEvents("idle", tracer->stopTracing());

    QStringList ids;
    for (int i = 0; i < conversations; ++i) {
        const auto sent =
            profile.engine->chat().send({}, profile.harness, QStringLiteral("Stream number %1").arg(i));
        if (!sent.error.ok())
            qFatal("send failed");
        ids.append(sent.conversationId);
    }
    profile.window->openConversation(ids.first()); // one of them streams into the visible view
    probe.start();
    if (traceMs > 0)
        tracer->startTracing(traceMs);
    QElapsedTimer wall;
    wall.start();
    const auto anyRunning = [&] {
        return std::any_of(ids.cbegin(), ids.cend(),
                           [&](const QString& id) { return profile.engine->runs().isRunning(id); });
    };
    spin(50);
    while (anyRunning() && wall.elapsed() < qint64(seconds * 1000) + 30'000)
        spin(20);
    const auto busy = probe.stop();
    if (traceMs > 0)
        printSlowEvents("streaming", tracer->stopTracing());
    const double elapsed = double(wall.elapsed()) / 1000.0;
    const auto worst = [](const std::vector<double>& v) {
        return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
    };
    const double idleWorst = worst(idle.delays);
    const double busyWorst = worst(busy.delays);
    std::printf("    idle window:  worst %.2f ms, p99 %.2f ms, median %.2f ms; GUI-thread work between "
                "ticks: worst %.2f ms\n",
                idleWorst, percentile(idle.delays, 0.99), median(idle.delays), worst(idle.work));
    std::printf("    10 streams:   worst %.2f ms, p99 %.2f ms, median %.2f ms, over %.1f s   (target worst < "
                "16 ms)\n",
                busyWorst, percentile(busy.delays, 0.99), median(busy.delays), elapsed);
    std::printf("                  GUI-thread work between ticks: worst %.2f ms, p99 %.2f ms\n",
                worst(busy.work), percentile(busy.work, 0.99));
    std::printf("    ratio worst streaming / worst idle: %.1f\n", busyWorst / std::max(0.01, idleWorst));
    QMetaObject::invokeMethod(
        &anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
}

// ---- e) a long conversation: open, scroll to the top, jump, stream at the bottom -----------

/// Adds `count` messages (questions and Markdown answers) to a new conversation; its id.
QString longConversation(Store& store, int count)
{
    Conversation c;
    c.title = QStringLiteral("Long %1").arg(count);
    store.conversations().create(c);
    for (int i = 0; i < count; ++i) {
        Message m;
        m.conversationId = c.id;
        m.role = i % 2 ? MessageRole::Assistant : MessageRole::User;
        m.content = i % 2 ? markdownOfLength(400 + (i * 37) % 900)
                          : QStringLiteral("Question number %1: what about `item %1`?").arg(i);
        if (auto error = store.messages().append(m))
            qFatal("cannot append: %s", qPrintable(error.userMessage()));
    }
    return c.id;
}

struct LongResult {
    double openMs = 0;
    double scrollMedianMs = 0, scrollWorstMs = 0;
    int loadedRows = 0;
    double jumpMs = 0;
    double tokenMs = 0;
};

LongResult measureLong(Profile& profile, const QString& conversationId, int scrollSteps)
{
    LongResult r;
    auto& page = profile.window->chatPage();
    auto* view = profile.window->findChild<QListView*>(QStringLiteral("messageView"));
    auto* bar = view->verticalScrollBar();
    QElapsedTimer timer;
    timer.start();
    profile.window->openConversation(conversationId);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(); // layout and the first paint
    r.openMs = double(timer.nsecsElapsed()) / 1e6;

    // Page up towards the top every 40 ms, as a reader flicking through would; older messages
    // load on the way. What counts is how late the event loop gets (a frame is 16 ms).
    LoopProbe probe;
    probe.start();
    auto* tracer = static_cast<EventTracer*>(QCoreApplication::instance());
    if (g_traceMs > 0)
        tracer->startTracing(g_traceMs);
    QTimer pager;
    int done = 0;
    QEventLoop loop;
    QObject::connect(&pager, &QTimer::timeout, &loop, [&] {
        if (done++ >= scrollSteps || (bar->value() == 0 && !page.messages().hasOlder())) {
            loop.quit();
            return;
        }
        bar->setValue(std::max(0, bar->value() - view->viewport()->height()));
    });
    pager.start(40);
    loop.exec();
    spin(100); // the last rows arriving
    const auto scrolled = probe.stop();
    if (g_traceMs > 0)
        printSlowEvents("paging up", tracer->stopTracing());
    r.scrollMedianMs = percentile(scrolled.delays, 0.99);
    r.scrollWorstMs =
        scrolled.delays.empty() ? 0 : *std::max_element(scrolled.delays.begin(), scrolled.delays.end());
    r.loadedRows = page.messages().rowCount();

    // A streaming answer at the bottom while the rows paged through stay loaded.
    Message answer;
    answer.conversationId = conversationId;
    answer.role = MessageRole::Assistant;
    answer.status = MessageStatus::Streaming;
    answer.content = QStringLiteral("Streaming ");
    profile.store->messages().append(answer);
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    auto& runs = profile.engine->runs();
    std::vector<double> tokens;
    for (int i = 0; i < 60; ++i) {
        timer.start();
        Q_EMIT runs.messageChanged(token(conversationId, answer.id, QStringLiteral("word ")));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (i >= 10) // after warm-up
            tokens.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    r.tokenMs = median(tokens);
    // Jump to the very first message (what a search result does).
    const auto first = profile.store->messages().page(conversationId, 0, 1'000'000).value;
    timer.start();
    page.revealMessage(first.constFirst().id);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    r.jumpMs = double(timer.nsecsElapsed()) / 1e6;

    return r;
}

void benchLongConversation(bool small)
{
    const int longCount = small ? 1'000 : 10'000;
    const int steps = small ? 40 : 400;
    std::printf("\n[e] a %d-message conversation against a 20-message one: open, %d page-ups, stream a token "
                "at the bottom, jump to the first message\n",
                longCount, steps);
    Profile profile;
    const QString shortId = longConversation(*profile.store, 20);
    const QString longId = longConversation(*profile.store, longCount);
    profile.showWindow();
    const auto base = measureLong(profile, shortId, steps);
    const auto big = measureLong(profile, longId, steps);
    const auto row = [](const char* name, const LongResult& r) {
        std::printf("    %-14s open %7.2f ms | paging up: loop delay p99 %6.2f ms, worst %7.2f ms (%5d rows "
                    "loaded) | "
                    "jump to first %8.2f ms | token %6.3f ms\n",
                    name, r.openMs, r.scrollMedianMs, r.scrollWorstMs, r.loadedRows, r.jumpMs, r.tokenMs);
    };
    row("20 messages", base);
    row("long", big);
    std::printf("    ratios long / short: open %.2f, paging loop delay worst %.2f, token %.2f\n",
                big.openMs / std::max(0.01, base.openMs),
                big.scrollWorstMs / std::max(0.01, base.scrollWorstMs),
                big.tokenMs / std::max(0.001, base.tokenMs));
}

// ---- c) and d): the real app as a process --------------------------------------------------

const char* const titleWords[] = {"rust",    "python", "travel", "recipe",  "budget", "kernel", "lisbon",
                                  "meeting", "poem",   "schema", "release", "garden", "shader", "tokyo"};

void seedStore(const QString& dir, int conversations, int messages)
{
    Store store(QDir(dir).filePath(QStringLiteral("harness.db")));
    if (auto error = store.open())
        qFatal("cannot create store: %s", qPrintable(error.userMessage()));
    Harness h;
    h.name = QStringLiteral("Bench");
    h.model = QStringLiteral("bench/model");
    h.status = HarnessStatus::Started;
    store.harnesses().create(h);
    QRandomGenerator rng(42);
    const qint64 now = nowMs();
    const int perConversation = std::max(1, messages / std::max(1, conversations));
    auto error = store.database().write([&]() -> StoreError {
        QSqlQuery conv(store.database().connection());
        conv.prepare(
            QStringLiteral("INSERT INTO conversations (id, title, last_message_at, pinned, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery msg(store.database().connection());
        msg.prepare(QStringLiteral("INSERT INTO messages (id, conversation_id, seq, role, content, status, "
                                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'complete', ?, ?)"));
        for (int c = 0; c < conversations; ++c) {
            const QString id = newId();
            const qint64 last = now - qint64(c) * 6 * 60'000;
            QString title;
            for (int w = 0; w < 4; ++w)
                title += QLatin1String(titleWords[rng.bounded(14)]) + QLatin1Char(' ');
            conv.addBindValue(id);
            conv.addBindValue(title.trimmed());
            conv.addBindValue(last);
            conv.addBindValue(c % 500 == 0 ? 1 : 0);
            conv.addBindValue(last - 60'000);
            conv.addBindValue(last);
            if (!conv.exec())
                return StoreError::fromSql(conv.lastError());
            for (int m = 0; m < perConversation; ++m) {
                msg.addBindValue(newId());
                msg.addBindValue(id);
                msg.addBindValue(m + 1);
                msg.addBindValue(m % 2 ? QStringLiteral("assistant") : QStringLiteral("user"));
                msg.addBindValue(QStringLiteral("Message %1 about %2 with some **markdown** and `code`.")
                                     .arg(m)
                                     .arg(QLatin1String(titleWords[rng.bounded(14)])));
                msg.addBindValue(last - (perConversation - m) * 1000);
                msg.addBindValue(last);
                if (!msg.exec())
                    return StoreError::fromSql(msg.lastError());
            }
        }
        return {};
    });
    if (error)
        qFatal("seeding failed: %s", qPrintable(error.userMessage()));
    store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QProcessEnvironment childEnvironment(const QString& home, const char* firstPaint)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HARNESS_FIRST_PAINT"), QString::fromLatin1(firstPaint));
    // Keep the child away from the user's own settings and session.
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    return env;
}

struct Launch {
    double wallMs = -1;   ///< process start to the "first-paint" line
    double insideMs = -1; ///< main() to first paint, as the process measured it
    double rssMb = -1;    ///< after idling (only when asked)
};

Launch launch(const QString& program, const QStringList& args, const QString& home, int idleMs)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment(home, idleMs > 0 ? "print" : "quit"));
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Launch result;
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForStarted(10'000))
        qFatal("cannot start %s", qPrintable(program));
    QByteArray out;
    while (!out.contains("first-paint ") || !out.contains('\n')) {
        if (!process.waitForReadyRead(30'000))
            qFatal("%s never reported its first paint: %s", qPrintable(program), out.constData());
        out += process.readAllStandardOutput();
    }
    result.wallMs = double(timer.nsecsElapsed()) / 1e6;
    const int at = out.indexOf("first-paint ");
    result.insideMs = out.mid(at + 12, out.indexOf('\n', at) - at - 12).toDouble();
    if (idleMs > 0) {
        QTest::qWait(idleMs);
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (status.open(QIODevice::ReadOnly)) {
            for (const auto& line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    result.rssMb = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
            }
        }
        process.terminate();
    }
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished();
    }
    return result;
}

void benchProcess(bool small, int conversations, int messages, bool startup, bool rss)
{
    QTemporaryDir home;
    const QString dataDir = home.filePath(QStringLiteral("profile"));
    QDir().mkpath(dataDir);
    QElapsedTimer seeding;
    seeding.start();
    seedStore(dataDir, conversations, messages);
    std::printf("\nstore for [c]/[d]: %d conversations, %d messages (seeded in %.1f s)\n", conversations,
                messages, double(seeding.elapsed()) / 1000.0);
    const QString app = QStringLiteral(HARNESS_APP_PATH);
    const QString baseline = QStringLiteral(HARNESS_BASELINE_PATH);
    const QStringList appArgs{QStringLiteral("--data-dir"), dataDir};
    if (startup) {
        const int runs = small ? 3 : 7;
        launch(baseline, {}, home.path(), 0); // warm the page cache for both
        launch(app, appArgs, home.path(), 0);
        std::vector<double> appWall, appInside, baseWall, baseInside;
        for (int i = 0; i < runs; ++i) {
            const auto b = launch(baseline, {}, home.path(), 0);
            const auto a = launch(app, appArgs, home.path(), 0);
            baseWall.push_back(b.wallMs);
            baseInside.push_back(b.insideMs);
            appWall.push_back(a.wallMs);
            appInside.push_back(a.insideMs);
        }
        std::printf("\n[c] cold start to first painted window, median of %d launches\n", runs);
        std::printf("    trivial Qt window: %7.1f ms (process start to paint), %7.1f ms from main()\n",
                    median(baseWall), median(baseInside));
        std::printf("    harness:           %7.1f ms (process start to paint), %7.1f ms from main()   "
                    "(target < 300 ms)\n",
                    median(appWall), median(appInside));
        std::printf("    ratio harness / trivial window: %.2f\n",
                    median(appWall) / std::max(0.01, median(baseWall)));
    }
    if (rss) {
        const int idleMs = small ? 500 : 2000;
        const auto b = launch(baseline, {}, home.path(), idleMs);
        const auto a = launch(app, appArgs, home.path(), idleMs);
        std::printf("\n[d] idle RSS %.1f s after the first paint\n", idleMs / 1000.0);
        std::printf("    trivial Qt window: %7.1f MB\n", b.rssMb);
        std::printf("    harness:           %7.1f MB   (target < 100 MB)\n", a.rssMb);
        std::printf("    ratio harness / trivial window: %.2f\n", a.rssMb / std::max(0.01, b.rssMb));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    EventTracer app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI benchmark: token cost, loop delay, start-up, RSS."));
    parser.addHelpOption();
    const QCommandLineOption small(QStringLiteral("small"),
                                   QStringLiteral("A quick run (the test suite's)."));
    const QCommandLineOption part(QStringLiteral("part"),
                                  QStringLiteral("Run only part a, b, c, d or e (repeatable)."),
                                  QStringLiteral("X"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           QStringLiteral("Conversations in the start-up store (10000)."),
                                           QStringLiteral("N"));
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      QStringLiteral("Messages in the start-up store (100000)."),
                                      QStringLiteral("N"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Streaming time of part b (10)."), QStringLiteral("S"));
    const QCommandLineOption trace(
        QStringLiteral("trace"),
        QStringLiteral("Parts b and e: list event deliveries slower than MS milliseconds."),
        QStringLiteral("MS"));
    parser.addOptions({small, part, conversations, messages, seconds, trace});
    parser.process(app);
    const bool isSmall = parser.isSet(small);
    g_traceMs = parser.isSet(trace) ? parser.value(trace).toDouble() : 0.0;
    QStringList parts = parser.values(part);
    if (parts.isEmpty())
        parts = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                 QStringLiteral("e")};
    std::printf("gui_bench on the \"%s\" platform%s\n", qPrintable(QGuiApplication::platformName()),
                isSmall ? " (small run)" : "");
    if (parts.contains(QStringLiteral("a")))
        benchAppend(isSmall);
    if (parts.contains(QStringLiteral("b")))
        benchStreams(isSmall,
                     parser.isSet(seconds) ? parser.value(seconds).toDouble() : (isSmall ? 1.5 : 10.0),
                     parser.isSet(trace) ? parser.value(trace).toDouble() : 0.0);
    if (parts.contains(QStringLiteral("e")))
        benchLongConversation(isSmall);
    if (parts.contains(QStringLiteral("c")) || parts.contains(QStringLiteral("d")))
        benchProcess(isSmall,
                     parser.isSet(conversations) ? parser.value(conversations).toInt()
                                                 : (isSmall ? 1000 : 10'000),
                     parser.isSet(messages) ? parser.value(messages).toInt() : (isSmall ? 5000 : 100'000),
                     parts.contains(QStringLiteral("c")), parts.contains(QStringLiteral("d")));
    return 0;
}
