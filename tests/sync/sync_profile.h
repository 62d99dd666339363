// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/memory_secret_store.h"
#include "core/store/store.h"
#include "core/sync/sync_engine.h"
#include "support/temp_store.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <functional>
#include <memory>

namespace harness::test {

/// One desktop: its own store in a temporary directory, its own keychain (in memory) and its own
/// sync engine.
struct SyncProfile {
    TempStore temp;
    QNetworkAccessManager network;
    core::MemorySecretStore secrets;
    std::unique_ptr<core::SyncEngine> engine;

    explicit SyncProfile(const QUrl& deployment, bool live = false) { makeEngine(deployment, live); }

    void makeEngine(const QUrl& deployment, bool live)
    {
        engine = std::make_unique<core::SyncEngine>(*temp.store, &network, deployment);
        engine->setSecretStore(&secrets);
        engine->setLiveUpdates(live);
        // Live desktops learn of changes only from their subscriptions (no polling).
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
    bool settle(int timeoutMs = 60'000)
    {
        QSignalSpy synced(engine.get(), &core::SyncEngine::synced);
        engine->syncNow();
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (synced.count() > 0 && engine->pendingChanges() == 0)
                return true;
            synced.wait(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
        }
        qWarning() << "not settled:" << engine->statusText() << engine->pendingChanges();
        return false;
    }

    /// Waits on the store's signals (what the GUI's models follow) until `done` holds.
    template <typename Signal>
    bool waitFor(Signal signal, const std::function<bool()>& done, int timeoutMs = 15'000)
    {
        QSignalSpy spy(temp.store.get(), signal);
        QDeadlineTimer deadline(timeoutMs);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            spy.wait(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
        }
        return true;
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
    /// A secret of the in-memory keychain (it answers at once).
    QString secret(const QString& key)
    {
        QString value;
        secrets.read(key, nullptr, [&value](const core::SecretResult& r) { value = r.value; });
        QTest::qWait(0);
        return value;
    }
};

} // namespace harness::test
