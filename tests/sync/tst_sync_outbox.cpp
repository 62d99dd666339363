// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The outbox triggers of migrations 4 and 6, batches for sync:push and applying pulled pages,
// without a network.
#include "core/model/ids.h"
#include "core/store/conversation_repository.h"
#include "core/store/message_repository.h"
#include "core/sync/remote_change_applier.h"
#include "core/sync/sync_outbox.h"
#include "support/temp_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace harness::core;
using harness::test::TempStore;

namespace {

struct Row {
    QString op;
    QJsonObject fields;
    qint64 revision = -1;
};

Row outboxRow(Store& store, const QString& table, const QString& id)
{
    QSqlQuery q(store.database().connection());
    q.prepare(QStringLiteral("SELECT op, fields, revision FROM outbox WHERE tbl = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
            q.value(2).toLongLong()};
}

int outboxSize(Store& store)
{
    QSqlQuery q(store.database().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM outbox"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestSyncOutbox final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void localChangesAreQueuedOncePerRow()
    {
        TempStore t;
        auto c = t.addConversation(QStringLiteral("First"));
        QCOMPARE(outboxRow(*t.store, QStringLiteral("conversations"), c.id).op, QStringLiteral("upsert"));
        QVERIFY(
            outboxRow(*t.store, QStringLiteral("conversations"), c.id).fields.contains(QStringLiteral("*")));
        const qint64 revision = outboxRow(*t.store, QStringLiteral("conversations"), c.id).revision;

        // A local-only column (pinned) queues nothing; a synced one merges into the same entry.
        QVERIFY(!t.store->conversations().setPinned(c.id, true));
        QCOMPARE(outboxRow(*t.store, QStringLiteral("conversations"), c.id).revision, revision);
        QVERIFY(!t.store->conversations().rename(c.id, QStringLiteral("Second")));
        const Row renamed = outboxRow(*t.store, QStringLiteral("conversations"), c.id);
        QVERIFY(renamed.fields.contains(QStringLiteral("title")));
        QCOMPARE(renamed.revision, revision + 1);
        QCOMPARE(outboxSize(*t.store), 1);

        // A streaming answer waits until it stops streaming.
        Message m;
        m.conversationId = c.id;
        m.role = MessageRole::Assistant;
        m.status = MessageStatus::Streaming;
        QVERIFY(!t.store->messages().append(m));
        m.content = QStringLiteral("partial");
        QVERIFY(!t.store->messages().update(m));
        QCOMPARE(outboxRow(*t.store, QStringLiteral("messages"), m.id).op, QString());
        m.status = MessageStatus::Stopped;
        QVERIFY(!t.store->messages().update(m));
        QCOMPARE(outboxRow(*t.store, QStringLiteral("messages"), m.id).op, QStringLiteral("upsert"));

        // Deleting the conversation: one delete for it, none for its messages.
        QVERIFY(!t.store->conversations().remove(c.id));
        QCOMPARE(outboxRow(*t.store, QStringLiteral("conversations"), c.id).op, QStringLiteral("delete"));
        QCOMPARE(outboxRow(*t.store, QStringLiteral("messages"), m.id).op, QStringLiteral("upsert"));
        SyncOutbox outbox(t.store->database());
        auto batch = outbox.nextBatch(100, 1 << 20);
        QVERIFY(batch.ok());
        QCOMPARE(batch.value.ops.size(), 1); // the message row is gone: dropped, not pushed
        QCOMPARE(batch.value.ops.at(0).toObject().value(QStringLiteral("op")).toString(),
                 QStringLiteral("delete"));
        QCOMPARE(batch.value.dropped.size(), 1);
    }

    void batchesSplitFieldsByEditTime()
    {
        TempStore t;
        auto c = t.addConversation(QStringLiteral("Times"));
        SyncOutbox outbox(t.store->database());
        QVERIFY(!outbox.setRemoteId(QStringLiteral("conversations"), c.id, QStringLiteral("remote1")));
        QVERIFY(!t.store->database().exec(QStringLiteral("UPDATE outbox SET fields = '{\"title\": 100, "
                                                         "\"last_message_at\": 200}'")));
        auto batch = outbox.nextBatch(100, 1 << 20);
        QVERIFY(batch.ok());
        QCOMPARE(batch.value.ops.size(), 2);
        const auto first = batch.value.ops.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("updatedAt")).toInteger(), 100);
        QCOMPARE(first.value(QStringLiteral("fields")).toObject().keys(),
                 QStringList{QStringLiteral("title")});
        QCOMPARE(batch.value.ops.at(1).toObject().value(QStringLiteral("fields")).toObject().keys(),
                 QStringList{QStringLiteral("lastMessageAt")});

        // Confirming removes the entry, unless the row changed again after the batch was read.
        QVERIFY(!t.store->conversations().rename(c.id, QStringLiteral("Changed meanwhile")));
        QVERIFY(!outbox.confirm(batch.value.entries.at(0)));
        QCOMPARE(outboxSize(*t.store), 1);
        batch = outbox.nextBatch(100, 1 << 20);
        QVERIFY(!outbox.confirm(batch.value.entries.at(0)));
        QCOMPARE(outboxSize(*t.store), 0);
    }

    void pulledChangesDoNotEchoAndKeepNewerLocalEdits()
    {
        TempStore t;
        RemoteChangeApplier applier(t.store->database());
        const QJsonObject remote{
            {QStringLiteral("_id"), QStringLiteral("r1")},
            {QStringLiteral("_creationTime"), 1000.0},
            {QStringLiteral("clientId"), QStringLiteral("conv-1")},
            {QStringLiteral("title"), QStringLiteral("From the web")},
            {QStringLiteral("lastMessageAt"), 2000.0},
            {QStringLiteral("fieldUpdatedAt"), QJsonObject{{QStringLiteral("title"), 1500.0}}}};
        const QJsonObject message{
            {QStringLiteral("_id"), QStringLiteral("r2")},
            {QStringLiteral("clientId"), QStringLiteral("msg-1")},
            {QStringLiteral("conversationClientId"), QStringLiteral("conv-1")},
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"), QStringLiteral("Answer")},
            {QStringLiteral("status"), QStringLiteral("complete")},
            {QStringLiteral("parts"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning")},
                                    {QStringLiteral("text"), QStringLiteral("hmm")}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("totalTokens"), 7}}},
            {QStringLiteral("createdAt"), 1900.0},
            {QStringLiteral("clientUpdatedAt"), 1900.0}};
        AppliedChanges changes;
        // The message comes first (its conversation changed later): a placeholder holds it.
        QVERIFY(!applier.apply(
            {{QStringLiteral("messages"), QJsonArray{message}}, {QStringLiteral("cursor"), 5}}, changes));
        QVERIFY(!applier.apply(
            {{QStringLiteral("conversations"), QJsonArray{remote}}, {QStringLiteral("cursor"), 6}}, changes));
        QCOMPARE(outboxSize(*t.store), 0);
        QCOMPARE(t.store->conversations().get(QStringLiteral("conv-1")).value.title,
                 QStringLiteral("From the web"));
        auto m = t.store->messages().get(QStringLiteral("msg-1"));
        QVERIFY(m.ok());
        QCOMPARE(m.value.parts.size(), 2); // reasoning + usage
        SyncOutbox outbox(t.store->database());
        QCOMPARE(outbox.cursor().value, 6);

        // A local rename not pushed yet, newer than the server's edit, survives a pull.
        QVERIFY(!t.store->conversations().rename(QStringLiteral("conv-1"), QStringLiteral("Mine")));
        QVERIFY(!applier.apply(
            {{QStringLiteral("conversations"), QJsonArray{remote}}, {QStringLiteral("cursor"), 7}}, changes));
        QCOMPARE(t.store->conversations().get(QStringLiteral("conv-1")).value.title, QStringLiteral("Mine"));

        // A tombstone removes the row and its pending edit.
        QJsonObject tombstone = remote;
        tombstone.insert(QStringLiteral("deletedAt"), 3000.0);
        QVERIFY(!applier.apply(
            {{QStringLiteral("conversations"), QJsonArray{tombstone}}, {QStringLiteral("cursor"), 8}},
            changes));
        QVERIFY(!t.store->conversations().get(QStringLiteral("conv-1")).ok());
        QVERIFY(!t.store->messages().get(QStringLiteral("msg-1")).ok());
        QCOMPARE(outboxSize(*t.store), 0);
    }

