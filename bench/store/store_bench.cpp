// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Store benchmark (issue 2): seeds a store with N conversations and M messages (one conversation
// holds --big of them), then, in a fresh process, measures what a user waits for:
//   * open the store and load the first page of the sidebar
//   * open the biggest conversation
//   * full-text search (a rare and a common word)
// Each figure is the median of several runs, printed beside a baseline measured in the same
// process (the cheapest query of the same shape), as a ratio: machines here are noisy.
// Usage: store_bench [--conversations 10000] [--messages 1000000] [--big 10000] [--dir DIR]
#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/message_list_model.h"
#include "core/model/ids.h"
#include "core/store/search_repository.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace harness::core;

namespace {

const char* const words[] = {
    "rust",     "python",   "lifetime",  "borrow",   "async",   "server",  "model",   "token",   "stream",
    "harness",  "protocol", "schema",    "database", "index",   "query",   "vector",  "matrix",  "travel",
    "recipe",   "garden",   "budget",    "invoice",  "meeting", "summary", "draft",   "email",   "poem",
    "history",  "physics",  "kernel",    "thread",   "mutex",   "widget",  "layout",  "pixel",   "shader",
    "compiler", "linker",   "package",   "release",  "deploy",  "cluster", "network", "latency", "cache",
    "memory",   "profile",  "benchmark", "lisbon",   "porto",   "tokyo",   "berlin",  "coffee",  "tea"};
constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));

QString sentence(QRandomGenerator& rng, int length)
{
    QString text;
    for (int i = 0; i < length; ++i) {
        if (i)
            text += QLatin1Char(' ');
        text += QLatin1String(words[rng.bounded(wordCount)]);
    }
    return text;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const auto& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char* what, double ms, double baselineMs, const char* baseline, double targetMs)
{
    std::printf("%-44s %9.2f ms   baseline %-28s %8.3f ms   ratio %7.1f   target < %.0f ms\n", what, ms,
                baseline, baselineMs, baselineMs > 0 ? ms / baselineMs : 0.0, targetMs);
}

int seed(const QString& path, int conversations, int messages, int big)
{
    Store store(path);
    if (auto error = store.open()) {
        std::fprintf(stderr, "cannot create store: %s\n", qPrintable(error.userMessage()));
        return 1;
    }
    QRandomGenerator rng(42);
    const qint64 now = nowMs();
    QElapsedTimer timer;
    timer.start();
    auto error = store.database().write([&]() -> StoreError {
        auto db = store.database().connection();
        QSqlQuery conv(db);
        conv.prepare(
            QStringLiteral("INSERT INTO conversations (id, title, last_message_at, pinned, created_at, "
                           "updated_at) VALUES (?, ?, ?, 0, ?, ?)"));
        QSqlQuery msg(db);
        msg.prepare(QStringLiteral("INSERT INTO messages (id, conversation_id, seq, role, content, status, "
                                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'complete', ?, ?)"));
        const int rest = messages - big;
        const int perConversation = std::max(1, rest / std::max(1, conversations - 1));
        int written = 0;
        for (int c = 0; c < conversations; ++c) {
            const QString id = newId();
            const int count = c == 0 ? big : std::min(perConversation, messages - written);
            // Spread over the last two years; conversation 0 (the big one) is the newest.
            const qint64 last = now - qint64(c) * 6 * 60'000 - rng.bounded(60'000);
            conv.addBindValue(id);
            conv.addBindValue(sentence(rng, 3 + rng.bounded(4)));
            conv.addBindValue(last);
            conv.addBindValue(last - qint64(count) * 30'000);
            conv.addBindValue(last);
            if (!conv.exec())
                return StoreError::fromSql(conv.lastError());
            for (int m = 0; m < count; ++m) {
                const qint64 at = last - qint64(count - m) * 30'000;
                msg.addBindValue(newId());
                msg.addBindValue(id);
                msg.addBindValue(m + 1);
                msg.addBindValue(m % 2 ? QStringLiteral("assistant") : QStringLiteral("user"));
                QString content = sentence(rng, m % 2 ? 40 + rng.bounded(80) : 8 + rng.bounded(20));
                if (rng.bounded(5000) == 0)
                    content += QStringLiteral(" zanzibar"); // a rare word for the search benchmark
                msg.addBindValue(content);
                msg.addBindValue(at);
                msg.addBindValue(at);
                if (!msg.exec())
                    return StoreError::fromSql(msg.lastError());
            }
            written += count;
        }
        return {};
    });
    if (error) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(error.userMessage()));
        return 1;
    }
    store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("seeded %d conversations, %d messages in %.1f s\n", conversations, messages,
                double(timer.elapsed()) / 1000.0);
    return 0;
}

