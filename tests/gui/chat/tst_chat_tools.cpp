// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Tool calls on cards, against the real MCP server-everything: the approval waits on the card
// (Allow once / Deny), the result lands on the card, and stopping the run answers "no".
#include "chat_rig.h"
#include "core/model/message_parts.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/message_repository.h"
#include "gui/chat/gui_approval_policy.h"
#include "gui/chat/message_delegate.h"
#include "gui/chat/message_render_cache.h"
#include "gui/chat/message_view.h"
#include "mcp_test_peers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

using namespace harness::core;
using harness::gui::GuiApprovalPolicy;
using harness::test::ChatRig;
using harness::test::RecordedRequest;
using harness::test::ScriptedLlmServer;

namespace {

/// The exposed name of a tool of the request whose own name ends with `tool`.
QString exposedName(const RecordedRequest& request, const QString& tool)
{
    for (const auto& value : request.json().value(QStringLiteral("tools")).toArray()) {
        const QString name = value[QStringLiteral("function")][QStringLiteral("name")].toString();
        if (name.endsWith(tool))
            return name;
    }
    return {};
}

bool hasToolResult(const RecordedRequest& request)
{
    for (const auto& m : request.json().value(QStringLiteral("messages")).toArray()) {
        if (m[QStringLiteral("role")].toString() == QLatin1String("tool"))
            return true;
    }
    return false;
}

/// First turn: call `tool` with `arguments`; second turn: a short answer.
void scriptToolCall(ChatRig& rig, const QString& tool, const QString& arguments = QStringLiteral("{}"))
{
    rig.server.setHandler([tool, arguments](const RecordedRequest& request) {
        auto response = ScriptedLlmServer::Response::sse();
        if (!hasToolResult(request)) {
            response
                .chunk(ScriptedLlmServer::toolCallChunk(0, QStringLiteral("call_1"),
                                                        exposedName(request, tool), arguments))
                .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("tool_calls")))
                .done();
        } else {
            response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("All set.")))
                .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop")))
                .done();
        }
        return response;
    });
}

QString everythingServer(harness::test::TempStore& temp)
{
    StoredMcpServer server;
    server.config =
        McpTestPeers::stdioServer(QStringLiteral("everything"), QStringLiteral("mcp-server-everything"));
    if (temp.store->mcpServers().create(server))
        qFatal("cannot save the MCP server");
    return server.id;
}

/// The tool_call part of the first answer.
ToolCallPart callPart(ChatRig& rig)
{
    for (int r = 0; r < rig.model().rowCount(); ++r) {
        const auto calls = rig.model().messageAt(r).parts.toolCalls();
        if (!calls.isEmpty())
            return calls.constFirst();
    }
    return {};
}

GuiApprovalPolicy* approval(ChatRig& rig)
{
    return rig.window->findChild<GuiApprovalPolicy*>();
}

} // namespace

