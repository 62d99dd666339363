// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/itemmodels/conversation_list_model.h"
#include "support/temp_store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

namespace {

qint64 at(const QDateTime& now, int daysAgo, int hour)
{
    return QDateTime(now.date().addDays(-daysAgo), QTime(hour, 0)).toMSecsSinceEpoch();
}

/// The sidebar as text: "# Header" lines and conversation titles.
QStringList render(const ConversationListModel& model)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto index = model.index(r);
        const QString title = index.data(ConversationListModel::TitleRole).toString();
        lines.append(index.data(ConversationListModel::IsHeaderRole).toBool() ? QStringLiteral("# ") + title
                                                                              : title);
    }
    return lines;
}

} // namespace

class TestConversationListModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void groupsPinnedTodayYesterdayWeekOlder()
    {
        TempStore temp;
        const QDateTime now(QDate(2026, 6, 10), QTime(12, 0));
        temp.addConversation(QStringLiteral("ancient"), at(now, 30, 10));
        temp.addConversation(QStringLiteral("this morning"), at(now, 0, 8));
        temp.addConversation(QStringLiteral("last night"), at(now, 1, 23));
        temp.addConversation(QStringLiteral("three days"), at(now, 3, 9));
        temp.addConversation(QStringLiteral("favourite"), at(now, 40, 9), true);
        temp.addConversation(QStringLiteral("just now"), at(now, 0, 11));
        ConversationListModel model(*temp.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([now] { return now; });
        const QStringList expected{QStringLiteral("# Pinned"),     QStringLiteral("favourite"),
                                   QStringLiteral("# Today"),      QStringLiteral("just now"),
                                   QStringLiteral("this morning"), QStringLiteral("# Yesterday"),
                                   QStringLiteral("last night"),   QStringLiteral("# Previous 7 Days"),
                                   QStringLiteral("three days"),   QStringLiteral("# Older"),
                                   QStringLiteral("ancient")};
        QCOMPARE(render(model), expected);
        // Headers cannot be selected; conversations can.
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsSelectable));
        QVERIFY(model.flags(model.index(1)) & Qt::ItemIsSelectable);
        QCOMPARE(model.idAt(0), QString());
    }

    void followsTheStore()
    {
        TempStore temp;
        const QDateTime now = QDateTime::currentDateTime();
        // Minutes apart, not hours: both must fall on the same local day whenever the test runs
        // (hours apart, it failed in the first two hours after midnight).
        auto a = temp.addConversation(QStringLiteral("a"), now.addSecs(-120).toMSecsSinceEpoch());
        auto b = temp.addConversation(QStringLiteral("b"), now.addSecs(-60).toMSecsSinceEpoch());
        ConversationListModel model(*temp.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowOf(b.id), 1);
        QCOMPARE(model.rowOf(a.id), 2);
        // A new message moves a conversation to the top.
        temp.addMessage(a.id, MessageRole::User, QStringLiteral("bump"));
        QTRY_COMPARE(model.rowOf(a.id), 1);
        QVERIFY(!temp.store->conversations().rename(b.id, QStringLiteral("renamed")));
        QTRY_COMPARE(model.index(model.rowOf(b.id)).data(ConversationListModel::TitleRole).toString(),
                     QStringLiteral("renamed"));
        QVERIFY(!temp.store->conversations().remove(a.id));
        QTRY_COMPARE(model.rowOf(a.id), -1);
        QCOMPARE(model.conversationCount(), 1);
    }

    void loadsPageByPage()
    {
        TempStore temp;
        const qint64 base = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 450; ++i)
            temp.addConversation(QStringLiteral("c%1").arg(i), base - qint64(i) * 60'000);
        // (No QAbstractItemModelTester here: it calls fetchMore() itself.)
        ConversationListModel model(*temp.store);
        QCOMPARE(model.conversationCount(), ConversationListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.conversationCount(), 2 * ConversationListModel::PageSize);
        model.fetchMore({});
        QCOMPARE(model.conversationCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        // Newest first across page boundaries.
        QCOMPARE(model.index(model.rowOf(model.idAt(1))).data(ConversationListModel::TitleRole).toString(),
                 QStringLiteral("c0"));
        QCOMPARE(model.index(model.rowCount() - 1).data(ConversationListModel::TitleRole).toString(),
                 QStringLiteral("c449"));
    }

    void untitledConversationHasAReadableName()
    {
        TempStore temp;
        temp.addConversation(QString());
        ConversationListModel model(*temp.store);
        QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("New conversation"));
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversation_list_model.moc"
