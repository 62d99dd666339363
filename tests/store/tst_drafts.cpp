// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Drafts: what the user typed and did not send survives a restart, per conversation.
#include "core/store/draft_repository.h"
#include "support/temp_store.h"

#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

class TestDrafts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savedPerConversationAndAcrossReopen()
    {
        TempStore temp;
        const auto a = temp.addConversation(QStringLiteral("A"));
        const auto b = temp.addConversation(QStringLiteral("B"));
        QVERIFY(temp.store->drafts().load(a.id).value.isEmpty());
        QVERIFY(!temp.store->drafts().save(a.id, QStringLiteral("half a thought\nsecond line")));
        QVERIFY(!temp.store->drafts().save(b.id, QStringLiteral("other")));
        QVERIFY(!temp.store->drafts().save(a.id, QStringLiteral("a whole thought\nsecond line")));
        temp.store.reset();
        temp.store = std::make_unique<Store>(temp.path());
        QVERIFY(!temp.store->open());
        QCOMPARE(temp.store->drafts().load(a.id).value, QStringLiteral("a whole thought\nsecond line"));
        QCOMPARE(temp.store->drafts().load(b.id).value, QStringLiteral("other"));
    }

    void blankTextRemovesTheDraft()
    {
        TempStore temp;
        const auto a = temp.addConversation(QStringLiteral("A"));
        QVERIFY(!temp.store->drafts().save(a.id, QStringLiteral("typed")));
        QVERIFY(!temp.store->drafts().save(a.id, QStringLiteral("  \n ")));
        QVERIFY(temp.store->drafts().load(a.id).value.isEmpty());
    }

    void draftGoesWithItsConversation()
    {
        TempStore temp;
        const auto a = temp.addConversation(QStringLiteral("A"));
        QVERIFY(!temp.store->drafts().save(a.id, QStringLiteral("typed")));
        QVERIFY(!temp.store->conversations().remove(a.id));
        QVERIFY(temp.store->drafts().load(a.id).value.isEmpty());
        QCOMPARE(temp.store->drafts().save(QStringLiteral("missing"), QStringLiteral("x")).kind,
                 StoreError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
