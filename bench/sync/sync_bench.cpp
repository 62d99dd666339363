// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Sync benchmark against the Harness web backend with the desktop module (the local test
// backend adapter, see tests/sync/sync_peers.h):
//  1. a new desktop pulls an account of --conversations conversations with --messages messages
//     each (default 1,000 x 50) into an empty store with the real sync engine; compared, in the
//     same process, with a bare HTTP pull of the same rows (the same desktop/sync queries, the
//     answers only parsed, nothing stored, as many requests in flight): the ratio is the engine's
//     own cost;
//  2. --changes times: a conversation renamed on desktop A, until desktop B's store has it
//     (live WebSocket subscriptions, no polling): median and worst.
// The emulator (convex-test) is slower than a real deployment, so absolute times are an upper
// bound; the ratio is what the engine adds.
#include "core/store/conversation_repository.h"
#include "core/store/store.h"
#include "core/sync/convex_http_client.h"
#include "core/sync/sync_engine.h"
#include "support/peer_requirement.h"
#include "support/temp_store.h"
#include "sync_peers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace harness::core;
using harness::test::SyncPeers;
using harness::test::TempStore;

namespace {

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QTest::qWait(2);
    }
    return false;
}

int count(Store& store, const QString& table)
{
    QSqlQuery q(store.database().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}

/// One query over HTTP, waited for.
QJsonValue ask(ConvexHttpClient& http, const QString& path, const QJsonObject& args)
{
    std::optional<ConvexResult> answer;
    http.query(path, args, [&answer](const ConvexResult& r) { answer = r; });
    waitFor([&] { return answer.has_value(); }, 600'000);
    if (!answer || !answer->ok()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(path),
                     answer ? qPrintable(answer->message) : "timeout");
        return QJsonValue(QJsonValue::Undefined);
    }
    return answer->value;
}

/// The baseline: every conversation and message of the account over the same queries the engine
/// uses, as many requests in flight as the engine uses, nothing stored. Returns the messages read.
qint64 barePull(ConvexHttpClient& http, int pageSize, int inFlight)
{
    const auto state = ask(http, QStringLiteral("desktop/sync:state"), {}).toObject();
    QStringList ids;
    for (const auto& c : state.value(QStringLiteral("conversations")).toArray())
        ids.append(c.toObject().value(QStringLiteral("_id")).toString());
    for (qsizetype i = 0; i < ids.size(); i += 200) {
        QJsonArray chunk;
        for (const auto& id : ids.mid(i, 200))
            chunk.append(id);
        ask(http, QStringLiteral("desktop/sync:conversations"), {{QStringLiteral("ids"), chunk}});
    }
    qint64 messages = 0;
    int next = 0;
    int running = 0;
    bool failed = false;
    std::function<void(const QString&, double)> page = [&](const QString& id, double after) {
        QJsonObject args{{QStringLiteral("conversationId"), id}, {QStringLiteral("limit"), pageSize}};
        if (after >= 0)
            args.insert(QStringLiteral("after"), after);
        http.query(QStringLiteral("desktop/sync:messages"), args, [&, id](const ConvexResult& r) {
            const auto answer = r.value.toObject();
            const auto rows = answer.value(QStringLiteral("messages")).toArray();
            failed = failed || !r.ok();
            messages += rows.size();
            if (r.ok() && answer.value(QStringLiteral("more")).toBool() && !rows.isEmpty())
                return page(id, rows.last().toObject().value(QStringLiteral("_creationTime")).toDouble());
            --running;
            while (running < inFlight && next < ids.size()) {
                ++running;
                page(ids.at(next++), -1);
            }
        });
    };
    while (running < inFlight && next < ids.size()) {
        ++running;
        page(ids.at(next++), -1);
    }
    waitFor([&] { return running == 0 || failed; }, 3'600'000);
    return failed ? -1 : messages;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines as they come, also into a file
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("conversations"), QStringLiteral("Conversations to pull."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages per conversation."),
                      QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Changes timed from A to B."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const int conversations = parser.value(QStringLiteral("conversations")).toInt();
    const int perConversation = parser.value(QStringLiteral("messages")).toInt();
    const int changes = parser.value(QStringLiteral("changes")).toInt();

    if (const QString missing = SyncPeers::missing(); !missing.isEmpty())
        return harness::test::missingPeerExitCode(QStringLiteral("sync_bench"), missing);
    SyncPeers peers;
    switch (peers.start()) {
    case SyncPeers::Start::Ok:
        break;
    case SyncPeers::Start::Missing:
        return harness::test::missingPeerExitCode(QStringLiteral("sync_bench"), peers.error());
    case SyncPeers::Start::Failed:
        std::fprintf(stderr, "cannot start the backend: %s\n", qPrintable(peers.error()));
        return 1;
    }
    const QString user = QStringLiteral("bench-user");
    QElapsedTimer clock;
    clock.start();
    if (!peers.seed(user, conversations, perConversation, QStringLiteral("bench"))) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(peers.lastCallError()));
        return 1;
    }
    std::printf("seeded %d conversations x %d messages in %lld ms\n", conversations, perConversation,
                clock.elapsed());

    QNetworkAccessManager network;
    const int pageSize = 200;
    // Baseline: the same rows over bare HTTP, no store.
    // The emulator reads every row on each index lookup: with 50,000 messages one call can take
    // long, for the baseline and the engine alike.
    const int callTimeoutMs = 1'800'000;
    ConvexHttpClient http(&network, peers.deploymentUrl());
    http.setAuthToken(peers.token(user));
    http.setTimeout(callTimeoutMs);
    const int inFlight = 4; // as the engine (SyncPuller's default)
    // Once to warm the emulator up (it compiles each function on its first call), then timed.
    barePull(http, pageSize, inFlight);
    clock.restart();
    const qint64 bareMessages = barePull(http, pageSize, inFlight);
    const qint64 bare = clock.elapsed();
    std::printf("bare HTTP pull of %d conversations, %lld messages: %lld ms\n", conversations, bareMessages,
                bare);

    // 1. A new desktop pulls everything with the real engine.
    TempStore fresh;
    SyncEngine engine(*fresh.store, &network, peers.deploymentUrl());
    engine.setLiveUpdates(false);
    engine.setBatchLimits(100, 2 << 20, pageSize);
    engine.setRequestTimeout(callTimeoutMs);
    QSignalSpy synced(&engine, &SyncEngine::synced);
    clock.restart();
    engine.start(peers.token(user));
    if (!waitFor([&] { return synced.count() > 0; }, 3'600'000)) {
        std::fprintf(stderr, "initial pull did not finish: %s\n", qPrintable(engine.statusText()));
        return 1;
    }
    const qint64 pullMs = clock.elapsed();
    const int localMessages = count(*fresh.store, QStringLiteral("messages"));
    const int localConversations = count(*fresh.store, QStringLiteral("conversations"));
    std::printf("engine pull into an empty store: %d conversations, %d messages in %lld ms (%.0f rows/s); "
                "ratio to the bare HTTP pull: %.2fx\n",
                localConversations, localMessages, pullMs,
                (localMessages + localConversations) * 1000.0 / qMax<qint64>(1, pullMs),
                double(pullMs) / double(qMax<qint64>(1, bare)));
    if (localMessages != conversations * perConversation || localConversations != conversations) {
        std::fprintf(stderr, "pulled row counts differ from the seed\n");
        return 1;
    }
    // Nothing changed: a second cycle only compares hashes and digests.
    synced.clear();
    clock.restart();
    engine.syncNow();
    waitFor([&] { return synced.count() > 0; }, 600'000);
    std::printf("an up-to-date sync of the same account: %lld ms\n", clock.elapsed());
    engine.stop();

    // 2. Change on A -> visible on B, over the live subscriptions.
    TempStore storeA;
    TempStore storeB;
    SyncEngine a(*storeA.store, &network, peers.deploymentUrl());
    SyncEngine b(*storeB.store, &network, peers.deploymentUrl());
    for (SyncEngine* e : {&a, &b}) {
        e->setPollInterval(600'000);
        e->setBatchLimits(100, 2 << 20, pageSize);
    }
    const QString other = QStringLiteral("bench-live");
    a.start(peers.token(other));
    b.start(peers.token(other));
    if (!waitFor(
            [&] {
                return a.isLive() && b.isLive() && a.status() == SyncEngine::Status::Synced &&
                       b.status() == SyncEngine::Status::Synced;
            },
            60'000)) {
        std::fprintf(stderr, "live desktops did not come up\n");
        return 1;
    }
    auto conversation = storeA.addConversation(QStringLiteral("Live 0"));
    QString onB;
    waitFor(
        [&] {
            onB = storeA.store->conversations().get(conversation.id).value.remoteId;
            return !onB.isEmpty() && storeB.store->conversations().get(onB).ok();
        },
        30'000);
    QList<qint64> latencies;
    for (int i = 1; i <= changes; ++i) {
        const QString title = QStringLiteral("Live %1").arg(i);
        clock.restart();
        storeA.store->conversations().rename(conversation.id, title);
        if (!waitFor([&] { return storeB.store->conversations().get(onB).value.title == title; }, 30'000)) {
            std::fprintf(stderr, "change %d never arrived\n", i);
            return 1;
        }
        latencies.append(clock.elapsed());
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.isEmpty()) {
        std::printf("change on A visible on B: median %lld ms, worst %lld ms over %lld changes\n",
                    latencies.at(latencies.size() / 2), latencies.constLast(), qint64(latencies.size()));
    }
    return 0;
}
