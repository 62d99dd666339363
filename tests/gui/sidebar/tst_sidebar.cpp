// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The sidebar in the real main window: rename, pin, delete with undo, unread marks, shortcuts.
#include "core/engine/engine.h"
#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/deferred_deletion.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/unread_repository.h"
#include "gui/chat/chat_page.h"
#include "gui/main_window.h"
#include "gui/sidebar/sidebar.h"
#include "gui/theme.h"
#include "support/scripted_llm_server.h"
#include "support/temp_store.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace harness::core;
using namespace std::chrono_literals;
using harness::gui::MainWindow;
using harness::test::ScriptedLlmServer;
using harness::test::TempStore;

namespace {

struct Rig {
    TempStore temp;
    ScriptedLlmServer server;
    MemorySecretStore secrets;
    Engine engine{*temp.store, &secrets};
    Conversation older, newer;
    std::unique_ptr<MainWindow> window;
    QListView* list = nullptr;

    Rig()
    {
        server.listen();
        engine.providers().setOverride(ProviderConfig::custom(QStringLiteral("Scripted"), server.baseUrl()),
                                       QStringLiteral("sk-test"));
        engine.chat().setGenerateTitles(false);
        Harness h;
        h.name = QStringLiteral("Default");
        h.model = QStringLiteral("test/model");
        h.status = HarnessStatus::Started;
        temp.store->harnesses().create(h);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        older = temp.addConversation(QStringLiteral("Older talk"), now - 60'000);
        temp.addMessage(older.id, MessageRole::User, QStringLiteral("first question"), now - 60'000);
        newer = temp.addConversation(QStringLiteral("Newer talk"), now - 1000);
        window = std::make_unique<MainWindow>(*temp.store, engine, temp.dir.path());
        window->show();
        list = window->findChild<QListView*>(QStringLiteral("conversationList"));
    }

    QStringList rows() const
    {
        QStringList out;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            out.append(list->model()->index(r, 0).data(Qt::DisplayRole).toString());
        return out;
    }

    QModelIndex indexOf(const QString& id) const
    {
        return list->model()->index(window->sidebar().conversations().rowOf(id), 0);
    }

    void focusRow(const QString& id)
    {
        list->setFocus();
        list->setCurrentIndex(indexOf(id));
    }

    QAction* listAction(const char* name) const
    {
        return list->findChild<QAction*>(QString::fromLatin1(name));
    }
};

} // namespace

class TestSidebar final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void f2RenamesInline()
    {
        Rig rig;
        QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
        rig.focusRow(rig.older.id);
        QTest::keyClick(rig.list, Qt::Key_F2);
        auto* editor = rig.list->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        QCOMPARE(editor->text(), QStringLiteral("Older talk"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Trip to Porto"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn
        QTRY_COMPARE(rig.temp.store->conversations().get(rig.older.id).value.title,
                     QStringLiteral("Trip to Porto"));
        QTRY_VERIFY(rig.rows().contains(QStringLiteral("Trip to Porto")));
        // An empty title is refused: the old one stays.
        QTest::keyClick(rig.list, Qt::Key_F2);
        editor = rig.list->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->clear();
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!rig.list->findChild<QLineEdit*>()); // the delegate commits on the next turn
        QTRY_COMPARE(rig.temp.store->conversations().get(rig.older.id).value.title,
                     QStringLiteral("Trip to Porto"));
    }

    void contextMenuOffersRenamePinDelete()
    {
        Rig rig;
        QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
        QVERIFY(!rig.temp.store->conversations().setPinned(rig.older.id, true));
        QTRY_COMPARE(rig.rows().value(1), QStringLiteral("Older talk"));
        rig.focusRow(rig.older.id);
        QStringList entries;
        QTimer::singleShot(200, this, [&entries] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* action : menu->actions()) {
                if (!action->isSeparator())
                    entries.append(action->text());
            }
            menu->close();
        });
        // The keyboard's menu key opens the menu of the current row.
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(0, 0),
                                rig.list->viewport()->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(rig.list, &event);
        QCOMPARE(entries, (QStringList{QString::fromUtf8("Rename\u2026"), QStringLiteral("Unpin"),
                                       QStringLiteral("Delete")}));
    }