int measure(const QString& path)
{
    QString bigId;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM conversations ORDER BY last_message_at DESC LIMIT 1"));
        q.next();
        bigId = q.value(0).toString();
        q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = '%1'").arg(bigId));
        q.next();
        std::printf("biggest conversation: %d messages\n", q.value(0).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    const int runs = 7;

    // Baseline: open a bare connection and read one row.
    const double bareOpen = medianMs(runs, [&] {
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id, title FROM conversations LIMIT 1"));
            q.next();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    });
    const double sidebar = medianMs(runs, [&] {
        Store store(path);
        store.open();
        ConversationListModel model(store);
        if (model.rowCount() == 0)
            std::fprintf(stderr, "empty sidebar?\n");
    });
    report("open store + first sidebar page", sidebar, bareOpen, "(bare open + 1 row)", 100);

    Store store(path);
    store.open();
    const double bareLatest = medianMs(runs, [&] {
        QSqlQuery q(store.database().connection());
        q.prepare(
            QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(bigId);
        q.exec();
        q.next();
    });
    const double openBig = medianMs(runs, [&] {
        MessageListModel model(store);
        model.setConversation(bigId);
    });
    report("open the biggest conversation", openBig, bareLatest, "(newest message id)", 100);

    const double rare = medianMs(runs, [&] { store.search().search(QStringLiteral("zanzibar")); });
    const double common = medianMs(runs, [&] { store.search().search(QStringLiteral("rust borrow")); });
    const double prefix = medianMs(runs, [&] { store.search().search(QStringLiteral("lisb")); });
    const double like = medianMs(3, [&] {
        QSqlQuery q(store.database().connection());
        q.exec(QStringLiteral(
            "SELECT id FROM messages WHERE content LIKE '%zanzibar%' ORDER BY pk DESC LIMIT 50"));
        while (q.next()) {
        }
    });
    report("search a rare word (FTS5)", rare, like, "(LIKE scan, same word)", 50);
    report("search two common words (FTS5)", common, like, "(LIKE scan, rare word)", 50);
    report("search a prefix while typing (FTS5)", prefix, like, "(LIKE scan, rare word)", 50);

    const qint64 rss = peakRssKb();
    std::printf("peak RSS of this measuring process: %.1f MB   target < 80 MB\n", double(rss) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption conversations(QStringLiteral("conversations"), QStringLiteral("Conversations."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages in all."),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption big(QStringLiteral("big"),
                                 QStringLiteral("Messages in the biggest conversation."), QStringLiteral("N"),
                                 QStringLiteral("10000"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Keep the seeded store in DIR (reused)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption seedOnly(QStringLiteral("seed-only"), QStringLiteral("Seed and exit."));
    const QCommandLineOption measureOnly(QStringLiteral("measure-only"),
                                         QStringLiteral("Measure DIR and exit."));
    parser.addOptions({conversations, messages, big, dir, seedOnly, measureOnly});
    parser.process(app);

    QTemporaryDir temp;
    const QString folder = parser.isSet(dir) ? parser.value(dir) : temp.path();
    const QString path = folder + QStringLiteral("/harness.db");
    if (parser.isSet(seedOnly))
        return seed(path, parser.value(conversations).toInt(), parser.value(messages).toInt(),
                    parser.value(big).toInt());
    if (parser.isSet(measureOnly))
        return measure(path);

    // Seed in one child process (if needed) and measure in another, so the peak RSS printed is
    // what a user's process needs, not what seeding a million rows took.
    const QString self = QCoreApplication::applicationFilePath();
    if (!QFile::exists(path)) {
        const int rc =
            QProcess::execute(self, {QStringLiteral("--seed-only"), QStringLiteral("--dir"), folder,
                                     QStringLiteral("--conversations"), parser.value(conversations),
                                     QStringLiteral("--messages"), parser.value(messages),
                                     QStringLiteral("--big"), parser.value(big)});
        if (rc != 0)
            return rc;
    }
    return QProcess::execute(self, {QStringLiteral("--measure-only"), QStringLiteral("--dir"), folder});
}
