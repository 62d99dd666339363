// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Edit and resend keeps the old branch: superseded rows leave the conversation as shown (pages,
// counts, the model's history) and stay readable as the earlier version.
#include "core/engine/history_builder.h"
#include "core/store/message_repository.h"
#include "support/temp_store.h"

#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

class TestMessageBranches final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void replacingSupersedesTheMessageAndWhatFollows()
    {
        TempStore temp;
        auto& messages = temp.store->messages();
        const auto c = temp.addConversation(QStringLiteral("Trip"));
        const auto q0 = temp.addMessage(c.id, MessageRole::User, QStringLiteral("Plan a trip"));
        const auto a0 = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("Where to?"));
        const auto q1 = temp.addMessage(c.id, MessageRole::User, QStringLiteral("Tokyo"));
        const auto a1 = temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("Tokyo is big"));

        QSignalSpy superseded(temp.store.get(), &Store::messagesSuperseded);
        QSignalSpy added(temp.store.get(), &Store::messageAdded);
        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("Kyoto");
        QVERIFY(!messages.appendReplacing(q1.id, edit));
        QCOMPARE(edit.conversationId, c.id);
        QCOMPARE(superseded.count(), 1);
        QCOMPARE(superseded.first().at(1).toString(), edit.id);
        QCOMPARE(added.count(), 1);

        // As shown: the start of the conversation, then the new message.
        const auto page = messages.page(c.id, 0, 50).value;
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).id, q0.id);
        QCOMPARE(page.at(1).id, a0.id);
        QCOMPARE(page.at(2).id, edit.id);
        QCOMPARE(messages.count(c.id).value, 3);

        // The earlier version is kept, in order, and points at its replacement.
        const auto earlier = messages.supersededBy(edit.id).value;
        QCOMPARE(earlier.size(), 2);
        QCOMPARE(earlier.at(0).id, q1.id);
        QCOMPARE(earlier.at(1).id, a1.id);
        QCOMPARE(messages.get(a1.id).value.supersededBy, edit.id);
        QVERIFY(messages.get(a0.id).value.supersededBy.isEmpty());
        QCOMPARE(messages.replacingMessages(c.id).value, QSet<QString>{edit.id});
        QVERIFY(messages.supersededBy(a0.id).value.isEmpty());

        // A superseded message cannot be replaced again (its replacement can).
        Message again;
        again.role = MessageRole::User;
        again.content = QStringLiteral("Osaka");
        QCOMPARE(messages.appendReplacing(q1.id, again).kind, StoreError::Kind::Invalid);
        QVERIFY(!messages.appendReplacing(edit.id, again));
        QCOMPARE(messages.supersededBy(again.id).value.size(), 1);
        QCOMPARE(messages.supersededBy(edit.id).value.size(), 2); // the first edit's own history stays
        QCOMPARE(messages.count(c.id).value, 3);
    }

    void historySentToTheModelIsTheCurrentBranch()
    {
        TempStore temp;
        const auto c = temp.addConversation(QStringLiteral("Branch"));
        const auto q = temp.addMessage(c.id, MessageRole::User, QStringLiteral("old question"));
        temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("old answer"));
        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("new question");
        QVERIFY(!temp.store->messages().appendReplacing(q.id, edit));
        Harness harness;
        const auto history = HistoryBuilder::build(*temp.store, c.id, harness);
        QVERIFY(history.ok());
        QCOMPARE(history.value.size(), 1);
        QCOMPARE(history.value.constFirst().content, QStringLiteral("new question"));
    }

    void unknownMessageCannotBeReplaced()
    {
        TempStore temp;
        Message edit;
        edit.role = MessageRole::User;
        edit.content = QStringLiteral("x");
        QCOMPARE(temp.store->messages().appendReplacing(QStringLiteral("nope"), edit).kind,
                 StoreError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMessageBranches)
#include "tst_message_branches.moc"