    void pinMovesToThePinnedGroupAndBack()
    {
        Rig rig;
        rig.focusRow(rig.older.id);
        rig.listAction("pinConversationAction")->trigger();
        QVERIFY(rig.temp.store->conversations().get(rig.older.id).value.pinned);
        QTRY_COMPARE(rig.rows().mid(0, 2),
                     (QStringList{QStringLiteral("Pinned"), QStringLiteral("Older talk")}));
        rig.focusRow(rig.older.id);
        rig.listAction("pinConversationAction")->trigger();
        QVERIFY(!rig.temp.store->conversations().get(rig.older.id).value.pinned);
        QTRY_VERIFY(!rig.rows().contains(QStringLiteral("Pinned")));
    }

    void deleteThenUndoRestoresExactly()
    {
        Rig rig;
        QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
        rig.window->openConversation(rig.older.id);
        const QStringList before = rig.rows();
        rig.focusRow(rig.older.id);
        QTest::keyClick(rig.list, Qt::Key_Delete);
        // The row is gone at once; the open conversation made way; the store still has it.
        QVERIFY(!rig.rows().contains(QStringLiteral("Older talk")));
        QVERIFY(rig.window->chatPage().conversationId() != rig.older.id);
        QVERIFY(rig.temp.store->conversations().get(rig.older.id).ok());
        auto* bar = rig.window->findChild<QWidget*>(QStringLiteral("undoBar"));
        QVERIFY(bar->isVisible());
        rig.window->findChild<QPushButton*>(QStringLiteral("undoButton"))->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(rig.rows(), before);
        QCOMPARE(rig.window->chatPage().conversationId(), rig.older.id);
        QCOMPARE(rig.temp.store->messages().page(rig.older.id, 0, 10).value.size(), 1);
    }