    void aRemoteStreamingMessageIsNeverPushedBack()
    {
        TempStore t;
        RemoteChangeApplier applier(t.store->database());
        AppliedChanges changes;
        QJsonObject web{{QStringLiteral("_id"), QStringLiteral("r9")},
                        {QStringLiteral("clientId"), QStringLiteral("web-msg")},
                        {QStringLiteral("conversationClientId"), QStringLiteral("web-conv")},
                        {QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), QStringLiteral("Half")},
                        {QStringLiteral("status"), QStringLiteral("streaming")},
                        {QStringLiteral("createdAt"), 1000.0},
                        {QStringLiteral("clientUpdatedAt"), 1000.0}};
        QVERIFY(!applier.apply({{QStringLiteral("messages"), QJsonArray{web}}, {QStringLiteral("cursor"), 1}},
                               changes));
        // The app quits and restarts: the store marks it interrupted; that must not reach the
        // server as this device's version of someone else's answer.
        QCOMPARE(t.store->messages().recoverInterrupted().value, 1);
        SyncOutbox outbox(t.store->database());
        auto batch = outbox.nextBatch(100, 1 << 20);
        QVERIFY(batch.ok());
        QCOMPARE(batch.value.ops.size(), 0);
        // The finished answer arrives later and replaces the interrupted copy.
        web.insert(QStringLiteral("content"), QStringLiteral("Half and whole"));
        web.insert(QStringLiteral("status"), QStringLiteral("complete"));
        web.insert(QStringLiteral("clientUpdatedAt"), double(nowMs() + 60'000));
        QVERIFY(!applier.apply({{QStringLiteral("messages"), QJsonArray{web}}, {QStringLiteral("cursor"), 2}},
                               changes));
        auto m = t.store->messages().get(QStringLiteral("web-msg"));
        QCOMPARE(m.value.content, QStringLiteral("Half and whole"));
        QCOMPARE(changes.changedMessages.size(), 1); // an open view refreshes the row
        QCOMPARE(changes.changedMessages.at(0).second, QStringLiteral("web-msg"));
        QCOMPARE(m.value.status, MessageStatus::Complete);
    }

    void editAndResendPushesTheBranchMarkOfMessagesTheServerHas()
    {
        TempStore t;
        SyncOutbox outbox(t.store->database());
        auto c = t.addConversation(QStringLiteral("Trip"));
        auto q = t.addMessage(c.id, MessageRole::User, QStringLiteral("Tokyo?"));
        auto a = t.addMessage(c.id, MessageRole::Assistant, QStringLiteral("Tokyo!"));
        // Pushed and confirmed: the server has them (remote ids), nothing is pending.
        auto batch = outbox.nextBatch(100, 1 << 20);
        QCOMPARE(batch.value.entries.size(), 3);
        for (const auto& entry : std::as_const(batch.value.entries)) {
            QVERIFY(!outbox.confirm(entry));
            QVERIFY(!outbox.setRemoteId(entry.table, entry.rowId, QStringLiteral("r-") + entry.rowId));
        }
        QCOMPARE(outboxSize(*t.store), 0);

        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("Kyoto?");
        QVERIFY(!t.store->messages().appendReplacing(q.id, edit));
        const qint64 markedAt = t.store->messages().get(a.id).value.updatedAt;
        QCOMPARE(outboxRow(*t.store, QStringLiteral("messages"), a.id).fields,
                 (QJsonObject{{QStringLiteral("superseded_by"), double(markedAt)}}));

        batch = outbox.nextBatch(100, 1 << 20);
        QVERIFY(batch.ok());
        QJsonObject byClient;
        for (const auto& op : std::as_const(batch.value.ops))
            byClient.insert(op[QStringLiteral("clientId")].toString(), op);
        QCOMPARE(byClient.size(), 4); // the conversation (last message time), the new message, two marks
        // The new message goes whole; the replaced ones carry only their mark, never their content
        // (messages are append-only on the server).
        QCOMPARE(byClient[edit.id][QStringLiteral("op")].toString(), QStringLiteral("upsert"));
        QVERIFY(
            !byClient[edit.id][QStringLiteral("fields")].toObject().contains(QStringLiteral("supersededBy")));
        for (const auto& id : {q.id, a.id}) {
            const auto op = byClient[id].toObject();
            QCOMPARE(op, (QJsonObject{{QStringLiteral("table"), QStringLiteral("messages")},
                                      {QStringLiteral("op"), QStringLiteral("supersede")},
                                      {QStringLiteral("clientId"), id},
                                      {QStringLiteral("updatedAt"), double(markedAt)},
                                      {QStringLiteral("supersededBy"), edit.id}}));
        }
        for (const auto& entry : std::as_const(batch.value.entries))
            QVERIFY(!outbox.confirm(entry));

        // A later local change of a pushed message's other columns still travels never again.
        QVERIFY(!t.store->database().exec(
            QStringLiteral("UPDATE messages SET status = 'stopped' WHERE id = '%1'").arg(a.id)));
        QCOMPARE(outbox.nextBatch(100, 1 << 20).value.ops.size(), 0);

        // Making it current again travels as a cleared mark.
        QVERIFY(!t.store->messages().setSupersededBy(a.id, QString()));
        batch = outbox.nextBatch(100, 1 << 20);
        QCOMPARE(batch.value.ops.size(), 1);
        QCOMPARE(batch.value.ops.at(0)[QStringLiteral("op")].toString(), QStringLiteral("supersede"));
        QVERIFY(batch.value.ops.at(0)[QStringLiteral("supersededBy")].isNull());
    }

    void aMessageSupersededBeforeItsFirstPushCarriesTheMark()
    {
        TempStore t;
        SyncOutbox outbox(t.store->database());
        auto c = t.addConversation(QStringLiteral("Trip"));
        auto q = t.addMessage(c.id, MessageRole::User, QStringLiteral("Tokyo?"));
        // The answer was still streaming when the user edited the question.
        Message answer;
        answer.conversationId = c.id;
        answer.role = MessageRole::Assistant;
        answer.status = MessageStatus::Streaming;
        QVERIFY(!t.store->messages().append(answer));
        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("Kyoto?");
        QVERIFY(!t.store->messages().appendReplacing(q.id, edit));
        answer.content = QStringLiteral("Tok");
        answer.status = MessageStatus::Stopped;
        QVERIFY(!t.store->messages().update(answer));

        const auto batch = outbox.nextBatch(100, 1 << 20);
        QVERIFY(batch.ok());
        QHash<QString, QJsonObject> byClient;
        for (const auto& op : std::as_const(batch.value.ops))
            byClient.insert(op[QStringLiteral("clientId")].toString(), op.toObject());
        for (const auto& id : {q.id, answer.id}) {
            QCOMPARE(byClient[id][QStringLiteral("op")].toString(), QStringLiteral("upsert"));
            QCOMPARE(byClient[id][QStringLiteral("fields")][QStringLiteral("supersededBy")].toString(),
                     edit.id);
        }
        QCOMPARE(byClient[answer.id][QStringLiteral("fields")][QStringLiteral("content")].toString(),
                 QStringLiteral("Tok"));
    }

    void pulledBranchMarksApplyUnlessANewerLocalOneWaits()
    {
        TempStore t;
        RemoteChangeApplier applier(t.store->database());
        const auto doc = [](const QString& id, const QString& content, double createdAt) {
            return QJsonObject{{QStringLiteral("_id"), QString(QStringLiteral("r-") + id)},
                               {QStringLiteral("clientId"), id},
                               {QStringLiteral("conversationClientId"), QStringLiteral("conv")},
                               {QStringLiteral("role"), QStringLiteral("assistant")},
                               {QStringLiteral("content"), content},
                               {QStringLiteral("status"), QStringLiteral("complete")},
                               {QStringLiteral("createdAt"), createdAt},
                               {QStringLiteral("clientUpdatedAt"), createdAt}};
        };
        AppliedChanges changes;
        QJsonObject old = doc(QStringLiteral("old"), QStringLiteral("old answer"), 1000);
        QVERIFY(!applier.apply({{QStringLiteral("messages"), QJsonArray{old}}, {QStringLiteral("cursor"), 1}},
                               changes));
        QVERIFY(changes.supersededBranches.isEmpty());

        // Another device edited and resent: the replacing message arrives already marked-free,
        // the old one with its mark (and a message arriving already superseded keeps its mark).
        QJsonObject replacing = doc(QStringLiteral("new"), QStringLiteral("new question"), 3000);
        replacing.insert(QStringLiteral("role"), QStringLiteral("user"));
        old.insert(QStringLiteral("supersededBy"), QStringLiteral("new"));
        old.insert(QStringLiteral("supersededAt"), 3000.0);
        QJsonObject alsoOld = doc(QStringLiteral("old2"), QStringLiteral("old follow-up"), 2000);
        alsoOld.insert(QStringLiteral("supersededBy"), QStringLiteral("new"));
        alsoOld.insert(QStringLiteral("supersededAt"), 3000.0);
        changes = {};
        QVERIFY(!applier.apply({{QStringLiteral("messages"), QJsonArray{replacing, old, alsoOld}},
                                {QStringLiteral("cursor"), 2}},
                               changes));
        QCOMPARE(changes.supersededBranches,
                 (QSet<std::pair<QString, QString>>{{QStringLiteral("conv"), QStringLiteral("new")}}));
        // Open views append the new message; the one arriving already superseded stays hidden.
        QCOMPARE(changes.appendedMessages,
                 (QList<std::pair<QString, QString>>{{QStringLiteral("conv"), QStringLiteral("new")}}));
        QCOMPARE(outboxSize(*t.store), 0); // nothing echoes back
        auto& messages = t.store->messages();
        QCOMPARE(messages.get(QStringLiteral("old")).value.supersededBy, QStringLiteral("new"));
        QCOMPARE(messages.get(QStringLiteral("old")).value.content, QStringLiteral("old answer"));
        const auto shown = messages.page(QStringLiteral("conv"), 0, 10).value;
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).id, QStringLiteral("new"));
        QCOMPARE(messages.supersededBy(QStringLiteral("new")).value.size(), 2);

        // Here, the old answer is made current again and not pushed yet: an older server mark
        // does not undo that; a newer one wins.
        QVERIFY(!messages.setSupersededBy(QStringLiteral("old"), QString()));
        changes = {};
        QVERIFY(!applier.apply({{QStringLiteral("messages"), QJsonArray{old}}, {QStringLiteral("cursor"), 3}},
                               changes));
        QVERIFY(messages.get(QStringLiteral("old")).value.supersededBy.isEmpty());
        old.insert(QStringLiteral("supersededAt"), double(nowMs() + 60'000));
        QVERIFY(!applier.apply({{QStringLiteral("messages"), QJsonArray{old}}, {QStringLiteral("cursor"), 4}},
                               changes));
        QCOMPARE(messages.get(QStringLiteral("old")).value.supersededBy, QStringLiteral("new"));
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"
