// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The main window chatting with the scripted model server: send, stream, stop, switch.
#include "chat_rig.h"
#include "core/itemmodels/conversation_list_model.h"
#include "gui/chat/message_delegate.h"
#include "gui/chat/message_render_cache.h"
#include "gui/chat/message_view.h"
#include "gui/sidebar/sidebar.h"

#include <QClipboard>
#include <QListView>

using namespace harness::core;
using harness::test::drip;
using harness::test::dripText;
using harness::test::ScriptedLlmServer;
using Rig = harness::test::ChatRig;

class TestChatStream final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sendThenTokensAppearThenFinished()
    {
        Rig rig;
        rig.server.enqueue(drip(QStringLiteral("w"), 20, 15));
        rig.type(QStringLiteral("Count for me"));
        auto* stop = rig.window->findChild<QPushButton*>(QStringLiteral("stopButton"));
        auto* send = rig.window->findChild<QPushButton*>(QStringLiteral("sendButton"));
        QTRY_VERIFY(stop->isVisible());
        QVERIFY(!send->isVisible());
        // Tokens show up while the answer is still streaming.
        QTRY_VERIFY(rig.shownAnswer().startsWith(QLatin1String("w0 w1")));
        QVERIFY(stop->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(rig.shownAnswer(), dripText(QStringLiteral("w"), 20), 15'000);
        QTRY_VERIFY(!stop->isVisible());
        QVERIFY(send->isVisible());
        const auto& model = rig.window->chatPage().messages();
        QCOMPARE(model.index(model.rowCount() - 1).data(MessageListModel::StatusRole).toString(),
                 QStringLiteral("complete"));
    }

    void stopKeepsWhatArrived()
    {
        Rig rig;
        auto response = ScriptedLlmServer::Response::sse();
        response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("Partial thought"))).stall();
        rig.server.enqueue(response);
        rig.type(QStringLiteral("Think"));
        QTRY_COMPARE(rig.shownAnswer(), QStringLiteral("Partial thought"));
        rig.window->findChild<QPushButton*>(QStringLiteral("stopButton"))->click();
        const auto& model = rig.window->chatPage().messages();
        QTRY_COMPARE(model.index(model.rowCount() - 1).data(MessageListModel::StatusRole).toString(),
                     QStringLiteral("stopped"));
        QCOMPARE(rig.shownAnswer(), QStringLiteral("Partial thought"));
        // Continue: the model gets the partial answer and is asked to go on.
        auto* continueButton = rig.window->findChild<QPushButton*>(QStringLiteral("continueButton"));
        QTRY_VERIFY(continueButton->isVisible());
        rig.server.enqueue(drip(QStringLiteral("more"), 2, 0));
        continueButton->click();
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("more"), 2));
        const auto sent = rig.server.requests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.at(sent.size() - 2)[QStringLiteral("content")].toString(),
                 QStringLiteral("Partial thought"));
    }

    void failedAnswerOffersRetry()
    {
        Rig rig;
        rig.server.enqueue(ScriptedLlmServer::Response::error(500, QStringLiteral("overloaded")));
        rig.server.enqueue(drip(QStringLiteral("ok"), 3, 0));
        rig.type(QStringLiteral("Hello"));
        auto* retry = rig.window->findChild<QPushButton*>(QStringLiteral("retryButton"));
        QTRY_VERIFY(retry->isVisible());
        const auto& model = rig.window->chatPage().messages();
        QCOMPARE(model.index(model.rowCount() - 1).data(MessageListModel::StatusRole).toString(),
                 QStringLiteral("error"));
        QVERIFY(model.index(model.rowCount() - 1)
                    .data(MessageListModel::ErrorRole)
                    .toString()
                    .contains(QLatin1String("overloaded")));
        retry->click();
        QTRY_COMPARE(rig.shownAnswer(), dripText(QStringLiteral("ok"), 3));
        QTRY_VERIFY(!retry->isVisible());
        QCOMPARE(rig.server.requests().size(), 2);
    }

    void aFinishedAnswerKeepsItsStreamedRenderingAndCopyButtons()
    {
        // At the end of a stream the view keeps what it built while streaming (no second render
        // of the whole answer); it must equal a fresh render, and code blocks copy their code.
        Rig rig;
        const QStringList pieces{QStringLiteral("Intro **bold** text.\n\n| a | b |\n|---|---|\n| 1 "),
                                 QStringLiteral("| 2 |\n\n```cpp\nint main() {\n  return 0;\n}\n```\n\n"),
                                 QStringLiteral("- one\n- two\n\nThe ~~end~~ tail")};
        auto response = ScriptedLlmServer::Response::sse();
        for (const auto& piece : pieces)
            response.chunk(ScriptedLlmServer::textChunk(piece)).wait(30);
        response.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop"))).done();
        rig.server.enqueue(response);
        rig.type(QStringLiteral("Show me"));
        QTRY_VERIFY(rig.button("sendButton")->isVisible());
        const QString streamed = rig.shownAnswer();
        QVERIFY2(streamed.contains(QLatin1String("return 0;")) && streamed.endsWith(QLatin1String("tail")),
                 qPrintable(streamed));

        auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
        auto* delegate = qobject_cast<harness::gui::MessageDelegate*>(view->itemDelegate());
        auto* cache = &qobject_cast<harness::gui::MessageView*>(view)->cache();
        const auto& model = rig.window->chatPage().messages();
        const auto optionFor = [view](const QModelIndex& index) {
            QStyleOptionViewItem option;
            option.rect = view->visualRect(index);
            option.palette = view->palette();
            option.font = view->font();
            return option;
        };
        const auto rendered = [&] {
            const QModelIndex last = model.index(model.rowCount() - 1);
            return cache->shownContent(last, optionFor(last));
        };
        const QString shown = rendered();
        QVERIFY2(shown.contains(QLatin1String("bold text")) && !shown.contains(QLatin1String("**")) &&
                     !shown.contains(QLatin1String("```")),
                 qPrintable(shown));
        const QModelIndex answer = model.index(model.rowCount() - 1);
        const QStyleOptionViewItem option = optionFor(answer);
        QPoint copyAt;
        for (int y = option.rect.top(); y < option.rect.bottom() && copyAt.isNull(); y += 2) {
            for (int x = option.rect.left(); x < option.rect.right(); x += 3) {
                if (delegate->linkAt(answer, option, QPoint(x, y)) == QLatin1String("harness-copy:0")) {
                    copyAt = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY(!copyAt.isNull());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, copyAt);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("int main() {\n  return 0;\n}"));

        // The same answer rendered from scratch (the conversation opened again) reads the same
        // and takes the same height: the streamed document has no extra empty lines.
        const int streamedHeight = view->visualRect(answer).height();
        QVERIFY(streamedHeight > 0);
        const QString id = rig.window->chatPage().conversationId();
        rig.window->newChat();
        rig.window->openConversation(id);
        QTRY_COMPARE(rig.shownAnswer(), streamed);
        QCOMPARE(rendered(), shown);
        QTRY_COMPARE(view->visualRect(model.index(model.rowCount() - 1)).height(), streamedHeight);
    }

    void twoConversationsStreamWhileTheUserSwitches()
    {
        Rig rig;
        rig.server.setHandler([](const harness::test::RecordedRequest& request) {
            const auto messages = request.json().value(QStringLiteral("messages")).toArray();
            const bool first =
                messages.last()[QStringLiteral("content")].toString() == QLatin1String("first");
            return drip(first ? QStringLiteral("a") : QStringLiteral("b"), 30, 10);
        });
        rig.type(QStringLiteral("first"));
        const QString a = rig.window->chatPage().conversationId();
        QTRY_VERIFY(rig.shownAnswer().startsWith(QLatin1String("a0")));
        rig.window->newChat();
        rig.type(QStringLiteral("second"));
        const QString b = rig.window->chatPage().conversationId();
        QVERIFY(a != b);
        QCOMPARE(rig.engine->runs().runningConversations().size(), 2);
        // Both show as streaming in the sidebar.
        auto& sidebar = rig.window->sidebar().conversations();
        const auto activity = [&sidebar](const QString& id) {
            return sidebar.index(sidebar.rowOf(id)).data(ConversationListModel::ActivityRole).toInt();
        };
        QTRY_COMPARE(activity(a), int(ConversationListModel::Activity::Streaming));
        QTRY_COMPARE(activity(b), int(ConversationListModel::Activity::Streaming));
        // Switch back and forth while both stream: each view only ever shows its own tokens.
        for (int i = 0; i < 6; ++i) {
            rig.window->openConversation(i % 2 ? b : a);
            QTest::qWait(40);
            const QString shown = rig.shownAnswer();
            const QChar expected = i % 2 ? QLatin1Char('b') : QLatin1Char('a');
            QVERIFY2(shown.isEmpty() || (shown.startsWith(expected) && !shown.contains(i % 2 ? u'a' : u'b')),
                     qPrintable(shown));
        }
        QTRY_VERIFY_WITH_TIMEOUT(rig.engine->runs().runningConversations().isEmpty(), 20'000);
        QTRY_COMPARE(activity(a),
                     int(ConversationListModel::Activity::JustFinished)); // a check, then nothing
        QTRY_COMPARE_WITH_TIMEOUT(activity(a), int(ConversationListModel::Activity::None), 10'000);
        rig.window->openConversation(a);
        QCOMPARE(rig.shownAnswer(), dripText(QStringLiteral("a"), 30));
        rig.window->openConversation(b);
        QCOMPARE(rig.shownAnswer(), dripText(QStringLiteral("b"), 30));
    }
};

QTEST_MAIN(TestChatStream)
#include "tst_chat_stream.moc"
