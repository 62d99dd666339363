// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// A long conversation in the window: a search result far back opens the rows around it (not the
// whole history), reading down and "Jump to latest" reach the end, sending from there shows the
// new messages, and a streamed answer's row grows as its lines wrap.
#include "chat_rig.h"
#include "core/store/message_repository.h"

#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QToolButton>

using namespace harness::core;
using harness::test::ChatRig;
using harness::test::drip;
using harness::test::dripText;

namespace {

/// A conversation of `count` messages; their ids, oldest first.
QStringList addLongConversation(ChatRig& rig, const QString& conversationId, int count)
{
    QStringList ids;
    const auto error = rig.temp.store->database().write([&]() -> StoreError {
        for (int i = 1; i <= count; ++i) {
            Message m;
            m.conversationId = conversationId;
            m.role = i % 2 ? MessageRole::User : MessageRole::Assistant;
            m.content = i == 37
                            ? QStringLiteral("The word zanzibar appears only here (37).")
                            : QStringLiteral("Message %1 of a long talk.\n\nWith a second paragraph.").arg(i);
            if (auto e = rig.temp.store->messages().append(m))
                return e;
            ids.append(m.id);
        }
        return {};
    });
    if (error)
        qFatal("cannot write messages");
    return ids;
}

bool rowIsOnScreen(QListView* view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    return rect.isValid() && view->viewport()->rect().intersects(rect);
}

} // namespace

class TestChatHistory final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSearchResultFarBackOpensOnlyTheRowsAroundIt()
    {
        ChatRig rig;
        auto conversation = rig.temp.addConversation(QStringLiteral("Long talk"));
        const QStringList ids = addLongConversation(rig, conversation.id, 600);
        QVERIFY(QTest::qWaitForWindowExposed(rig.window.get()));
        auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
        auto* jump = rig.window->findChild<QToolButton*>(QStringLiteral("jumpToLatestButton"));

        // Search as the user does: Ctrl+K, a word, Enter on the result.
        QTest::keySequence(rig.window.get(), QKeySequence(Qt::CTRL | Qt::Key_K));
        auto* search = rig.window->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("zanzibar"));
        auto* results = rig.window->findChild<QListView*>(QStringLiteral("searchResults"));
        QTRY_COMPARE(results->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClick(results, Qt::Key_Return);
        QTRY_COMPARE(rig.page().conversationId(), conversation.id);

        // The hit is on screen, with a window of rows around it, not the 563 in between.
        QTRY_VERIFY(rig.model().rowOf(ids.at(36)) >= 0);
        QTRY_VERIFY(rowIsOnScreen(view, rig.model().rowOf(ids.at(36))));
        QVERIFY2(rig.model().rowCount() < 120, qPrintable(QString::number(rig.model().rowCount())));
        QVERIFY(rig.model().hasNewer());
        QTRY_VERIFY(jump->isVisible()); // the newest messages are not shown

        // Reading down loads what follows, a few rows at a time.
        const int before = rig.model().rowCount();
        for (int i = 0; i < 5; ++i) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QTest::qWait(30);
        }
        QTRY_VERIFY(rig.model().rowCount() > before);
        for (int r = 1; r < rig.model().rowCount(); ++r)
            QVERIFY(rig.model().messageAt(r - 1).seq < rig.model().messageAt(r).seq);

        // "Jump to latest" shows the newest message and follows again.
        jump->click();
        QTRY_VERIFY(!rig.model().hasNewer());
        QCOMPARE(rig.model().messageAt(rig.model().rowCount() - 1).id, ids.constLast());
        QTRY_VERIFY(rowIsOnScreen(view, rig.model().rowCount() - 1));
        QTRY_VERIFY(!jump->isVisible());
    }

    void sendingFromFarBackShowsTheNewMessagesAtTheEnd()
    {
        ChatRig rig;
        auto conversation = rig.temp.addConversation(QStringLiteral("Long talk"));
        const QStringList ids = addLongConversation(rig, conversation.id, 300);
        QVERIFY(QTest::qWaitForWindowExposed(rig.window.get()));
        rig.window->openConversation(conversation.id);
        rig.page().revealMessage(ids.at(10));
        QVERIFY(rig.model().hasNewer());
        rig.server.enqueue(drip(QStringLiteral("ok"), 3, 0));
        rig.type(QStringLiteral("And now?"));
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("ok"), 3));
        QVERIFY(!rig.model().hasNewer());
        const int rows = rig.model().rowCount();
        QCOMPARE(rig.model().messageAt(rows - 2).content, QStringLiteral("And now?"));
        QCOMPARE(rig.model().messageAt(rows - 3).id, ids.constLast());
        auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
        QTRY_VERIFY(rowIsOnScreen(view, rows - 1));
    }

    void aStreamedRowGrowsAsItsLinesWrap()
    {
        ChatRig rig;
        rig.server.enqueue(drip(QStringLiteral("longword"), 300, 2));
        rig.type(QStringLiteral("Talk a lot"));
        auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
        QTRY_VERIFY(rig.shownAnswer().size() > 40);
        const auto lastRowHeight = [&] {
            return view->visualRect(rig.model().index(rig.model().rowCount() - 1)).height();
        };
        const int early = lastRowHeight();
        QTRY_VERIFY_WITH_TIMEOUT(rig.button("sendButton")->isVisible(), 20'000);
        QCOMPARE(rig.shownAnswer(), dripText(QStringLiteral("longword"), 300));
        QTRY_VERIFY(lastRowHeight() > early + 3 * view->fontMetrics().height());
        // The whole answer is drawn inside its row, and the view follows it to the end.
        QTRY_VERIFY(rowIsOnScreen(view, rig.model().rowCount() - 1));
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    }
};

QTEST_MAIN(TestChatHistory)
#include "tst_chat_history.moc"
