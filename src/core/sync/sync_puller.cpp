// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/sync/sync_puller.h"

#include "core/sync/remote_change_applier.h"
#include "core/sync/remote_message_applier.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

namespace harness::core {

Q_LOGGING_CATEGORY(lcSyncPull, "harness.sync.pull")

namespace {

constexpr int idsPerCall = 200;     // desktop/sync:conversations, messagesByIds
constexpr int digestsPerCall = 100; // desktop/sync:digests
constexpr int flushEveryJobs = 50;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray idArray(const QStringList& ids)
{
    QJsonArray out;
    for (const auto& id : ids)
        out.append(id);
    return out;
}

} // namespace

SyncPuller::SyncPuller(Store& store, ConvexHttpClient* http, RemoteChangeApplier& applier,
                       RemoteMessageApplier& messages, QObject* parent)
    : QObject(parent), m_store(store), m_http(http), m_applier(applier), m_messages(messages)
{}

void SyncPuller::call(const QString& path, const QJsonObject& args,
                      std::function<void(const QJsonValue&)> done)
{
    const quint64 generation = m_generation;
    m_http->query(path, args, [this, generation, done = std::move(done)](const ConvexResult& result) {
        if (generation != m_generation || !m_running)
            return;
        if (!result.ok()) {
            abort();
            Q_EMIT failed(result);
            return;
        }
        done(result.value);
    });
}

void SyncPuller::abort()
{
    m_running = false;
    ++m_generation;
}

bool SyncPuller::storeOk(const StoreError& error)
{
    if (!error)
        return true;
    abort();
    Q_EMIT storeFailed(error);
    return false;
}

void SyncPuller::collect(const AppliedChanges& changes)
{
    m_collected.add(changes);
}

void SyncPuller::flush()
{
    if (m_collected.isEmpty())
        return;
    const AppliedChanges changes = m_collected;
    m_collected = {};
    Q_EMIT applied(changes);
}

void SyncPuller::pull(const QHash<QString, QString>& liveDigests)
{
    abort();
    m_running = true;
    m_liveDigests = liveDigests;
    m_index = {};
    m_toFetch.clear();
    m_digestsToRead.clear();
    m_digests.clear();
    m_fresh.clear();
    m_digestsRead = false;
    m_jobs.clear();
    m_nextJob = m_jobsDone = m_inFlight = 0;
    m_collected = {};
    call(QStringLiteral("desktop/sync:state"), {},
         [this](const QJsonValue& value) { onState(value.toObject()); });
}

void SyncPuller::onState(const QJsonObject& state)
{
    AppliedChanges changes;
    if (!storeOk(m_applier.applyHarnesses(state.value(QStringLiteral("harnesses")).toArray(), changes)))
        return;
    if (!storeOk(m_applier.applySettings(state.value(QStringLiteral("userSettings")).toObject(), changes)))
        return;
    collect(changes);
    m_index = state.value(QStringLiteral("conversations")).toArray();
    if (state.value(QStringLiteral("more")).toBool() && !m_index.isEmpty()) {
        // More conversations than one state answer holds: the rest of the index page by page.
        readConversationIndex(m_index.last().toObject().value(QStringLiteral("_creationTime")).toDouble());
        return;
    }
    reconcileConversations();
}

void SyncPuller::readConversationIndex(double after)
{
    const QJsonObject args{{QStringLiteral("limit"), 8000}, {QStringLiteral("after"), after}};
    call(QStringLiteral("desktop/sync:conversationIndex"), args, [this](const QJsonValue& value) {
        const auto page = value.toObject();
        const auto rows = page.value(QStringLiteral("conversations")).toArray();
        for (const auto& row : rows)
            m_index.append(row);
        if (page.value(QStringLiteral("more")).toBool() && !rows.isEmpty())
            return readConversationIndex(
                rows.last().toObject().value(QStringLiteral("_creationTime")).toDouble());
        reconcileConversations();
    });
}

void SyncPuller::reconcileConversations()
{
    auto synced = m_applier.syncedConversations();
    if (!storeOk(synced.error))
        return;
    auto deletedHere = m_applier.pendingDeletes();
    if (!storeOk(deletedHere.error))
        return;
    QHash<QString, QString> hashes;
    for (const auto& c : std::as_const(synced.value))
        hashes.insert(c.remoteId, c.hash);
    m_conversationIds.clear();
    QSet<QString> listed;
    for (const auto& value : std::as_const(m_index)) {
        const auto row = value.toObject();
        const QString id = str(row, "_id");
        m_conversationIds.append(id);
        listed.insert(id);
        if (hashes.value(id) != str(row, "h") && !deletedHere.value.contains(id))
            m_toFetch.append(id);
    }
    // Deleted on the web (its conversations:remove): gone here too.
    QStringList gone;
    for (const auto& c : std::as_const(synced.value)) {
        if (!listed.contains(c.remoteId))
            gone.append(c.localId);
    }
    AppliedChanges changes;
    if (!storeOk(m_applier.removeConversations(gone, changes)))
        return;
    collect(changes);
    fetchConversations();
}

void SyncPuller::fetchConversations()
{
    if (m_toFetch.isEmpty())
        return readDigests();
    const QStringList chunk = m_toFetch.mid(0, idsPerCall);
    m_toFetch = m_toFetch.mid(chunk.size());
    call(QStringLiteral("desktop/sync:conversations"), {{QStringLiteral("ids"), idArray(chunk)}},
         [this](const QJsonValue& value) {
             AppliedChanges changes;
             if (!storeOk(m_applier.applyConversations(value.toArray(), changes)))
                 return;
             collect(changes);
             fetchConversations();
         });
}

void SyncPuller::readDigests()
{
    if (!m_digestsRead) {
        m_digestsRead = true;
        // A conversation never read here is read whole anyway: no digest needed for it (its
        // digest is the one of what was read, with its earlier versions).
        auto synced = m_applier.syncedConversations();
        if (!storeOk(synced.error))
            return;
        QSet<QString> read;
        for (const auto& c : std::as_const(synced.value)) {
            if (!c.digest.isEmpty())
                read.insert(c.remoteId);
        }
        for (const auto& id : std::as_const(m_conversationIds)) {
            if (!read.contains(id))
                m_fresh.insert(id);
            else if (m_liveDigests.contains(id))
                m_digests.insert(id, m_liveDigests.value(id));
            else
                m_digestsToRead.append(id);
        }
    }
    if (m_digestsToRead.isEmpty())
        return startJobs();
    const QStringList chunk = m_digestsToRead.mid(0, digestsPerCall);
    m_digestsToRead = m_digestsToRead.mid(chunk.size());
    call(QStringLiteral("desktop/sync:digests"), {{QStringLiteral("conversationIds"), idArray(chunk)}},
         [this, chunk](const QJsonValue& value) {
             const auto answer = value.toObject();
             QSet<QString> done;
             for (const auto& row : answer.value(QStringLiteral("digests")).toArray()) {
                 const auto digest = row.toObject();
                 m_digests.insert(str(digest, "conversationId"), str(digest, "h"));
                 done.insert(str(digest, "conversationId"));
             }
             for (const auto& id : answer.value(QStringLiteral("tooLarge")).toArray()) {
                 m_digests.insert(id.toString(), QString()); // compared by its index instead
                 done.insert(id.toString());
             }
             if (answer.value(QStringLiteral("partial")).toBool()) {
                 // Too much to read at once: the rest again, in smaller calls. A conversation too
                 // big for a digest of its own is compared by its index.
                 QStringList rest;
                 for (const auto& id : chunk) {
                     if (!done.contains(id))
                         rest.append(id);
                 }
                 if (done.isEmpty() && rest.size() == 1)
                     m_digests.insert(rest.first(), QString());
                 else
                     m_digestsToRead = rest + m_digestsToRead;
             }
             readDigests();
         });
}

void SyncPuller::startJobs()
{
    auto synced = m_applier.syncedConversations();
    if (!storeOk(synced.error))
        return;
    QHash<QString, RemoteChangeApplier::SyncedConversation> byRemote;
    for (const auto& c : std::as_const(synced.value))
        byRemote.insert(c.remoteId, c);
    for (const auto& id : std::as_const(m_conversationIds)) {
        const auto local = byRemote.find(id);
        if (local == byRemote.end())
            continue; // refused by the local store, or deleted here meanwhile
        const QString digest = m_digests.value(id);
        if (!digest.isEmpty() && digest == local->digest)
            continue; // its messages are the ones the store has
        Job job;
        job.remoteId = id;
        job.localId = local->localId;
        job.digest = digest;
        job.fresh = m_fresh.contains(id);
        m_jobs.append(job);
    }
    if (m_jobs.isEmpty())
        return finish();
    while (m_running && m_inFlight < m_concurrency && m_nextJob < m_jobs.size()) {
        ++m_inFlight;
        runJob(m_nextJob++);
    }
}

void SyncPuller::runJob(int index)
{
    const Job& job = m_jobs.at(index);
    auto local = m_messages.localDigest(job.localId);
    if (!storeOk(local.error))
        return;
    if (!job.digest.isEmpty() && local.value == job.digest) {
        // What it has changed only by this device's own pushes: nothing to read.
        if (!storeOk(m_messages.setDigest(job.localId, job.digest)))
            return;
        return jobDone();
    }
    auto known = m_messages.known(job.localId);
    if (!storeOk(known.error))
        return;
    if (known.value.messages.isEmpty() && known.value.versions.isEmpty())
        return readPage(index); // new here: read it whole, page by page
    readIndex(index);
}

void SyncPuller::readPage(int index)
{
    const Job& started = m_jobs.at(index);
    QJsonObject args{{QStringLiteral("conversationId"), started.remoteId},
                     {QStringLiteral("limit"), m_pageSize}};
    if (started.after >= 0)
        args.insert(QStringLiteral("after"), started.after);
    call(QStringLiteral("desktop/sync:messages"), args, [this, index](const QJsonValue& value) {
        Job& job = m_jobs[index];
        const auto page = value.toObject();
        const auto docs = page.value(QStringLiteral("messages")).toArray();
        const bool more = page.value(QStringLiteral("more")).toBool() && !docs.isEmpty();
        AppliedChanges changes;
        if (!storeOk(m_messages.apply(job.localId, docs, {}, nullptr, QString(), changes)))
            return;
        collect(changes);
        if (more) {
            job.after = docs.last().toObject().value(QStringLiteral("_creationTime")).toDouble();
            return readPage(index);
        }
        auto local = m_messages.localDigest(job.localId);
        if (!storeOk(local.error))
            return;
        if (job.fresh)
            return readFreshVersions(index);
        if (job.digest.isEmpty() || local.value == job.digest) {
            if (!job.digest.isEmpty() && !storeOk(m_messages.setDigest(job.localId, job.digest)))
                return;
            return jobDone();
        }
        readIndex(index); // earlier versions, or it changed while it was read
    });
}

void SyncPuller::readFreshVersions(int index)
{
    call(QStringLiteral("desktop/sync:versions"),
         {{QStringLiteral("conversationId"), m_jobs.at(index).remoteId}},
         [this, index](const QJsonValue& value) {
             const Job& job = m_jobs.at(index);
             AppliedChanges changes;
             if (!storeOk(m_messages.apply(job.localId, {}, value.toArray(), nullptr, QString(), changes)))
                 return;
             collect(changes);
             // What was read is what the web has (a change meanwhile shows in the next digest).
             auto local = m_messages.localDigest(job.localId);
             if (!storeOk(local.error) || !storeOk(m_messages.setDigest(job.localId, local.value)))
                 return;
             jobDone();
         });
}

void SyncPuller::readIndex(int index)
{
    m_jobs[index].index = {};
    readIndexPage(index, -1);
}

void SyncPuller::readIndexPage(int index, double after)
{
    QJsonObject args{{QStringLiteral("conversationId"), m_jobs.at(index).remoteId}};
    if (after >= 0)
        args.insert(QStringLiteral("after"), after);
    call(QStringLiteral("desktop/sync:messageIndex"), args, [this, index, after](const QJsonValue& value) {
        Job& job = m_jobs[index];
        const auto page = value.toObject();
        const auto rows = page.value(QStringLiteral("messages")).toArray();
        if (after < 0) {
            job.index = page;
        } else {
            QJsonArray all = job.index.value(QStringLiteral("messages")).toArray();
            for (const auto& row : rows)
                all.append(row);
            job.index.insert(QStringLiteral("messages"), all);
        }
        if (page.value(QStringLiteral("more")).toBool() && !rows.isEmpty())
            return readIndexPage(index,
                                 rows.last().toObject().value(QStringLiteral("_creationTime")).toDouble());
        auto known = m_messages.known(job.localId);
        if (!storeOk(known.error))
            return;
        job.need.clear();
        for (const auto& row : job.index.value(QStringLiteral("messages")).toArray()) {
            const auto entry = row.toObject();
            if (known.value.messages.value(str(entry, "_id")) != str(entry, "h"))
                job.need.append(str(entry, "_id"));
        }
        job.needVersions = false;
        for (const auto& row : job.index.value(QStringLiteral("versions")).toArray()) {
            const auto entry = row.toObject();
            if (known.value.versions.value(str(entry, "_id")) != str(entry, "h"))
                job.needVersions = true;
        }
        job.messages = {};
        readNeeded(index);
    });
}

void SyncPuller::readNeeded(int index)
{
    Job& job = m_jobs[index];
    if (!job.need.isEmpty()) {
        const QStringList chunk = job.need.mid(0, idsPerCall);
        job.need = job.need.mid(chunk.size());
        call(QStringLiteral("desktop/sync:messagesByIds"), {{QStringLiteral("ids"), idArray(chunk)}},
             [this, index](const QJsonValue& value) {
                 for (const auto& doc : value.toArray())
                     m_jobs[index].messages.append(doc);
                 readNeeded(index);
             });
        return;
    }
    if (!job.needVersions)
        return applyJob(index, {});
    call(QStringLiteral("desktop/sync:versions"), {{QStringLiteral("conversationId"), job.remoteId}},
         [this, index](const QJsonValue& value) { applyJob(index, value.toArray()); });
}

void SyncPuller::applyJob(int index, const QJsonArray& versions)
{
    Job& job = m_jobs[index];
    AppliedChanges changes;
    if (!storeOk(m_messages.apply(job.localId, job.messages, versions, &job.index, job.digest, changes)))
        return;
    job.messages = {};
    job.index = {};
    collect(changes);
    if (job.digest.isEmpty()) {
        // Without a digest from the web (never read here, or too big for one), what the index
        // gave is what the store has now.
        auto local = m_messages.localDigest(job.localId);
        if (!storeOk(local.error) || !storeOk(m_messages.setDigest(job.localId, local.value)))
            return;
    }
    jobDone();
}

void SyncPuller::jobDone()
{
    --m_inFlight;
    ++m_jobsDone;
    if (m_jobsDone % flushEveryJobs == 0)
        flush();
    while (m_running && m_inFlight < m_concurrency && m_nextJob < m_jobs.size()) {
        ++m_inFlight;
        runJob(m_nextJob++);
    }
    if (m_running && m_jobsDone == m_jobs.size())
        finish();
}

void SyncPuller::finish()
{
    flush();
    m_running = false;
    qCDebug(lcSyncPull) << "pulled;" << m_jobs.size() << "conversation(s) read";
    Q_EMIT finished();
}

} // namespace harness::core
