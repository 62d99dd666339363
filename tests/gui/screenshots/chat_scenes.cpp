// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// Scenes of the main window: empty state, a streamed answer, a tool call, two conversations
// streaming at once, the dark theme, the sidebar's undo bar and the keyboard shortcuts.
#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/deferred_deletion.h"
#include "gui/chat/chat_page.h"
#include "gui/main_window.h"
#include "gui/sidebar/sidebar.h"
#include "gui/theme.h"
#include "screenshot_rig.h"

#include <QAction>
#include <QDialog>
#include <QListView>
#include <QTest>
#include <QTreeWidget>

using harness::gui::MainWindow;
using harness::test::ScreenshotRig;
using harness::test::ScriptedLlmServer;

namespace {

const char* const lisbonAnswer =
    "Here is how the three **Lisbon** neighbourhoods you asked about compare for a year's rent:\n\n"
    "| Neighbourhood | Best for | Avg. rent (EUR/month) |\n"
    "|---|---|---:|\n"
    "| Alfama | history, fado, views | 1,350 |\n"
    "| Principe Real | cafes, gardens, quiet | 1,900 |\n"
    "| Parque das Nacoes | families, riverside | 1,600 |\n\n"
    "And a small script that keeps only the listings under your budget:\n\n"
    "```python\n"
    "import requests\n\n"
    "def listings(area: str, max_rent: int = 2000) -> list[dict]:\n"
    "    reply = requests.get(\"https://api.example.com/rentals\", params={\"area\": area})\n"
    "    reply.raise_for_status()\n"
    "    return [x for x in reply.json() if x[\"rent\"] <= max_rent]\n"
    "```\n\n"
    "- [x] Compare neighbourhoods\n"
    "- [ ] Book viewings for *Saturday*\n";

const char* const lisbonQuestion =
    "Compare Alfama, Principe Real and Parque das Nacoes for renting, and write a script to filter listings";

/// Waits until the conversation shown in the chat page has no run any more.
bool waitForAnswer(ScreenshotRig& rig)
{
    const QString id = rig.window().chatPage().conversationId();
    const bool done = !id.isEmpty() && rig.waitFor([&] { return !rig.engine().runs().isRunning(id); });
    if (!done)
        rig.fail(QStringLiteral("the answer did not finish"));
    return done;
}

void streamLisbonAnswer(ScreenshotRig& rig)
{
    rig.server().enqueue(ScreenshotRig::streamed(QString::fromUtf8(lisbonAnswer), 60, 10));
    rig.send(QString::fromUtf8(lisbonQuestion));
    waitForAnswer(rig);
}

} // namespace

HARNESS_SCREENSHOT_SCENE(empty_state, "A new chat: suggested prompts, the sidebar with history")
{
    rig.seedHistory();
    rig.showWindow();
    rig.window().newChat();
    rig.shoot(QStringLiteral("empty-state"));
}

HARNESS_SCREENSHOT_SCENE(streamed_answer, "A streamed Markdown answer with a table, code and a task list")
{
    rig.seedHistory();
    rig.showWindow();
    rig.window().newChat();
    streamLisbonAnswer(rig);
    rig.shoot(QStringLiteral("streamed-answer"));
}

HARNESS_SCREENSHOT_SCENE(tool_call, "The model calls server-everything's echo tool; the card shows the call")
{
    rig.seedHistory();
    rig.useHarness(rig.toolsHarness());
    rig.showWindow();
    rig.window().newChat();
    auto call = ScriptedLlmServer::Response::sse();
    call.chunk(ScriptedLlmServer::textChunk(QStringLiteral("Let me ask the echo tool.")))
        .chunk(ScriptedLlmServer::toolCallChunk(
            0, QStringLiteral("call_1"), QStringLiteral("everything__echo"), QStringLiteral("{\"message\":")))
        .chunk(ScriptedLlmServer::toolCallChunk(0, QString(), QString(),
                                                QStringLiteral("\"Hello from Harness\"}")))
        .chunk(ScriptedLlmServer::finishChunk(QStringLiteral("tool_calls")))
        .done();
    rig.server().enqueue(call);
    rig.server().enqueue(ScreenshotRig::streamed(
        QStringLiteral("The server answered **Echo: Hello from Harness**, so the round trip works."), 8, 20));
    rig.send(QStringLiteral("Check that the tools work: echo \"Hello from Harness\""));
    waitForAnswer(rig);
    rig.shoot(QStringLiteral("tool-call"));
}

