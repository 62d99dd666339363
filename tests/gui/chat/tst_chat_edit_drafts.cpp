// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Edit and resend (the old branch is kept and can be shown), regenerate, drafts that survive a
// switch and a restart, the header's title and harness switcher, suggested prompts.
#include "chat_rig.h"
#include "core/store/conversation_repository.h"
#include "core/store/draft_repository.h"
#include "core/store/message_repository.h"
#include "core/store/settings_repository.h"
#include "gui/chat/chat_header.h"
#include "gui/chat/composer.h"
#include "gui/chat/message_actions.h"
#include "gui/chat/message_delegate.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>

using namespace harness::core;
using harness::gui::MessageActions;
using harness::test::ChatRig;
using harness::test::drip;
using harness::test::dripText;

namespace {

/// Clicks the footer link `kind` of the message at `row`, as the user would.
bool clickAction(ChatRig& rig, int row, MessageActions::Kind kind)
{
    auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
    auto* delegate = qobject_cast<harness::gui::MessageDelegate*>(view->itemDelegate());
    view->scrollTo(rig.model().index(row));
    QApplication::processEvents();
    QStyleOptionViewItem option;
    option.rect = view->visualRect(rig.model().index(row));
    option.palette = view->palette();
    option.font = view->font();
    const QString target = MessageActions::href(kind);
    for (int y = option.rect.top(); y < option.rect.bottom(); y += 2) {
        for (int x = option.rect.left(); x < option.rect.right(); x += 3) {
            if (delegate->linkAt(rig.model().index(row), option, QPoint(x, y)) == target) {
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TestChatEditDrafts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editAndResendKeepsTheOldBranch()
    {
        ChatRig rig;
        rig.server.enqueue(drip(QStringLiteral("lisbon"), 3, 0));
        rig.type(QStringLiteral("Plan Lisbon"));
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("lisbon"), 3));
        QTRY_VERIFY(rig.button("sendButton")->isVisible());
        const QString conversation = rig.page().conversationId();

        // Edit the question: the composer holds it, Send sends the new version.
        QVERIFY(clickAction(rig, 0, MessageActions::Kind::Edit));
        QCOMPARE(rig.page().composer().editing(), rig.model().messageAt(0).id);
        QCOMPARE(rig.composer()->toPlainText(), QStringLiteral("Plan Lisbon"));
        rig.composer()->selectAll();
        rig.server.enqueue(drip(QStringLiteral("porto"), 3, 0));
        rig.type(QStringLiteral("Plan Porto"));
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("porto"), 3));
        QCOMPARE(rig.shownTexts(),
                 (QStringList{QStringLiteral("Plan Porto"), dripText(QStringLiteral("porto"), 3)}));
        QVERIFY(rig.composer()->toPlainText().isEmpty());
        // The model was asked the new question only.
        const auto sent = rig.server.requests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0)[QStringLiteral("content")].toString(), QStringLiteral("Plan Porto"));

        // The old branch is kept: "Edited · show earlier version" shows it above.
        QVERIFY(rig.model().index(0).data(MessageListModel::HasEarlierVersionRole).toBool());
        QVERIFY(clickAction(rig, 0, MessageActions::Kind::ToggleEarlierVersion));
        QTRY_COMPARE(rig.model().rowCount(), 4);
        QCOMPARE(rig.shownTexts().mid(0, 2),
                 (QStringList{QStringLiteral("Plan Lisbon"), dripText(QStringLiteral("lisbon"), 3)}));
        QVERIFY(rig.model().index(0).data(MessageListModel::SupersededRole).toBool());
        QVERIFY(clickAction(rig, 2, MessageActions::Kind::ToggleEarlierVersion));
        QTRY_COMPARE(rig.model().rowCount(), 2);

        // Regenerate the answer: a new answer, the previous one kept as the earlier version.
        rig.server.enqueue(drip(QStringLiteral("again"), 2, 0));
        QVERIFY(clickAction(rig, 1, MessageActions::Kind::Regenerate));
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("again"), 2));
        QCOMPARE(rig.model().rowCount(), 2);
        QCOMPARE(rig.temp.store->messages().count(conversation).value, 2);
    }

    void draftSurvivesSwitchAndRestart()
    {
        ChatRig rig;
        rig.server.enqueue(drip(QStringLiteral("a"), 2, 0));
        rig.type(QStringLiteral("first chat"));
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("a"), 2));
        const QString first = rig.page().conversationId();
        rig.type(QStringLiteral("half a thought"), false);

        // Switch to a new chat: its own (empty) draft; type there too.
        rig.window->newChat();
        QVERIFY(rig.composer()->toPlainText().isEmpty());
        rig.type(QStringLiteral("new chat idea"), false);
        rig.window->openConversation(first);
        QCOMPARE(rig.composer()->toPlainText(), QStringLiteral("half a thought"));
        QCOMPARE(rig.temp.store->drafts().load(first).value, QStringLiteral("half a thought"));
        rig.window->newChat();
        QCOMPARE(rig.composer()->toPlainText(), QStringLiteral("new chat idea"));

        // Typing is saved a moment later without switching.
        rig.window->openConversation(first);
        QTest::keyClicks(rig.composer(), QStringLiteral(", more"));
        QTRY_COMPARE(rig.temp.store->drafts().load(first).value, QStringLiteral("half a thought, more"));
        QTest::keyClicks(rig.composer(), QStringLiteral("!"));

        // Quit and start again on the same store: both drafts are back.
        rig.restartWindow();
        QCOMPARE(rig.page().conversationId(), first);
        QCOMPARE(rig.composer()->toPlainText(), QStringLiteral("half a thought, more!"));
        rig.window->newChat();
        QCOMPARE(rig.composer()->toPlainText(), QStringLiteral("new chat idea"));

        // Sending clears the draft.
        rig.window->openConversation(first);
        rig.server.enqueue(drip(QStringLiteral("b"), 1, 0));
        QTest::keyClick(rig.composer(), Qt::Key_Return);
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("b"), 1));
        QTRY_VERIFY(rig.temp.store->drafts().load(first).value.isEmpty());
    }

    void headerRenamesAndSwitchesHarness()
    {
        ChatRig rig;
        Harness other;
        other.name = QStringLiteral("Other");
        other.model = QStringLiteral("other/model");
        other.status = HarnessStatus::Started;
        QVERIFY(!rig.temp.store->harnesses().create(other));

        // Suggested prompts on the empty conversation send at a click.
        auto* chip = rig.window->findChild<QPushButton*>(QStringLiteral("suggestedPrompt"));
        QVERIFY(chip && chip->isVisible());
        rig.server.enqueue(drip(QStringLiteral("x"), 1, 0));
        auto* switcher = rig.window->findChild<QComboBox*>(QStringLiteral("harnessSwitcher"));
        switcher->setCurrentIndex(switcher->findData(rig.harness.id));
        chip->click();
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("x"), 1));
        QCOMPARE(rig.model().messageAt(0).content, QStringLiteral("Plan a weekend in Lisbon"));
        const QString first = rig.page().conversationId();

        // Rename inline.
        auto* title = rig.window->findChild<QLineEdit*>(QStringLiteral("conversationTitle"));
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Weekend plans"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(rig.temp.store->conversations().get(first).value.title, QStringLiteral("Weekend plans"));

        // Another conversation answered by the other harness.
        rig.window->newChat();
        switcher->setCurrentIndex(switcher->findData(other.id));
        rig.server.enqueue(drip(QStringLiteral("y"), 1, 0));
        rig.type(QStringLiteral("hello other"));
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("y"), 1));
        QCOMPARE(rig.server.requests().last().json().value(QStringLiteral("model")).toString(),
                 QStringLiteral("other/model"));

        // Auto-switch (on by default): opening the first conversation selects its harness.
        rig.window->openConversation(first);
        QCOMPARE(switcher->currentData().toString(), rig.harness.id);
        // Off: the switcher keeps the user's choice.
        auto settings = rig.temp.store->settings().load().value;
        settings.autoSwitchHarness = false;
        QVERIFY(!rig.temp.store->settings().save(settings));
        switcher->setCurrentIndex(switcher->findData(other.id));
        rig.window->newChat();
        rig.window->openConversation(first);
        QCOMPARE(switcher->currentData().toString(), other.id);
    }
};

QTEST_MAIN(TestChatEditDrafts)
#include "tst_chat_edit_drafts.moc"
