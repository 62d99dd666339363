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

class TestMessageListModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hugeConversationOpensWithOnlyTheNewestPage()
    {
        TempStore temp;
        auto c = temp.addConversation(QStringLiteral("huge"));
        // 10,000 messages, written in one transaction as the benchmark does.
        QVERIFY(!temp.store->database().write([&]() -> StoreError {
            for (int i = 1; i <= 10'000; ++i) {
                Message m;
                m.conversationId = c.id;
                m.role = i % 2 ? MessageRole::User : MessageRole::Assistant;
                m.content = QStringLiteral("message %1").arg(i);
                if (auto e = temp.store->messages().append(m))
                    return e;
            }
            return {};
        }));
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
        QStringList ids;
        QVERIFY(!temp.store->database().write([&]() -> StoreError {
            for (int i = 1; i <= 1'000; ++i) {
                Message m;
                m.conversationId = c.id;
                m.role = i % 2 ? MessageRole::User : MessageRole::Assistant;
                m.content = QStringLiteral("message %1").arg(i);
                if (auto e = temp.store->messages().append(m))
                    return e;
                ids.append(m.id);
            }
            return {};
        }));
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
