// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The outbox triggers, `desktop/sync:push` ops in the web's shapes, and web documents applied to
// the store (ids, hashes, bases, deletions, earlier versions), without a network. The same code
// against the real web backend: sync_web_* tests.
#include "core/model/ids.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/message_repository.h"
#include "core/store/settings_repository.h"
#include "core/sync/remote_change_applier.h"
#include "core/sync/remote_message_applier.h"
#include "core/sync/sync_outbox.h"
#include "core/sync/web_digest.h"
#include "support/temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace harness::core;
using harness::test::TempStore;
using namespace Qt::StringLiterals;

namespace {

QJsonObject outboxFields(Store& store, const QString& table, const QString& id)
{
    QSqlQuery q(store.database().connection());
    q.prepare(QStringLiteral("SELECT fields FROM outbox WHERE tbl = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

QString text(Store& store, const QString& sql)
{
    QSqlQuery q(store.database().connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

int count(Store& store, const QString& sql)
{
    return text(store, sql).toInt();
}

/// The answer of the web for a batch: every op inserted or updated, with made-up ids and hashes.
QJsonArray answer(const PushBatch& batch, const QString& prefix)
{
    QJsonArray results;
    for (qsizetype i = 0; i < batch.ops.size(); ++i) {
        const auto op = batch.ops.at(i).toObject();
        const QString id = op.value(QStringLiteral("id")).toString();
        results.append(QJsonObject{
            {QStringLiteral("table"), op.value(QStringLiteral("table"))},
            {QStringLiteral("clientId"), op.value(QStringLiteral("clientId"))},
            {QStringLiteral("result"), id.isEmpty() ? QStringLiteral("inserted") : QStringLiteral("updated")},
            {QStringLiteral("id"), id.isEmpty() ? prefix + QString::number(i) : id},
            {QStringLiteral("h"), QStringLiteral("%1").arg(i + 1, 16, 10, QLatin1Char('0'))}});
    }
    return results;
}

/// Pushes everything there is, answering for the web; returns the ops sent, batch by batch.
QList<QJsonArray> pushAll(Store& store, const QString& prefix)
{
    SyncOutbox outbox(store);
    RemoteChangeApplier applier(store);
    QList<QJsonArray> sent;
    for (int round = 0; round < 10; ++round) {
        auto batch = outbox.nextBatch(100, 1 << 20);
        if (!batch.ok() || batch.value.isEmpty())
            break;
        for (const auto& e : batch.value.dropped)
            outbox.confirm(e);
        if (batch.value.ops.isEmpty())
            continue;
        sent.append(batch.value.ops);
        AppliedChanges changes;
        if (applier.recordPush(batch.value,
                               answer(batch.value, prefix + QString::number(round) + QLatin1Char('-')),
                               changes))
            break;
        for (const auto& e : batch.value.entries)
            outbox.confirm(e);
    }
    return sent;
}

QJsonObject harnessDoc(const QString& id, const QString& h)
{
    return {{QStringLiteral("_id"), id},
            {QStringLiteral("_creationTime"), 1700000000000.0},
            {QStringLiteral("h"), h},
            {QStringLiteral("userId"), QStringLiteral("alice")},
            {QStringLiteral("name"), QStringLiteral("Web researcher")},
            {QStringLiteral("model"), QStringLiteral("claude-sonnet-4.6")},
            {QStringLiteral("status"), QStringLiteral("started")},
            {QStringLiteral("skills"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("cite")},
                                    {QStringLiteral("description"), QStringLiteral("Cites sources")}}}},
            {QStringLiteral("agent"), QStringLiteral("default")},
            {QStringLiteral("mcpServers"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Docs")},
                                    {QStringLiteral("url"), QStringLiteral("https://mcp.example/docs")},
                                    {QStringLiteral("authType"), QStringLiteral("bearer")},
                                    {QStringLiteral("authToken"), QStringLiteral("secret-bearer-123")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Tiger")},
                                    {QStringLiteral("url"), QStringLiteral("https://tiger.example")},
                                    {QStringLiteral("authType"), QStringLiteral("tiger_junction")}}}}};
}

QJsonObject conversationDoc(const QString& id, const QString& h, const QString& title)
{
    return {{QStringLiteral("_id"), id},
            {QStringLiteral("_creationTime"), 1700000000000.0},
            {QStringLiteral("h"), h},
            {QStringLiteral("title"), title},
            {QStringLiteral("userId"), u"alice"_s},
            {QStringLiteral("lastMessageAt"), 1700000001000.0},
            {QStringLiteral("workspaceId"), u"w1"_s}};
}

QJsonObject messageDoc(const QString& id, const QString& conversation, double at, const QString& role,
                       const QString& content)
{
    return {{QStringLiteral("_id"), id},
            {QStringLiteral("_creationTime"), at},
            {QStringLiteral("h"), QString(QStringLiteral("h-") + id)},
            {QStringLiteral("conversationId"), conversation},
            {QStringLiteral("role"), role},
            {QStringLiteral("content"), content}};
}

} // namespace

class TestSyncOutbox final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void localChangesAreQueuedOncePerRow()
    {
        TempStore t;
        auto c = t.addConversation(QStringLiteral("First"));
        QVERIFY(outboxFields(*t.store, QStringLiteral("conversations"), c.id).contains(QStringLiteral("*")));
        // Pinning syncs now (the web's pinnedAt); archiving stays on the device.
        QVERIFY(!t.store->conversations().setPinned(c.id, true));
        QVERIFY(!t.store->conversations().setArchived(c.id, true));
        QVERIFY(!t.store->conversations().rename(c.id, QStringLiteral("Second")));
        const QJsonObject fields = outboxFields(*t.store, QStringLiteral("conversations"), c.id);
        QVERIFY(fields.contains(QStringLiteral("pinned_at")));
        QVERIFY(fields.contains(QStringLiteral("title")));
        QVERIFY(!fields.contains(QStringLiteral("archived")));
        QCOMPARE(count(*t.store, QStringLiteral("SELECT count(*) FROM outbox")), 1);

        // A streaming answer waits until it stops streaming.
        Message m;
        m.conversationId = c.id;
        m.role = MessageRole::Assistant;
        m.status = MessageStatus::Streaming;
        QVERIFY(!t.store->messages().append(m));
        QVERIFY(outboxFields(*t.store, QStringLiteral("messages"), m.id).isEmpty());
        m.status = MessageStatus::Complete;
        QVERIFY(!t.store->messages().update(m));
        QVERIFY(!outboxFields(*t.store, QStringLiteral("messages"), m.id).isEmpty());
    }

    void opsAreTheWebsShapesAndWaitForTheRowsTheyReferTo()
    {
        TempStore t;
        StoredMcpServer stdio;
        stdio.config.name = QStringLiteral("files");
        stdio.config.transport = McpServerConfig::Transport::Stdio;
        stdio.config.command = QStringLiteral("mcp-files");
        QVERIFY(!t.store->mcpServers().create(stdio));
        StoredMcpServer http;
        http.config.name = QStringLiteral("search");
        http.config.transport = McpServerConfig::Transport::Http;
        http.config.url = QUrl(QStringLiteral("https://mcp.example/search"));
        http.config.auth = McpServerConfig::AuthKind::Bearer;
        QVERIFY(!t.store->mcpServers().create(http));
        Harness h;
        h.name = QStringLiteral("Researcher");
        h.model = QStringLiteral("claude-opus-4.7-thinking");
        h.status = HarnessStatus::Started;
        h.systemPrompt = QStringLiteral("Be careful.");
        h.skills = {Skill{QStringLiteral("cite"), QStringLiteral("Cites its sources")}};
        h.mcpServerIds = {stdio.id, http.id};
        QVERIFY(!t.store->harnesses().create(h));
        auto c = t.addConversation(QStringLiteral("Plan"));
        QVERIFY(!t.store->conversations().setLastHarness(c.id, h.id));
        t.addMessage(c.id, MessageRole::User, QStringLiteral("Where to?"));

        const auto batches = pushAll(*t.store, QStringLiteral("web"));
        // Harness first; the conversation needs its web id, the message the conversation's.
        QCOMPARE(batches.size(), 3);
        const QJsonObject harnessOp = batches.at(0).at(0).toObject();
        QCOMPARE(harnessOp.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
        QCOMPARE(harnessOp.value(QStringLiteral("clientId")).toString(), h.id);
        const QJsonObject fields = harnessOp.value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("model")).toString(),
                 QStringLiteral("claude-opus-4.7-thinking"));
        QCOMPARE(fields.value(QStringLiteral("skills"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("description")),
                 QJsonValue(QStringLiteral("Cites its sources")));
        // Only the URL server travels, and never a token.
        const QJsonArray servers = fields.value(QStringLiteral("mcpServers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("search")},
                              {QStringLiteral("url"), QStringLiteral("https://mcp.example/search")},
                              {QStringLiteral("authType"), QStringLiteral("bearer")}}));
        QVERIFY(!harnessOp.contains(QStringLiteral("base"))); // a new row: nothing to compare with
        const QJsonObject conversationOp = batches.at(1).at(0).toObject();
        QCOMPARE(
            conversationOp.value(QStringLiteral("fields")).toObject().value(QStringLiteral("lastHarnessId")),
            QJsonValue(QStringLiteral("web0-0")));
        const QJsonObject messageOp = batches.at(2).at(0).toObject();
        QCOMPARE(messageOp.value(QStringLiteral("op")).toString(), QStringLiteral("insert"));
        QCOMPARE(messageOp.value(QStringLiteral("conversationId")).toString(), QStringLiteral("web1-0"));
        QCOMPARE(t.store->harnesses().get(h.id).value.remoteId, QStringLiteral("web0-0"));
        QCOMPARE(count(*t.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // An edit sends only the changed field, with the value last seen on the web as its base.
        h = t.store->harnesses().get(h.id).value;
        h.name = QStringLiteral("Senior researcher");
        QVERIFY(!t.store->harnesses().update(h));
        const auto edit = pushAll(*t.store, QStringLiteral("again"));
        QCOMPARE(edit.size(), 1);
        const QJsonObject op = edit.at(0).at(0).toObject();
        QCOMPARE(op.value(QStringLiteral("id")).toString(), QStringLiteral("web0-0"));
        QCOMPARE(op.value(QStringLiteral("fields")).toObject().keys(), QStringList{QStringLiteral("name")});
        QCOMPARE(op.value(QStringLiteral("base")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Researcher"));

        // A delete names the web document the row was.
        QVERIFY(!t.store->conversations().remove(c.id));
        const auto deletes = pushAll(*t.store, QStringLiteral("d"));
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.at(0).at(0).toObject().value(QStringLiteral("op")).toString(),
                 QStringLiteral("delete"));
        QCOMPARE(deletes.at(0).at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("web1-0"));
    }

    void webHarnessesKeepTheirIdsAndTheirTokensGoToTheKeychainOnly()
    {
        TempStore t;
        RemoteChangeApplier applier(*t.store);
        AppliedChanges changes;
        QVERIFY(!applier.applyHarnesses({harnessDoc(QStringLiteral("h1"), QStringLiteral("aaaa"))}, changes));
        const auto h = t.store->harnesses().get(QStringLiteral("h1"));
        QVERIFY(h.ok());
        QCOMPARE(h.value.remoteId, QStringLiteral("h1"));
        QCOMPARE(h.value.model, QStringLiteral("claude-sonnet-4.6"));
        QCOMPARE(h.value.skills,
                 QList<Skill>{Skill(QStringLiteral("cite"), QStringLiteral("Cites sources"))});
        QCOMPARE(h.value.mcpServerIds.size(), 1); // the tiger_junction entry cannot run here
        QCOMPARE(t.store->mcpServers().get(h.value.mcpServerIds.first()).value.config.url.toString(),
                 QStringLiteral("https://mcp.example/docs"));
        QCOMPARE(changes.tokens.size(), 1);
        QCOMPARE(changes.tokens.first().token, QStringLiteral("secret-bearer-123"));
        QCOMPARE(changes.tokens.first().serverId, h.value.mcpServerIds.first());
        // Nothing echoes back, and the token is nowhere in SQLite.
        QCOMPARE(count(*t.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(
            count(*t.store,
                  QStringLiteral("SELECT count(*) FROM harnesses WHERE remote_base LIKE '%secret-bearer%'")),
            0);

        // An edit here sends the web's entries back (the one the desktop cannot run included).
        Harness edited = h.value;
        edited.name = QStringLiteral("Mine now");
        QVERIFY(!t.store->mcpServers().get(edited.mcpServerIds.first()).value.id.isEmpty());
        StoredMcpServer extra;
        extra.config.name = QStringLiteral("wiki");
        extra.config.transport = McpServerConfig::Transport::Http;
        extra.config.url = QUrl(QStringLiteral("https://mcp.example/wiki"));
        QVERIFY(!t.store->mcpServers().create(extra));
        edited.mcpServerIds.append(extra.id);
        QVERIFY(!t.store->harnesses().update(edited));
        const auto sent = pushAll(*t.store, QStringLiteral("x"));
        QCOMPARE(sent.size(), 1);
        const QJsonArray servers = sent.at(0)
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("fields"))
                                       .toObject()
                                       .value(QStringLiteral("mcpServers"))
                                       .toArray();
        QStringList urls;
        for (const auto& s : servers) {
            urls.append(s.toObject().value(QStringLiteral("url")).toString());
            QVERIFY(!s.toObject().contains(QStringLiteral("authToken")));
        }
        QCOMPARE(urls, (QStringList{QStringLiteral("https://mcp.example/docs"),
                                    QStringLiteral("https://mcp.example/wiki"),
                                    QStringLiteral("https://tiger.example")}));
        // The same document again changes nothing (same hash).
        AppliedChanges again;
        const QString stored =
            text(*t.store, QStringLiteral("SELECT remote_hash FROM harnesses WHERE id = 'h1'"));
        QCOMPARE(stored, QStringLiteral("0000000000000001")); // what the push answered
        QVERIFY(!applier.applyHarnesses({harnessDoc(QStringLiteral("h1"), stored)}, again));
        QCOMPARE(again.rows, 0);
    }

    void aLocalEditSurvivesAPullUnlessTheWebChangedTheSameField()
    {
        TempStore t;
        RemoteChangeApplier applier(*t.store);
        AppliedChanges changes;
        QVERIFY(!applier.applyConversations({conversationDoc(u"c1"_s, u"h1"_s, u"Trip"_s)}, changes));
        QVERIFY(!t.store->conversations().rename(QStringLiteral("c1"), QStringLiteral("Trip to Porto")));
        // The web pinned it meanwhile, title untouched: both stay.
        QJsonObject pinned = conversationDoc(u"c1"_s, u"h2"_s, u"Trip"_s);
        pinned.insert(QStringLiteral("pinnedAt"), 1700000005000.0);
        QVERIFY(!applier.applyConversations({pinned}, changes));
        auto c = t.store->conversations().get(QStringLiteral("c1")).value;
        QCOMPARE(c.title, QStringLiteral("Trip to Porto"));
        QVERIFY(c.pinned);
        QCOMPARE(c.pinnedAt, 1700000005000);
        // The web renamed it too: its title wins (what the push would have reported as a conflict).
        QVERIFY(!applier.applyConversations({conversationDoc(u"c1"_s, u"h3"_s, u"Trip (web)"_s)}, changes));
        c = t.store->conversations().get(QStringLiteral("c1")).value;
        QCOMPARE(c.title, QStringLiteral("Trip (web)"));
        QVERIFY(!c.pinned); // the web's document has no pinnedAt any more
    }

    void editForkSiblingsAreKeptButNotListed()
    {
        TempStore t;
        RemoteChangeApplier applier(*t.store);
        AppliedChanges changes;
        QJsonObject fork = conversationDoc(u"c2"_s, u"h"_s, u"Trip"_s);
        fork.insert(QStringLiteral("editParentConversationId"), QStringLiteral("c1"));
        QVERIFY(!applier.applyConversations({conversationDoc(u"c1"_s, u"h"_s, u"Trip"_s), fork}, changes));
        QVERIFY(t.store->conversations().get(QStringLiteral("c2")).ok());
        QCOMPARE(t.store->conversations().get(QStringLiteral("c2")).value.editParentId, QStringLiteral("c1"));
        QCOMPARE(t.store->conversations().count().value, 1);
        QCOMPARE(t.store->conversations().list(0, 10).value.size(), 1);
    }

    void webDeletionsWinButNothingTypedHereVanishes()
    {
        TempStore t;
        RemoteChangeApplier applier(*t.store);
        RemoteMessageApplier messages(*t.store);
        AppliedChanges changes;
        QVERIFY(!applier.applyHarnesses({harnessDoc(QStringLiteral("h1"), QStringLiteral("a"))}, changes));
        QVERIFY(!applier.applyConversations(
            {conversationDoc(u"c1"_s, u"h"_s, u"Kept"_s), conversationDoc(u"c2"_s, u"h"_s, u"Gone"_s)},
            changes));
        QVERIFY(!messages.apply(u"c1"_s, {messageDoc(u"m1"_s, u"c1"_s, 1700000000100.0, u"user"_s, u"Hi"_s)},
                                {}, nullptr, {}, changes));
        // Typed here, not pushed yet.
        const auto typed =
            t.addMessage(QStringLiteral("c1"), MessageRole::User, QStringLiteral("Unsent question"));
        // An edit of the harness here does not keep it alive when the web deleted it.
        Harness h = t.store->harnesses().get(QStringLiteral("h1")).value;
        h.name = QStringLiteral("Renamed here");
        QVERIFY(!t.store->harnesses().update(h));

        AppliedChanges deleted;
        QVERIFY(!applier.applyHarnesses({}, deleted));
        QVERIFY(!t.store->harnesses().get(QStringLiteral("h1")).ok());
        QVERIFY(!applier.removeConversations({QStringLiteral("c1"), QStringLiteral("c2")}, deleted));
        QVERIFY(!t.store->conversations().get(QStringLiteral("c2")).ok());
        // c1 stays on this device only, with just what was typed here, and says so.
        QVERIFY(t.store->conversations().get(QStringLiteral("c1")).ok());
        QVERIFY(t.store->conversations().get(QStringLiteral("c1")).value.remoteId.isEmpty());
        QVERIFY(!t.store->messages().get(QStringLiteral("m1")).ok());
        const auto kept = t.store->messages().get(typed.id);
        QVERIFY(kept.ok());
        QVERIFY(kept.value.error.contains(QStringLiteral("kept on this device only")));
        QCOMPARE(deleted.keptLocalMessages, 1);
        QCOMPARE(count(*t.store, QStringLiteral("SELECT count(*) FROM sync_excluded WHERE row_id = 'c1'")),
                 1);
        QCOMPARE(count(*t.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void webMessagesArriveInOrderAndTheirDigestMatchesTheStoredHashes()
    {
        TempStore t;
        RemoteChangeApplier applier(*t.store);
        RemoteMessageApplier messages(*t.store);
        AppliedChanges changes;
        QVERIFY(!applier.applyConversations({conversationDoc(u"c1"_s, u"h"_s, u"Q"_s)}, changes));
        const QJsonArray docs{messageDoc(u"m2"_s, u"c1"_s, 200.0, u"assistant"_s, u"Answer"_s),
                              messageDoc(u"m1"_s, u"c1"_s, 100.0, u"user"_s, u"Question"_s),
                              messageDoc(u"m3"_s, u"c1"_s, 300.0, u"user"_s, u"More"_s)};
        QVERIFY(!messages.apply(u"c1"_s, docs, {}, nullptr, {}, changes));
        QCOMPARE(
            text(*t.store, u"SELECT group_concat(id, ',') FROM (SELECT id FROM messages ORDER BY seq)"_s),
            QStringLiteral("m1,m2,m3"));
        QCOMPARE(messages.localDigest(u"c1"_s).value,
                 WebDigest::ofConversation({{u"m1"_s, u"h-m1"_s}, {u"m2"_s, u"h-m2"_s}, {u"m3"_s, u"h-m3"_s}},
                                           {}));
        QCOMPARE(count(*t.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // The web regenerated from m2 (messages:removeFrom) and a desktop superseded m1: the index
        // lists what is left; m1 is an earlier version now.
        const QJsonObject index{
            {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("_id"), u"m4"_s},
                                                                {QStringLiteral("_creationTime"), 400.0},
                                                                {QStringLiteral("h"), u"h-m4"_s}}}},
            {QStringLiteral("versions"),
             QJsonArray{QJsonObject{{QStringLiteral("_id"), u"v1"_s}, {QStringLiteral("h"), u"h-v1"_s}}}}};
        const QJsonObject version{
            {QStringLiteral("_id"), u"v1"_s},
            {QStringLiteral("_creationTime"), 450.0},
            {QStringLiteral("h"), u"h-v1"_s},
            {QStringLiteral("docId"), u"m1"_s},
            {QStringLiteral("supersededBy"), u"m4"_s},
            {QStringLiteral("createdAt"), 100.0},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("role"), u"user"_s}, {QStringLiteral("content"), u"Question"_s}}}};
        AppliedChanges later;
        QVERIFY(!messages.apply(u"c1"_s,
                                {messageDoc(u"m4"_s, u"c1"_s, 400.0, u"user"_s, u"Edited question"_s)},
                                {version}, &index, u"d1"_s, later));
        QVERIFY(!t.store->messages().get(u"m2"_s).ok());
        QVERIFY(!t.store->messages().get(u"m3"_s).ok());
        QCOMPARE(t.store->messages().get(u"m1"_s).value.supersededBy, QStringLiteral("m4"));
        QCOMPARE(t.store->messages().currentBranch(u"c1"_s).value.size(), 1);
        QVERIFY(later.supersededBranches.contains({u"c1"_s, u"m4"_s}));
        QCOMPARE(messages.localDigest(u"c1"_s).value,
                 WebDigest::ofConversation({{u"m4"_s, u"h-m4"_s}}, {{u"v1"_s, u"h-v1"_s}}));
        QCOMPARE(text(*t.store, u"SELECT remote_digest FROM conversations WHERE id = 'c1'"_s),
                 QStringLiteral("d1"));
    }

    void aConflictTakesTheWebsValue()
    {
        TempStore t;
        RemoteChangeApplier applier(*t.store);
        AppliedChanges changes;
        QVERIFY(!applier.applyConversations({conversationDoc(u"c1"_s, u"h1"_s, u"Trip"_s)}, changes));
        QVERIFY(!t.store->conversations().rename(u"c1"_s, u"Mine"_s));
        SyncOutbox outbox(*t.store);
        auto batch = outbox.nextBatch(10, 1 << 20);
        QVERIFY(batch.ok());
        QCOMPARE(batch.value.ops.size(), 1);
        QCOMPARE(batch.value.ops.at(0).toObject().value(u"base"_s).toObject().value(u"title"_s).toString(),
                 QStringLiteral("Trip"));
        // The web answers that someone renamed it meanwhile, with the stored document.
        const QJsonArray results{QJsonObject{{u"result"_s, u"updated"_s},
                                             {u"id"_s, u"c1"_s},
                                             {u"h"_s, u"h9"_s},
                                             {u"conflicts"_s, QJsonArray{u"title"_s}},
                                             {u"doc"_s, conversationDoc(u"c1"_s, u"h9"_s, u"Theirs"_s)}}};
        QVERIFY(!applier.recordPush(batch.value, results, changes));
        for (const auto& e : batch.value.entries)
            outbox.confirm(e);
        QCOMPARE(t.store->conversations().get(u"c1"_s).value.title, QStringLiteral("Theirs"));
        QCOMPARE(count(*t.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(text(*t.store, u"SELECT remote_hash FROM conversations WHERE id = 'c1'"_s),
                 QStringLiteral("h9"));
    }

    void uploadQueuesEveryRowAgainButNotTheSettings()
    {
        TempStore t;
        auto c = t.addConversation(QStringLiteral("Old"));
        t.addMessage(c.id, MessageRole::User, QStringLiteral("hello"));
        SyncOutbox outbox(*t.store);
        QVERIFY(!outbox.clear());
        QVERIFY(!outbox.enqueueAll());
        QCOMPARE(outbox.pendingCount().value, 2);
        QCOMPARE(outbox.localRowCount().value, 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"
