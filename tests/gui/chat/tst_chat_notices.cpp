// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// What a run tells besides its answer reaches the user in the chat view: the model's reasoning
// while it thinks (and after, on request), and a write that failed (the disk is full): said in
// the status bar and on the message, with its text still shown.
#include "chat_rig.h"
#include "gui/chat/message_actions.h"
#include "gui/chat/message_delegate.h"
#include "gui/chat/message_render_cache.h"
#include "gui/chat/message_view.h"

#include <QApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>

using namespace harness::core;
using harness::gui::MessageActions;
using harness::gui::MessageView;
using harness::test::ChatRig;
using harness::test::dripText;
using harness::test::ScriptedLlmServer;

namespace {

MessageView* messageView(ChatRig& rig)
{
    return rig.window->findChild<MessageView*>(QStringLiteral("messageView"));
}

QStyleOptionViewItem optionFor(MessageView* view, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.rect = view->visualRect(index);
    option.palette = view->palette();
    option.font = view->font();
    return option;
}

QModelIndex lastRow(ChatRig& rig)
{
    return rig.model().index(rig.model().rowCount() - 1);
}

QString shownReasoning(ChatRig& rig)
{
    auto* view = messageView(rig);
    return rig.model().rowCount() ? view->cache().shownReasoning(lastRow(rig), optionFor(view, lastRow(rig)))
                                  : QString();
}

QString shownCards(ChatRig& rig)
{
    auto* view = messageView(rig);
    return rig.model().rowCount() ? view->cache().shownCards(lastRow(rig), optionFor(view, lastRow(rig)))
                                  : QString();
}

/// Clicks the link `href` in the last row, as the user would.
bool clickLink(ChatRig& rig, const QString& href)
{
    auto* view = messageView(rig);
    view->scrollToBottom();
    QApplication::processEvents();
    const QModelIndex index = lastRow(rig);
    const QStyleOptionViewItem option = optionFor(view, index);
    for (int y = option.rect.top(); y < option.rect.bottom(); y += 2) {
        for (int x = option.rect.left(); x < option.rect.right(); x += 3) {
            if (view->delegate().linkAt(index, option, QPoint(x, y)) == href) {
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                return true;
            }
        }
    }
    return false;
}

/// A second connection to the store's database file, as another process would open it.
struct SideConnection {
    QString name = QStringLiteral("side-%1").arg(quintptr(this));
    QSqlDatabase db;

    explicit SideConnection(const QString& path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~SideConnection()
    {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.isActive();
    }
};

} // namespace

class TestChatNotices final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reasoningIsShownWhileTheModelThinks()
    {
        ChatRig rig;
        auto response = ScriptedLlmServer::Response::sse();
        response.chunk(ScriptedLlmServer::reasoningChunk(QStringLiteral("Weighing the options. ")))
            .wait(40)
            .chunk(ScriptedLlmServer::reasoningChunk(QStringLiteral("Porto is closer.")))
            .wait(800)
            .chunk(ScriptedLlmServer::textChunk(QStringLiteral("Go to Porto.")))
            .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop")))
            .done();
        rig.server.enqueue(response);
        rig.type(QStringLiteral("Where should I go?"));

        // Before any answer: the fold says the model is thinking.
        QTRY_VERIFY2(shownReasoning(rig).contains(QStringLiteral("Thinking…")),
                     qPrintable(shownReasoning(rig)));
        QVERIFY(!shownReasoning(rig).contains(QLatin1String("Weighing"))); // folded
        QVERIFY(rig.shownAnswer().isEmpty());
        // Opened while it thinks: the reasoning streamed so far.
        QVERIFY(clickLink(rig, MessageActions::href(MessageActions::Kind::ToggleReasoning)));
        QTRY_VERIFY2(shownReasoning(rig).contains(QLatin1String("Porto is closer.")),
                     qPrintable(shownReasoning(rig)));
        QVERIFY(shownReasoning(rig).contains(QLatin1String("Weighing the options.")));

        // Answered: the fold says how long it thought, and still shows the reasoning.
        QTRY_COMPARE(rig.shownAnswer(), QStringLiteral("Go to Porto."));
        QTRY_VERIFY2(shownReasoning(rig).contains(QLatin1String("Thought for")),
                     qPrintable(shownReasoning(rig)));
        QVERIFY(shownReasoning(rig).contains(QLatin1String("Porto is closer.")));
        // Closed again: only the summary line.
        QVERIFY(clickLink(rig, MessageActions::href(MessageActions::Kind::ToggleReasoning)));
        QTRY_VERIFY(!shownReasoning(rig).contains(QLatin1String("Porto is closer.")));
        QVERIFY(shownReasoning(rig).contains(QLatin1String("Thought for")));
    }

    void aFailedWriteIsSaidAndTheTextKept()
    {
        ChatRig rig;
        // Every write of a message fails from now on, as when the disk is full.
        SideConnection side(rig.temp.path());
        QVERIFY(side.exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE UPDATE ON messages "
                                         "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        rig.server.enqueue(harness::test::drip(QStringLiteral("kept"), 6, 40));
        rig.type(QStringLiteral("Say something"));

        // The status bar says so wherever the user is, and so does the message.
        QTRY_VERIFY(!rig.window->statusBar()->currentMessage().isEmpty());
        const QString status = rig.window->statusBar()->currentMessage();
        QTRY_VERIFY2(shownCards(rig).contains(QLatin1String("kept in memory")), qPrintable(shownCards(rig)));
        QVERIFY2(shownCards(rig).contains(status), qPrintable(shownCards(rig) + u" / " + status));
        // Nothing received is lost: the whole answer is shown.
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("kept"), 6));
        QTRY_VERIFY(!rig.engine->runs().isRunning(rig.page().conversationId()));
        QVERIFY(shownCards(rig).contains(QLatin1String("kept in memory")));
    }
};

QTEST_MAIN(TestChatNotices)
#include "tst_chat_notices.moc"
