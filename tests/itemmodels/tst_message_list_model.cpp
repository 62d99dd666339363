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
