// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"
#include "core/sync/sync_engine.h"
#include "support/temp_store.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <memory>

namespace harness::test {

/// One desktop: its own store in a temporary directory and its own sync engine.
struct SyncProfile {
    TempStore temp;
    QNetworkAccessManager network;
    std::unique_ptr<core::SyncEngine> engine;

    explicit SyncProfile(const QUrl& deployment, bool live = false) { makeEngine(deployment, live); }

    void makeEngine(const QUrl& deployment, bool live)
    {
        engine = std::make_unique<core::SyncEngine>(*temp.store, &network, deployment);
        engine->setLiveUpdates(live);
        engine->setPollInterval(live ? 600'000 : 60'000);
        engine->setRetryDelays(100, 1000);
    }
    core::Store& store() { return *temp.store; }

    /// Signs in as the owner of `token`; data already on this desktop is uploaded when asked.
    void signIn(const QString& token)
    {
        engine->start(token);
        if (engine->status() == core::SyncEngine::Status::WaitingForDecision)
            engine->resolveLocalData(core::SyncEngine::LocalDataChoice::Upload);
    }

    /// Runs sync cycles until one ends with nothing left to push or pull.
    bool settle(int timeoutMs = 40'000)
    {
        QSignalSpy synced(engine.get(), &core::SyncEngine::synced);
        engine->syncNow();
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (synced.count() > 0 && engine->pendingChanges() == 0)
                return true;
            QTest::qWait(20);
        }
        qWarning() << "not settled:" << engine->statusText() << engine->pendingChanges();
        return false;
    }

    int count(const QString& sql)
    {
        QSqlQuery q(store().database().connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    QString text(const QString& sql)
    {
        QSqlQuery q(store().database().connection());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<none>");
        return q.value(0).toString();
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(store().database().connection());
        return q.exec(sql);
    }
};

} // namespace harness::test
