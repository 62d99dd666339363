// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The message list after edit and resend: the replaced branch leaves the view, and the earlier
// version can be shown above its replacement (and hidden again), nested versions included.
#include "core/itemmodels/message_list_model.h"
#include "core/store/message_repository.h"
#include "support/temp_store.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace harness::core;
using harness::test::TempStore;

namespace {

QStringList shown(const MessageListModel& model)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto index = model.index(r);
        texts.append(
            (index.data(MessageListModel::SupersededRole).toBool() ? QStringLiteral("~") : QString()) +
            index.data(MessageListModel::ContentRole).toString());
    }
    return texts;
}

Message replace(TempStore& temp, const QString& id, const QString& text)
{
    Message m;
    m.role = MessageRole::User;
    m.content = text;
    if (temp.store->messages().appendReplacing(id, m))
        qFatal("cannot replace");
    return m;
}

} // namespace

class TestMessageListVersions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editReplacesTheBranchAndKeepsTheEarlierVersion()
    {
        TempStore temp;
        const auto c = temp.addConversation(QStringLiteral("c"));
        temp.addMessage(c.id, MessageRole::User, QStringLiteral("hi"));
        temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("hello"));
        const auto q1 = temp.addMessage(c.id, MessageRole::User, QStringLiteral("v1"));
        temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("a1"));
        MessageListModel model(*temp.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(c.id);
        QCOMPARE(shown(model), (QStringList{u"hi"_qs, u"hello"_qs, u"v1"_qs, u"a1"_qs}));

        // The view follows the edit live.
        const auto q2 = replace(temp, q1.id, QStringLiteral("v2"));
        QCOMPARE(shown(model), (QStringList{u"hi"_qs, u"hello"_qs, u"v2"_qs}));
        QVERIFY(model.index(2).data(MessageListModel::HasEarlierVersionRole).toBool());
        QVERIFY(!model.index(0).data(MessageListModel::HasEarlierVersionRole).toBool());
        temp.addMessage(c.id, MessageRole::Assistant, QStringLiteral("a2"));

        const auto q3 = replace(temp, q2.id, QStringLiteral("v3"));
        QCOMPARE(shown(model), (QStringList{u"hi"_qs, u"hello"_qs, u"v3"_qs}));

        // Reopened, the same.
        model.setConversation(c.id);
        QCOMPARE(shown(model), (QStringList{u"hi"_qs, u"hello"_qs, u"v3"_qs}));
        QVERIFY(model.index(2).data(MessageListModel::HasEarlierVersionRole).toBool());

        // Show the earlier version, then the one before it (inside it), then hide all of it.
        model.setEarlierVersionShown(q3.id, true);
        QVERIFY(model.isEarlierVersionShown(q3.id));
        QCOMPARE(shown(model), (QStringList{u"hi"_qs, u"hello"_qs, u"~v2"_qs, u"~a2"_qs, u"v3"_qs}));
        QVERIFY(model.index(4).data(MessageListModel::EarlierVersionShownRole).toBool());
        QVERIFY(model.index(2).data(MessageListModel::HasEarlierVersionRole).toBool());
        model.setEarlierVersionShown(q2.id, true);
        QCOMPARE(shown(model),
                 (QStringList{u"hi"_qs, u"hello"_qs, u"~v1"_qs, u"~a1"_qs, u"~v2"_qs, u"~a2"_qs, u"v3"_qs}));
        model.setEarlierVersionShown(q2.id, false);
        QCOMPARE(shown(model), (QStringList{u"hi"_qs, u"hello"_qs, u"~v2"_qs, u"~a2"_qs, u"v3"_qs}));
        model.setEarlierVersionShown(q2.id, true);
        model.setEarlierVersionShown(q3.id, false);
        QCOMPARE(shown(model), (QStringList{u"hi"_qs, u"hello"_qs, u"v3"_qs}));
        QVERIFY(!model.isEarlierVersionShown(q2.id));

        // Editing while an earlier version is shown takes it along.
        model.setEarlierVersionShown(q3.id, true);
        replace(temp, q3.id, QStringLiteral("v4"));
        QCOMPARE(shown(model), (QStringList{u"hi"_qs, u"hello"_qs, u"v4"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestMessageListVersions)
#include "tst_message_list_versions.moc"