class TestChatTools final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HARNESS_REQUIRE_PEER(McpTestPeers::missing());
    }

    void approvedOnTheCardThenDone()
    {
        ChatRig rig({}, false);
        const QString serverId = everythingServer(rig.temp);
        rig.harness.name = QStringLiteral("Tools");
        rig.harness.model = QStringLiteral("test/model");
        rig.harness.status = HarnessStatus::Started;
        rig.harness.mcpServerIds = {serverId};
        QVERIFY(!rig.temp.store->harnesses().create(rig.harness));
        rig.restartWindow();
        scriptToolCall(rig, QStringLiteral("toggle-simulated-logging"));
        rig.type(QStringLiteral("Turn on logging"));

        // The run waits on the card: nothing runs until the user answers.
        QTRY_COMPARE_WITH_TIMEOUT(approval(rig)->pendingCount(), 1, 60'000);
        QTRY_COMPARE(callPart(rig).status, ToolCallStatus::AwaitingApproval);
        QCOMPARE(rig.server.requests().size(), 1);
        QVERIFY(rig.button("stopButton")->isVisible());
        const QString callId = callPart(rig).callId;
        QCOMPARE(callPart(rig).server, QStringLiteral("everything"));
        QVERIFY(approval(rig)->pending(rig.page().conversationId(), callId));

        // The user clicks "Allow once" on the card.
        QVERIFY(clickCardLink(rig, QStringLiteral("allow-once:") + callId));
        QTRY_COMPARE_WITH_TIMEOUT(rig.shownAnswer(), QStringLiteral("All set."), 60'000);
        QCOMPARE(callPart(rig).status, ToolCallStatus::Done);
        QVERIFY(callPart(rig).timings.finishedAt >= callPart(rig).timings.startedAt);
        QCOMPARE(approval(rig)->pendingCount(), 0);
        // The model got the tool's real answer.
        const auto sent = rig.server.requests().last().json().value(QStringLiteral("messages")).toArray();
        QVERIFY2(sent.last()[QStringLiteral("content")].toString().contains(QLatin1String("logging"),
                                                                            Qt::CaseInsensitive),
                 qPrintable(sent.last()[QStringLiteral("content")].toString()));
    }

    void deniedOnTheCard()
    {
        ChatRig rig({}, false);
        rig.harness.name = QStringLiteral("Tools");
        rig.harness.model = QStringLiteral("test/model");
        rig.harness.status = HarnessStatus::Started;
        rig.harness.mcpServerIds = {everythingServer(rig.temp)};
        QVERIFY(!rig.temp.store->harnesses().create(rig.harness));
        rig.restartWindow();
        scriptToolCall(rig, QStringLiteral("toggle-simulated-logging"));
        rig.type(QStringLiteral("Turn on logging"));
        QTRY_COMPARE_WITH_TIMEOUT(approval(rig)->pendingCount(), 1, 60'000);
        const QString callId = callPart(rig).callId;
        QVERIFY(clickCardLink(rig, QStringLiteral("deny:") + callId));
        QTRY_COMPARE_WITH_TIMEOUT(rig.shownAnswer(), QStringLiteral("All set."), 60'000);
        QCOMPARE(callPart(rig).status, ToolCallStatus::Denied);
        const auto sent = rig.server.requests().last().json().value(QStringLiteral("messages")).toArray();
        QVERIFY(sent.last()[QStringLiteral("content")].toString().contains(QLatin1String("denied")));
    }

    void stoppingAnswersNoAndSeveralConversationsWaitAtOnce()
    {
        ChatRig rig({}, false);
        rig.harness.name = QStringLiteral("Tools");
        rig.harness.model = QStringLiteral("test/model");
        rig.harness.status = HarnessStatus::Started;
        rig.harness.mcpServerIds = {everythingServer(rig.temp)};
        QVERIFY(!rig.temp.store->harnesses().create(rig.harness));
        rig.restartWindow();
        scriptToolCall(rig, QStringLiteral("toggle-simulated-logging"));
        rig.type(QStringLiteral("first"));
        const QString a = rig.page().conversationId();
        QTRY_COMPARE_WITH_TIMEOUT(approval(rig)->pendingCount(a), 1, 60'000);
        rig.window->newChat();
        rig.type(QStringLiteral("second"));
        const QString b = rig.page().conversationId();
        QTRY_COMPARE_WITH_TIMEOUT(approval(rig)->pendingCount(b), 1, 60'000);
        QCOMPARE(approval(rig)->pendingCount(), 2);
        // Stop b: its question is answered "no"; a still waits.
        rig.button("stopButton")->click();
        QTRY_COMPARE(approval(rig)->pendingCount(b), 0);
        QCOMPARE(approval(rig)->pendingCount(a), 1);
        QTRY_VERIFY(!rig.engine->runs().isRunning(b));
        QVERIFY(rig.engine->runs().isRunning(a));
        // Back in a, allow: it finishes.
        rig.window->openConversation(a);
        const QString callId = callPart(rig).callId;
        QVERIFY(clickCardLink(rig, QStringLiteral("allow-once:") + callId));
        QTRY_COMPARE_WITH_TIMEOUT(rig.shownAnswer(), QStringLiteral("All set."), 60'000);
    }

    void liveDurationWhileASlowToolRuns()
    {
        ChatRig rig({}, false);
        rig.harness.name = QStringLiteral("Tools");
        rig.harness.model = QStringLiteral("test/model");
        rig.harness.status = HarnessStatus::Started;
        rig.harness.mcpServerIds = {everythingServer(rig.temp)};
        QVERIFY(!rig.temp.store->harnesses().create(rig.harness));
        rig.restartWindow();
        auto* clock = rig.page().findChild<QTimer*>(QStringLiteral("liveDurationClock"));
        QVERIFY(clock);
        QVERIFY(!clock->isActive()); // nothing runs: no clock
        // server-everything's long-running operation: 8 steps of one second, with progress.
        scriptToolCall(rig, QStringLiteral("trigger-long-running-operation"),
                       QStringLiteral("{\"duration\": 8, \"steps\": 8}"));
        rig.type(QStringLiteral("Run the long operation"));

        // It only reads, so it runs at once: "Running · N s" ticks while the tool works.
        QTRY_VERIFY_WITH_TIMEOUT(shownSeconds(rig) >= 0, 60'000);
        QCOMPARE(callPart(rig).status, ToolCallStatus::Running);
        QVERIFY(clock->isActive());
        const int ran = shownSeconds(rig);
        QVERIFY2(ran >= 0, qPrintable(shownCards(rig)));
        QTRY_VERIFY2_WITH_TIMEOUT(shownSeconds(rig) > ran, qPrintable(shownCards(rig)), 10'000);
        // The server's progress reports reach the card: "Running 25% · 3 s".
        static const QRegularExpression percent(QStringLiteral("Running \\d+% · "));
        QTRY_VERIFY2_WITH_TIMEOUT(percent.match(shownCards(rig)).hasMatch(), qPrintable(shownCards(rig)),
                                  10'000);
        snapshot(rig, QStringLiteral("tool-card-running"));

        // Done: the card shows the final duration and the clock stops.
        QTRY_COMPARE_WITH_TIMEOUT(rig.shownAnswer(), QStringLiteral("All set."), 60'000);
        QCOMPARE(callPart(rig).status, ToolCallStatus::Done);
        QVERIFY2(shownCards(rig).contains(QStringLiteral("Done · ")), qPrintable(shownCards(rig)));
        QCOMPARE(shownSeconds(rig), -1); // no live time any more
        QTRY_VERIFY(!clock->isActive());
        // The duration is how long the tool ran (8 steps of a second), not the wait for approval.
        const qint64 ms = callPart(rig).timings.finishedAt - callPart(rig).timings.startedAt;
        QVERIFY2(ms >= 8000, qPrintable(QString::number(ms)));

        // Waiting for the user (this tool changes something): the card says for how long.
        rig.window->newChat();
        scriptToolCall(rig, QStringLiteral("toggle-simulated-logging"));
        rig.type(QStringLiteral("Turn on logging"));
        QTRY_COMPARE_WITH_TIMEOUT(approval(rig)->pendingCount(), 1, 60'000);
        QTRY_VERIFY(shownCards(rig).contains(QStringLiteral("Waiting for approval · ")));
        QVERIFY(clock->isActive());
        const int waited = shownSeconds(rig);
        QVERIFY2(waited >= 0, qPrintable(shownCards(rig)));
        QTRY_VERIFY2_WITH_TIMEOUT(shownSeconds(rig) > waited, qPrintable(shownCards(rig)), 10'000);
        snapshot(rig, QStringLiteral("tool-card-waiting"));
        // Denied: nothing is live any more, the clock stops.
        const QString callId = callPart(rig).callId;
        QVERIFY(clickCardLink(rig, QStringLiteral("deny:") + callId));
        QTRY_COMPARE_WITH_TIMEOUT(rig.shownAnswer(), QStringLiteral("All set."), 60'000);
        QVERIFY2(shownCards(rig).contains(QLatin1String("Denied")), qPrintable(shownCards(rig)));
        QTRY_VERIFY(!clock->isActive());
    }

private:
    /// Saves a picture of the window when HARNESS_SCREENSHOT_DIR is set (to look at the cards).
    static void snapshot(ChatRig& rig, const QString& name)
    {
        const QString dir = qEnvironmentVariable("HARNESS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            rig.window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    /// The text of the tool-call cards as the view draws them.
    static QString shownCards(ChatRig& rig);
    /// The live seconds on the card ("… · 3 s"); -1 when none is shown.
    static int shownSeconds(ChatRig& rig);
    /// Clicks the anchor whose href ends with `target` in the message view, as a user would.
    static bool clickCardLink(ChatRig& rig, const QString& target);
};

#include <QListView>

QString TestChatTools::shownCards(ChatRig& rig)
{
    auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
    auto* cache = &qobject_cast<harness::gui::MessageView*>(view)->cache();
    QString text;
    for (int r = 0; r < rig.model().rowCount(); ++r) {
        QStyleOptionViewItem option;
        option.rect = view->visualRect(rig.model().index(r));
        option.palette = view->palette();
        option.font = view->font();
        text += cache->shownCards(rig.model().index(r), option);
    }
    return text;
}

int TestChatTools::shownSeconds(ChatRig& rig)
{
    // The status line ends with the time: "Waiting for approval · 4 s", "Running 25% · 3 s".
    static const QRegularExpression pattern(
        QStringLiteral("(?:Waiting for approval|Running(?: \\d+%)?) · (\\d+) s"));
    const auto match = pattern.match(shownCards(rig));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool TestChatTools::clickCardLink(ChatRig& rig, const QString& target)
{
    auto* view = rig.window->findChild<QListView*>(QStringLiteral("messageView"));
    auto* delegate = qobject_cast<harness::gui::MessageDelegate*>(view->itemDelegate());
    view->scrollToBottom();
    QApplication::processEvents();
    // Find where the link is drawn, then click there as a user would.
    for (int r = rig.model().rowCount() - 1; r >= 0; --r) {
        QStyleOptionViewItem option;
        option.rect = view->visualRect(rig.model().index(r));
        option.palette = view->palette();
        option.font = view->font();
        for (int y = option.rect.top(); y < option.rect.bottom(); y += 2) {
            for (int x = option.rect.left(); x < option.rect.right(); x += 3) {
                if (!delegate->linkAt(rig.model().index(r), option, QPoint(x, y)).endsWith(target))
                    continue;
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                return true;
            }
        }
    }
    return false;
}

QTEST_MAIN(TestChatTools)
#include "tst_chat_tools.moc"