HARNESS_SCREENSHOT_SCENE(two_streams, "Two conversations answering at once: spinners in the sidebar")
{
    rig.seedHistory();
    rig.showWindow();
    const QString essay = QStringLiteral(
        "Rust's ownership model rests on three rules. Each value has one owner; when the owner goes out of "
        "scope the value is dropped; and you can have either one mutable reference or any number of shared "
        "ones. Together they rule out use-after-free and data races at compile time, ");
    rig.window().newChat();
    rig.server().enqueue(ScreenshotRig::streamed(essay, 30, 30, false));
    rig.send(QStringLiteral("Explain Rust ownership to a C++ programmer"));
    const QString first = rig.window().chatPage().conversationId();
    rig.waitFor([&] { return rig.engine().runs().isRunning(first); });
    rig.window().newChat();
    const QString poem =
        QStringLiteral("Salt on the tiles of the Alfama stair,\nfado drifting through the laundry air,\n"
                       "trams that rattle up the hill at noon,\n");
    rig.server().enqueue(ScreenshotRig::streamed(poem, 12, 40, false));
    rig.send(QStringLiteral("A short poem about Lisbon, please"));
    const QString second = rig.window().chatPage().conversationId();
    if (!rig.waitFor([&] {
            return rig.engine().runs().isRunning(first) && rig.engine().runs().isRunning(second) &&
                   rig.server().pendingResponses() == 0;
        }))
        rig.fail(QStringLiteral("the two answers did not stream at once"));
    rig.settle(900); // let both answers show a few lines
    rig.shoot(QStringLiteral("two-streams"));
    rig.shoot(QStringLiteral("sidebar-streaming"), &rig.window().sidebar());
    rig.engine().runs().stopAll();
}

HARNESS_SCREENSHOT_SCENE(dark_theme, "The streamed answer in the dark theme")
{
    harness::gui::applyTheme(harness::core::UserSettings::Theme::Dark);
    rig.seedHistory();
    rig.showWindow();
    rig.window().newChat();
    streamLisbonAnswer(rig);
    rig.shoot(QStringLiteral("dark-theme"));
}

HARNESS_SCREENSHOT_SCENE(sidebar_undo, "A deleted conversation with its Undo bar")
{
    rig.seedHistory();
    rig.showWindow();
    auto& sidebar = rig.window().sidebar();
    auto* list = sidebar.findChild<QListView*>(QStringLiteral("conversationList"));
    const QString victim = sidebar.conversations().idAt(sidebar.conversations().rowCount() - 1);
    sidebar.deleteConversation(victim);
    list->setFocus();
    rig.shoot(QStringLiteral("sidebar-undo"), &sidebar);
    sidebar.deletion().undo();
}

HARNESS_SCREENSHOT_SCENE(keyboard_shortcuts, "The keyboard shortcuts dialog (F1)")
{
    rig.seedHistory();
    rig.showWindow();
    // The F1 action itself (a key press needs an active window, which a bare X server may not give).
    auto* help = rig.window().findChild<QAction*>(QStringLiteral("shortcutsAction"));
    if (!help) {
        rig.fail(QStringLiteral("no shortcutsAction"));
        return;
    }
    help->trigger();
    // The action opens the dialog at once (QDialog::open); the picture waits until the X server
    // has mapped and exposed it and its table is filled, not for a fixed time.
    auto* dialog = rig.window().findChild<QDialog*>(QStringLiteral("shortcutsDialog"));
    if (!dialog) {
        rig.fail(QStringLiteral("the shortcuts action opened no dialog"));
        return;
    }
    auto* table = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTable"));
    if (!table || table->topLevelItemCount() == 0 || !QTest::qWaitForWindowExposed(dialog, 10'000)) {
        rig.fail(QStringLiteral("the shortcuts dialog was not shown"));
        return;
    }
    if (!rig.waitFor([dialog] { return dialog->isVisible() && !dialog->size().isEmpty(); }, 5000)) {
        rig.fail(QStringLiteral("the shortcuts dialog has no size"));
        return;
    }
    rig.shoot(QStringLiteral("keyboard-shortcuts"), dialog);
    dialog->reject();
}
