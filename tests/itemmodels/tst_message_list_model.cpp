// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/message_list_model.h"
#include "core/store/message_repository.h"
#include "support/temp_store.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

namespace {

/// "message 1" ... "message N", questions and answers in turn, written in one transaction as the
/// benchmark does; their ids.
QStringList addMessages(TempStore& temp, const QString& conversationId, int count)
{
    QStringList ids;
    const auto error = temp.store->database().write([&]() -> StoreError {
        for (int i = 1; i <= count; ++i) {
            Message m;
            m.conversationId = conversationId;
            m.role = i % 2 ? MessageRole::User : MessageRole::Assistant;
            m.content = QStringLiteral("message %1").arg(i);
            if (auto e = temp.store->messages().append(m))
                return e;
            ids.append(m.id);
        }
        return {};
    });
    if (error)
        qFatal("cannot write messages");
    return ids;
}

} // namespace

class TestMessageListModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hugeConversationOpensWithOnlyTheNewestPage()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("huge"));
        addMessages(temp, c.id, 10'000);
        MessageListModel model(*temp.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(c.id);
        QCOMPARE(model.rowCount(), MessageListModel::PageSize);
        QCOMPARE(model.index(model.rowCount() - 1).data(MessageListModel::ContentRole).toString(),
                 QStringLiteral("message 10000"));
        QVERIFY(model.hasOlder());
        QCOMPARE(model.fetchOlder(), MessageListModel::PageSize);
        QCOMPARE(model.rowCount(), 2 * MessageListModel::PageSize);
        QCOMPARE(model.index(0).data(MessageListModel::ContentRole).toString(),
                 QStringLiteral("message 9901"));
        // Walking all the way back reaches the first message and stops.
        while (model.hasOlder())
            model.fetchOlder();
        QCOMPARE(model.rowCount(), 10'000);
        QCOMPARE(model.index(0).data(MessageListModel::ContentRole).toString(), QStringLiteral("message 1"));
        QCOMPARE(model.fetchOlder(), 0);
    }

    void jumpingToAnOldMessageLoadsOnlyTheRowsAroundIt()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("long"));
        const QStringList ids = addMessages(temp, c.id, 1'000);
        MessageListModel model(*temp.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(c.id);
        QVERIFY(!model.hasNewer());

        // Message 100: ten before it, itself, ten after it; neither end of the conversation.
        QVERIFY(model.showAround(ids.at(99), 10));
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.messageAt(10).id, ids.at(99));
        QCOMPARE(model.messageAt(0).content, QStringLiteral("message 90"));
        QCOMPARE(model.messageAt(20).content, QStringLiteral("message 110"));
        QVERIFY(model.hasOlder());
        QVERIFY(model.hasNewer());

        // A message added now is not part of this window: it is read when the window gets there.
        const auto added = temp.addMessage(c.id, MessageRole::User, QStringLiteral("message 1001"));
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.rowOf(added.id), -1);

        // Reading down, a page at a time, reaches the newest message and then follows appends.
        QCOMPARE(model.fetchNewer(8), 8);
        QCOMPARE(model.messageAt(28).content, QStringLiteral("message 118"));
        while (model.hasNewer())
            model.fetchNewer(300);
        QCOMPARE(model.messageAt(model.rowCount() - 1).content, QStringLiteral("message 1001"));
        QCOMPARE(model.rowCount(), 21 + 891);
        temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("message 1002"));
        QCOMPARE(model.messageAt(model.rowCount() - 1).content, QStringLiteral("message 1002"));

        // Reading up from the window, a few rows at a time.
        QVERIFY(model.showAround(ids.at(4), 10));
        QCOMPARE(model.messageAt(0).content, QStringLiteral("message 1"));
        QVERIFY(!model.hasOlder());
        QCOMPARE(model.fetchOlder(5), 0);
        QVERIFY(model.showAround(ids.at(500), 3));
        QCOMPARE(model.fetchOlder(5), 5);
        QCOMPARE(model.messageAt(0).content, QStringLiteral("message 493"));

        // Another conversation's message, or none, is not shown.
        auto other = temp.addConversation(QStringLiteral("other"));
        const auto elsewhere = temp.addMessage(other.id, MessageRole::User, QStringLiteral("elsewhere"));
        QVERIFY(!model.showAround(elsewhere.id));
        QVERIFY(!model.showAround(QStringLiteral("no-such-message")));
        QCOMPARE(model.messageAt(8).id, ids.at(500)); // unchanged
        // Opening the conversation again shows the newest page, which follows appends again.
        model.setConversation(c.id);
        QVERIFY(!model.hasNewer());
        QCOMPARE(model.messageAt(model.rowCount() - 1).content, QStringLiteral("message 1002"));
    }

    void messagesSyncedBeforeShownOnesTakeTheirPlaceInAnyOrder()
    {
        // The sync applier places a message written earlier on another device before the later
        // ones (which move down a position) and then signals each new message; a page can hold
        // several, signalled in any order.
        for (const bool reversed : {false, true}) {
            TempStore temp;
            auto c = temp.addConversation(QStringLiteral("synced"));
            QStringList ids;
            for (const QString& text : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                        QStringLiteral("D"), QStringLiteral("E")})
                ids.append(temp.addMessage(c.id, MessageRole::User, text).id);
            MessageListModel model(*temp.store);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setConversation(c.id);
            const auto placeBefore = [&](const QString& id, const QString& text, const QString& beforeId) {
                const qint64 seq = temp.store->messages().get(beforeId).value.seq;
                QSqlQuery shift(temp.store->database().connection());
                shift.prepare(QStringLiteral(
                    "UPDATE messages SET seq = seq + 1 WHERE conversation_id = ? AND seq >= ?"));
                shift.addBindValue(c.id);
                shift.addBindValue(seq);
                QVERIFY(shift.exec());
                QSqlQuery insert(temp.store->database().connection());
                insert.prepare(
                    QStringLiteral("INSERT INTO messages (id, conversation_id, seq, role, content, status, "
                                   "parts, model, error, created_at, updated_at) "
                                   "VALUES (?, ?, ?, 'user', ?, 'complete', '[]', '', '', 1, 1)"));
                insert.addBindValue(id);
                insert.addBindValue(c.id);
                insert.addBindValue(seq);
                insert.addBindValue(text);
                QVERIFY(insert.exec());
            };
            placeBefore(QStringLiteral("x"), QStringLiteral("X"), ids.at(2)); // A B X C D E
            placeBefore(QStringLiteral("y"), QStringLiteral("Y"), ids.at(4)); // A B X C D Y E
            if (reversed) {
                Q_EMIT temp.store->messageAdded(c.id, QStringLiteral("y"));
                Q_EMIT temp.store->messageAdded(c.id, QStringLiteral("x"));
            } else {
                Q_EMIT temp.store->messageAdded(c.id, QStringLiteral("x"));
                Q_EMIT temp.store->messageAdded(c.id, QStringLiteral("y"));
            }
            QStringList shown;
            for (int r = 0; r < model.rowCount(); ++r)
                shown.append(model.messageAt(r).content);
            QCOMPARE(shown.join(QString()), QStringLiteral("ABXCDYE"));
            // Positions match the store, so reading on from here stays right.
            for (int r = 0; r < model.rowCount(); ++r)
                QCOMPARE(model.messageAt(r).seq, temp.store->messages().get(model.messageAt(r).id).value.seq);
        }
    }

    void followsAppendsAndEditsOfItsConversationOnly()
    {
        TempStore temp;
        auto shown = temp.addConversation(QStringLiteral("shown"));
        auto other = temp.addConversation(QStringLiteral("other"));
        temp.addMessage(shown.id, MessageRole::User, QStringLiteral("hello"));
        MessageListModel model(*temp.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(shown.id);
        QCOMPARE(model.rowCount(), 1);
        Message answer;
        answer.conversationId = shown.id;
        answer.role = MessageRole::Assistant;
        answer.status = MessageStatus::Streaming;
        QVERIFY(!temp.store->messages().append(answer));
        temp.addMessage(other.id, MessageRole::User, QStringLiteral("elsewhere"));
        QCOMPARE(model.rowCount(), 2);
        answer.content = QStringLiteral("Hi there");
        answer.status = MessageStatus::Complete;
        QVERIFY(!temp.store->messages().update(answer));
        QCOMPARE(model.index(1).data(MessageListModel::ContentRole).toString(), QStringLiteral("Hi there"));
        QCOMPARE(model.index(1).data(MessageListModel::StatusRole).toString(), QStringLiteral("complete"));
        QVERIFY(!temp.store->conversations().remove(shown.id));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_message_list_model.moc"
