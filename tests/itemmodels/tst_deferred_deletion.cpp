// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/deferred_deletion.h"
#include "core/store/unread_repository.h"
#include "support/temp_store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace harness::core;
using namespace std::chrono_literals;
using harness::test::TempStore;

namespace {

QStringList titles(const ConversationListModel& model)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r)
        lines.append(model.index(r).data(ConversationListModel::TitleRole).toString());
    return lines;
}

struct Seed {
    TempStore temp;
    Conversation older, middle, newest;
    Seed()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        older = temp.addConversation(QStringLiteral("older"), now - 3000);
        middle = temp.addConversation(QStringLiteral("middle"), now - 2000, true);
        newest = temp.addConversation(QStringLiteral("newest"), now - 1000);
        temp.addMessage(middle.id, MessageRole::User, QStringLiteral("keep me"), now - 2000);
    }
    bool exists(const QString& id) { return temp.store->conversations().get(id).ok(); }
};

} // namespace

class TestDeferredDeletion final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowLeavesAtOnceAndTheStoreDeletesWhenTheWindowEnds()
    {
        Seed seed;
        ConversationListModel model(*seed.temp.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeferredDeletion deletion(*seed.temp.store, model);
        deletion.setUndoWindow(150ms);
        QSignalSpy deleted(&deletion, &DeferredDeletion::deleted);
        const QStringList before = titles(model);
        QVERIFY(before.contains(QStringLiteral("middle")));

        QVERIFY(!deletion.schedule(seed.middle.id));
        // Gone from the list (with its "Pinned" group), still in the store.
        QVERIFY(!titles(model).contains(QStringLiteral("middle")));
        QVERIFY(!titles(model).contains(QStringLiteral("Pinned")));
        QCOMPARE(model.rowOf(seed.middle.id), -1);
        QVERIFY(seed.exists(seed.middle.id));
        QCOMPARE(deletion.pendingTitle(), QStringLiteral("middle"));

        // A store change meanwhile (another conversation renamed) does not bring it back.
        QVERIFY(!seed.temp.store->conversations().rename(seed.older.id, QStringLiteral("older!")));
        QTRY_VERIFY(titles(model).contains(QStringLiteral("older!")));
        QCOMPARE(model.rowOf(seed.middle.id), -1);

        QTRY_COMPARE(deleted.count(), 1);
        QVERIFY(!seed.exists(seed.middle.id));
        QCOMPARE(seed.temp.store->messages().page(seed.middle.id, 0, 10).value.size(), 0);
        QCOMPARE(model.rowOf(seed.middle.id), -1);
        QVERIFY(deletion.pendingId().isEmpty());
    }

    void undoRestoresTheRowExactly()
    {
        Seed seed;
        ConversationListModel model(*seed.temp.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!seed.temp.store->unread().mark(seed.middle.id));
        DeferredDeletion deletion(*seed.temp.store, model);
        deletion.setUndoWindow(100ms);
        QSignalSpy deleted(&deletion, &DeferredDeletion::deleted);
        const QStringList before = titles(model);
        const int row = model.rowOf(seed.middle.id);

        QVERIFY(!deletion.schedule(seed.middle.id));
        QVERIFY(titles(model) != before);
        QVERIFY(deletion.undo());
        QCOMPARE(titles(model), before);
        QCOMPARE(model.rowOf(seed.middle.id), row);
        const auto index = model.index(row);
        QVERIFY(index.data(ConversationListModel::PinnedRole).toBool());
        QVERIFY(index.data(ConversationListModel::UnreadRole).toBool());
        // The undo window passing later deletes nothing.
        QTest::qWait(250);
        QCOMPARE(deleted.count(), 0);
        QVERIFY(seed.exists(seed.middle.id));
        QCOMPARE(seed.temp.store->messages().page(seed.middle.id, 0, 10).value.first().content,
                 QStringLiteral("keep me"));
        QVERIFY(!deletion.undo()); // nothing pending any more
    }

    void quittingDuringTheWindowDeletes()
    {
        Seed seed;
        ConversationListModel model(*seed.temp.store);
        {
            DeferredDeletion deletion(*seed.temp.store, model); // default 10 s window
            QVERIFY(!deletion.schedule(seed.newest.id));
            QVERIFY(seed.exists(seed.newest.id));
        } // the app quits: the pending deletion is carried out
        QVERIFY(!seed.exists(seed.newest.id));
        QVERIFY(seed.exists(seed.older.id));
    }

    void aSecondDeletionCarriesOutTheFirst()
    {
        Seed seed;
        ConversationListModel model(*seed.temp.store);
        DeferredDeletion deletion(*seed.temp.store, model);
        QSignalSpy aboutToDelete(&deletion, &DeferredDeletion::aboutToDelete);
        QVERIFY(!deletion.schedule(seed.newest.id));
        QVERIFY(!deletion.schedule(seed.older.id));
        QCOMPARE(aboutToDelete.count(), 1);
        QCOMPARE(aboutToDelete.at(0).at(0).toString(), seed.newest.id);
        QVERIFY(!seed.exists(seed.newest.id));
        QVERIFY(seed.exists(seed.older.id));
        QCOMPARE(titles(model).count(QStringLiteral("older")), 0);
        QVERIFY(deletion.undo());
        QVERIFY(titles(model).contains(QStringLiteral("older")));
        QVERIFY(!titles(model).contains(QStringLiteral("newest")));
    }

    void unknownConversationIsRefused()
    {
        Seed seed;
        ConversationListModel model(*seed.temp.store);
        DeferredDeletion deletion(*seed.temp.store, model);
        QCOMPARE(deletion.schedule(QStringLiteral("nope")).kind, StoreError::Kind::NotFound);
        QVERIFY(deletion.pendingId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeferredDeletion)
#include "tst_deferred_deletion.moc"
