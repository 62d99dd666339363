// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/store/conversation_repository.h"
#include "core/store/unread_repository.h"
#include "support/temp_store.h"

#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

class TestUnreadRepository final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void markClearAndList()
    {
        TempStore temp;
        auto a = temp.addConversation(QStringLiteral("a"));
        auto b = temp.addConversation(QStringLiteral("b"));
        QSignalSpy changed(temp.store.get(), &Store::unreadChanged);
        QVERIFY(!temp.store->unread().isUnread(a.id).value);
        QVERIFY(!temp.store->unread().mark(a.id, 1234));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), a.id);
        // Marking again keeps the first mark and announces nothing.
        QVERIFY(!temp.store->unread().mark(a.id));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!temp.store->unread().mark(b.id));
        QCOMPARE(temp.store->unread().all().value, (QSet<QString>{a.id, b.id}));
        QVERIFY(temp.store->unread().isUnread(a.id).value);

        QVERIFY(!temp.store->unread().clear(a.id));
        QCOMPARE(changed.count(), 3);
        QVERIFY(!temp.store->unread().isUnread(a.id).value);
        // Clearing what is not marked is fine and silent.
        QVERIFY(!temp.store->unread().clear(a.id));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(temp.store->unread().all().value, QSet<QString>{b.id});
    }

    void unknownConversationIsNotFound()
    {
        TempStore temp;
        const auto error = temp.store->unread().mark(QStringLiteral("no-such-id"));
        QCOMPARE(error.kind, StoreError::Kind::NotFound);
        QVERIFY(temp.store->unread().all().value.isEmpty());
    }

    void markGoesWithTheConversation()
    {
        TempStore temp;
        auto a = temp.addConversation(QStringLiteral("a"));
        QVERIFY(!temp.store->unread().mark(a.id));
        QVERIFY(!temp.store->conversations().remove(a.id));
        QVERIFY(temp.store->unread().all().value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnreadRepository)
#include "tst_unread_repository.moc"
