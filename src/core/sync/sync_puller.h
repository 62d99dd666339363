// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"
#include "core/sync/applied_changes.h"
#include "core/sync/convex_http_client.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>

namespace harness::core {

class RemoteChangeApplier;
class RemoteMessageApplier;

/// One pull from the web backend's desktop module (convex/desktop/PROTOCOL.md):
///   1. `desktop/sync:state`: the user's harnesses and settings (written when their hash moved,
///      removed when gone), and the id + hash of every conversation;
///   2. conversations new or changed by hash: `desktop/sync:conversations` (200 a call); the ones
///      no longer listed are deleted here;
///   3. each conversation's message digest (from the live subscriptions when they answered, else
///      `desktop/sync:digests`, 100 a call): where it differs from the digest of the hashes the
///      store has, `desktop/sync:messageIndex` then only the missing or changed documents
///      (`messagesByIds`, `versions`); a conversation new here is read page by page
///      (`desktop/sync:messages`).
/// Several conversations are fetched at once; each conversation is applied in one transaction.
class SyncPuller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPuller)
public:
    SyncPuller(Store& store, ConvexHttpClient* http, RemoteChangeApplier& applier,
               RemoteMessageApplier& messages, QObject* parent = nullptr);

    /// Starts a pull; `liveDigests` (web conversation id -> digest) come from the subscriptions.
    void pull(const QHash<QString, QString>& liveDigests);
    /// Drops the pull under way (its answers are ignored).
    void abort();
    bool isRunning() const { return m_running; }
    /// The web ids of the user's conversations as of the last state read, in the web's order.
    const QStringList& conversationIds() const { return m_conversationIds; }

    void setConcurrency(int requests) { m_concurrency = std::max(1, requests); }
    void setPageSize(int messages) { m_pageSize = std::clamp(messages, 1, 1000); }

Q_SIGNALS:
    /// Something was written (the store's signals are the engine's to emit).
    void applied(const harness::core::AppliedChanges& changes);
    void finished();
    void failed(const harness::core::ConvexResult& result);
    void storeFailed(const harness::core::StoreError& error);

private:
    struct Job {
        QString remoteId;
        QString localId;
        QString digest;
        int step = 0;
        double after = -1;
        QJsonObject index; ///< desktop/sync:messageIndex
        QStringList need;  ///< message ids still to read
        bool needVersions = false;
        bool fresh = false;  ///< never read here: read whole, no digest compared
        QJsonArray messages; ///< documents read
    };

    void call(const QString& path, const QJsonObject& args, std::function<void(const QJsonValue&)> done);
    void onState(const QJsonObject& state);
    void readConversationIndex(double after);
    void reconcileConversations();
    void fetchConversations();
    void readDigests();
    void startJobs();
    void runJob(int index);
    void readPage(int index);
    void readIndex(int index);
    void readIndexPage(int index, double after);
    void readNeeded(int index);
    void readFreshVersions(int index);
    void applyJob(int index, const QJsonArray& versions);
    void jobDone();
    void collect(const AppliedChanges& changes);
    void flush();
    bool storeOk(const StoreError& error);
    void finish();

    Store& m_store;
    ConvexHttpClient* m_http;
    RemoteChangeApplier& m_applier;
    RemoteMessageApplier& m_messages;
    bool m_running = false;
    quint64 m_generation = 0;
    int m_concurrency = 4;
    int m_pageSize = 200;
    int m_inFlight = 0;

    QHash<QString, QString> m_liveDigests;
    QJsonArray m_index;                ///< [{_id, h}] of every conversation
    QStringList m_conversationIds;     ///< their ids, in order
    QStringList m_toFetch;             ///< conversations to read
    QStringList m_digestsToRead;       ///< conversations without a live digest
    QHash<QString, QString> m_digests; ///< web conversation id -> digest
    QSet<QString> m_fresh;             ///< conversations never read here
    bool m_digestsRead = false;
    QList<Job> m_jobs;
    int m_nextJob = 0;
    int m_jobsDone = 0;
    AppliedChanges m_collected; ///< emitted every few conversations and at the end
};

} // namespace harness::core
