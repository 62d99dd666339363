// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Sync benchmark (issue 7), against the local Convex test backend:
//  1. a new desktop pulls an account of --conversations conversations with --messages messages
//     each (default 1,000 x 50) into an empty store; compared with the bare sync:pull pages over
//     HTTP (the emulator's own share of the time);
//  2. --changes times: a conversation renamed on desktop A, until desktop B's store has it
//     (live WebSocket subscription, no polling): median and worst.
// The emulator (convex-test) scans rows on every index lookup, so its timings are an upper bound.
#include "core/store/conversation_repository.h"
#include "core/store/store.h"
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
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

    if (const QString missing = harness::test::missingPinnedNode(); !missing.isEmpty())
        return harness::test::missingPeerExitCode(QStringLiteral("sync_bench"), missing);
    SyncPeers peers;
    if (!peers.start()) {
        std::fprintf(stderr, "cannot start the backend: %s\n", qPrintable(peers.error()));
        return 1;
    }
    const QString user = QStringLiteral("bench-user");
    QElapsedTimer clock;
    clock.start();
    if (!peers.seed(user, conversations, perConversation, QStringLiteral("bench"))) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    std::printf("seeded %d conversations x %d messages in %lld ms\n", conversations, perConversation,
                clock.elapsed());

    // Baseline: the same pages over bare HTTP, no store.
    clock.restart();
    const auto all = peers.everything(user);
    const qint64 bare = clock.elapsed();
    const auto serverMessages = all.value(QStringLiteral("messages")).toArray().size();
    std::printf("bare sync:pull of %lld messages: %lld ms\n", qint64(serverMessages), bare);

    // 1. A new desktop pulls everything.
    QNetworkAccessManager network;
    TempStore fresh;
    SyncEngine engine(*fresh.store, &network, peers.deploymentUrl());
    engine.setLiveUpdates(false);
    engine.setBatchLimits(100, 2 << 20, 1000);
    QSignalSpy synced(&engine, &SyncEngine::synced);
    clock.restart();
    engine.start(peers.token(user));
    if (!waitFor([&] { return synced.count() > 0; }, 1'800'000)) {
        std::fprintf(stderr, "initial pull did not finish: %s\n", qPrintable(engine.statusText()));
        return 1;
    }
    const qint64 pullMs = clock.elapsed();
    const int localMessages = count(*fresh.store, QStringLiteral("messages"));
    const int localConversations = count(*fresh.store, QStringLiteral("conversations"));
    std::printf("initial pull into an empty store: %d conversations, %d messages in %lld ms "
                "(%.0f rows/s; %.2fx the bare pull)\n",
                localConversations, localMessages, pullMs,
                (localMessages + localConversations) * 1000.0 / qMax<qint64>(1, pullMs),
                double(pullMs) / double(qMax<qint64>(1, bare)));
    if (localMessages != conversations * perConversation || localConversations != conversations) {
        std::fprintf(stderr, "pulled row counts differ from the seed\n");
        return 1;
    }
    engine.stop();

    // 2. Change on A -> visible on B, over the live subscription.
    TempStore storeA;
    TempStore storeB;
    SyncEngine a(*storeA.store, &network, peers.deploymentUrl());
    SyncEngine b(*storeB.store, &network, peers.deploymentUrl());
    for (SyncEngine* e : {&a, &b}) {
        e->setPollInterval(600'000);
        e->setBatchLimits(100, 2 << 20, 1000);
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
    waitFor([&] { return storeB.store->conversations().get(conversation.id).ok(); }, 30'000);
    QList<qint64> latencies;
    for (int i = 1; i <= changes; ++i) {
        const QString title = QStringLiteral("Live %1").arg(i);
        clock.restart();
        storeA.store->conversations().rename(conversation.id, title);
        if (!waitFor([&] { return storeB.store->conversations().get(conversation.id).value.title == title; },
                     30'000)) {
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