    void deleteHappensWhenTheUndoBarExpires()
    {
        Rig rig;
        rig.window->sidebar().deletion().setUndoWindow(200ms);
        rig.focusRow(rig.newer.id);
        rig.listAction("deleteConversationAction")->trigger();
        auto* bar = rig.window->findChild<QWidget*>(QStringLiteral("undoBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(rig.temp.store->conversations().get(rig.newer.id).ok());
        QTRY_VERIFY(!rig.temp.store->conversations().get(rig.newer.id).ok());
        QVERIFY(!bar->isVisible());
        QVERIFY(!rig.rows().contains(QStringLiteral("Newer talk")));
        QVERIFY(rig.rows().contains(QStringLiteral("Older talk")));
    }

    void quittingDuringTheUndoWindowDeletes()
    {
        Rig rig;
        QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
        rig.focusRow(rig.newer.id);
        QTest::keyClick(rig.list, Qt::Key_Delete);
        QVERIFY(rig.temp.store->conversations().get(rig.newer.id).ok());
        rig.window->close();
        QVERIFY(!rig.temp.store->conversations().get(rig.newer.id).ok());
        QVERIFY(rig.temp.store->conversations().get(rig.older.id).ok());
    }

    void answerFinishedOutOfSightIsUnreadUntilOpened()
    {
        Rig rig;
        auto slow = ScriptedLlmServer::Response::sse();
        for (int i = 0; i < 5; ++i)
            slow.chunk(ScriptedLlmServer::textChunk(QStringLiteral("part%1 ").arg(i))).wait(60);
        slow.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop"))).done();
        rig.server.enqueue(slow);
        rig.window->openConversation(rig.older.id);
        auto* composer = rig.window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Tell me slowly"));
        QTest::keyClick(composer, Qt::Key_Return);
        const QModelIndex olderRow = rig.indexOf(rig.older.id);
        QTRY_COMPARE(olderRow.data(ConversationListModel::ActivityRole).toInt(),
                     int(ConversationListModel::Activity::Streaming));
        // The user looks at another conversation while the answer finishes.
        rig.window->openConversation(rig.newer.id);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.engine.runs().isRunning(rig.older.id), 10'000);
        QTRY_VERIFY(rig.indexOf(rig.older.id).data(ConversationListModel::UnreadRole).toBool());
        QVERIFY(rig.temp.store->unread().isUnread(rig.older.id).value);
        QVERIFY(rig.indexOf(rig.older.id)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QLatin1String("unread")));
        QVERIFY(!rig.indexOf(rig.newer.id).data(ConversationListModel::UnreadRole).toBool());
        // Opening it clears the mark.
        rig.window->openConversation(rig.older.id);
        QTRY_VERIFY(!rig.indexOf(rig.older.id).data(ConversationListModel::UnreadRole).toBool());
        QVERIFY(!rig.temp.store->unread().isUnread(rig.older.id).value);

        // An answer the user watches to the end is never marked.
        rig.server.enqueue(ScriptedLlmServer::Response::sse()
                               .chunk(ScriptedLlmServer::textChunk(QStringLiteral("seen")))
                               .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop")))
                               .done());
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Again"));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.engine.runs().isRunning(rig.older.id), 10'000);
        QTest::qWait(50);
        QVERIFY(!rig.temp.store->unread().isUnread(rig.older.id).value);
    }

    void shortcutsMoveBetweenConversationsAndAreListed()
    {
        Rig rig;
        QVERIFY(QTest::qWaitForWindowActive(rig.window.get()));
        rig.window->openConversation(rig.newer.id);
        auto* composer = rig.window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        composer->setFocus();
        // Ctrl+Tab works even from the composer, which otherwise takes Tab.
        QTest::keyClick(composer, Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(rig.window->chatPage().conversationId(), rig.older.id);
        QTest::keyClick(composer, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(rig.window->chatPage().conversationId(), rig.newer.id);
        QTest::keyClick(rig.window.get(), Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(rig.window->chatPage().conversationId(), rig.older.id);
        QTest::keyClick(rig.window.get(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(rig.window->chatPage().conversationId(), rig.newer.id);
        rig.window->sidebar().setFocus();
        QTest::keyClick(rig.window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(composer->hasFocus());

        QTest::keyClick(rig.window.get(), Qt::Key_F1);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = rig.window->findChild<QDialog*>(QStringLiteral("shortcutsDialog"))));
        auto* table = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTable"));
        QStringList lines;
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            lines.append(table->topLevelItem(i)->text(0) + QStringLiteral(": ") +
                         table->topLevelItem(i)->text(1));
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("New chat: Ctrl+N")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Search conversations: Ctrl+K")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Next conversation: Ctrl+Tab or Alt+Down")), qPrintable(all));
        QVERIFY2(all.contains(QString::fromUtf8("Rename\u2026: F2")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Delete: Del")), qPrintable(all));
        dialog->reject();
    }

    void themesSwitchAndIconsFollow()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        harness::gui::applyTheme(UserSettings::Theme::System); // captures the platform look
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        const QIcon send = harness::gui::themedIcon(QStringLiteral("send"));
        QVERIFY(!send.isNull());
        QVERIFY(harness::gui::themedIcon(QStringLiteral("no-such-icon")).isNull());
        const auto inkOf = [](const QIcon& icon) {
            // The darkest or lightest opaque pixel: the stroke colour.
            const QImage image = icon.pixmap(QSize(48, 48), 2.0).toImage();
            QColor ink;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) == 255)
                        ink = QColor(image.pixel(x, y));
            return ink;
        };
        QCOMPARE(send.pixmap(QSize(48, 48), 2.0).size(), QSize(96, 96)); // sharp on high-DPI screens

        harness::gui::applyTheme(UserSettings::Theme::Dark);
        QVERIFY(harness::gui::isDarkPalette(QApplication::palette()));
        QCOMPARE(inkOf(send), QApplication::palette().color(QPalette::ButtonText));
        harness::gui::applyTheme(UserSettings::Theme::Light);
        QVERIFY(!harness::gui::isDarkPalette(QApplication::palette()));
        QCOMPARE(inkOf(send), QApplication::palette().color(QPalette::ButtonText));
        harness::gui::applyTheme(UserSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }

    void everyControlHasAnAccessibleName()
    {
        Rig rig;
        const auto* sidebar = &rig.window->sidebar();
        for (auto* widget : sidebar->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                                 qobject_cast<QAbstractItemView*>(widget);
            if (!control || widget->parentWidget() == nullptr ||
                widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (qobject_cast<QLineEdit*>(widget->parentWidget()))
                continue; // the line edit's own clear button and icon
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2)").arg(
                         widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
        }
    }
};

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
