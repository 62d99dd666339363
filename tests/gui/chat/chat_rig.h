// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once
// A main window over a temporary store, answering through the scripted model server.
#include "core/engine/engine.h"
#include "core/itemmodels/message_list_model.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/harness_repository.h"
#include "gui/chat/chat_page.h"
#include "gui/main_window.h"
#include "support/scripted_llm_server.h"
#include "support/temp_store.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace harness::test {

struct ChatRig {
    TempStore temp;
    ScriptedLlmServer server;
    core::MemorySecretStore secrets;
    std::unique_ptr<core::Engine> engine;
    std::unique_ptr<gui::MainWindow> window;
    core::Harness harness;

    explicit ChatRig(const QStringList& mcpServerIds = {}, bool withHarness = true)
    {
        server.listen();
        engine = std::make_unique<core::Engine>(*temp.store, &secrets);
        engine->providers().setOverride(
            core::ProviderConfig::custom(QStringLiteral("Scripted"), server.baseUrl()),
            QStringLiteral("sk-test"));
        engine->chat().setGenerateTitles(false);
        engine->chat().setFlushInterval(std::chrono::milliseconds(30));
        if (withHarness) {
            harness.name = QStringLiteral("Default");
            harness.model = QStringLiteral("test/model");
            harness.status = core::HarnessStatus::Started;
            harness.mcpServerIds = mcpServerIds;
            harness.suggestedPrompts = {QStringLiteral("Plan a weekend in Lisbon"),
                                        QStringLiteral("Explain Rust lifetimes")};
            temp.store->harnesses().create(harness);
        }
        openWindow();
    }

    void openWindow()
    {
        window = std::make_unique<gui::MainWindow>(*temp.store, *engine, temp.dir.path());
        window->resize(1000, 720);
        window->show();
    }

    /// Closes the window as the user would (the draft and session are saved), then opens a new one.
    void restartWindow()
    {
        window->close();
        window.reset();
        openWindow();
    }

    gui::ChatPage& page() { return window->chatPage(); }
    QPlainTextEdit* composer() { return window->findChild<QPlainTextEdit*>(QStringLiteral("composer")); }
    QPushButton* button(const char* name)
    {
        return window->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    void type(const QString& text, bool send = true)
    {
        composer()->setFocus();
        QTest::keyClicks(composer(), text);
        if (send)
            QTest::keyClick(composer(), Qt::Key_Return);
    }

    core::MessageListModel& model() { return page().messages(); }
    QString shownAnswer()
    {
        auto& m = model();
        return m.rowCount() ? m.index(m.rowCount() - 1).data(core::MessageListModel::ContentRole).toString()
                            : QString();
    }
    QStringList shownTexts()
    {
        QStringList texts;
        for (int r = 0; r < model().rowCount(); ++r)
            texts.append(model().index(r).data(core::MessageListModel::ContentRole).toString());
        return texts;
    }
};

inline ScriptedLlmServer::Response drip(const QString& prefix, int count, int delayMs)
{
    auto response = ScriptedLlmServer::Response::sse();
    for (int i = 0; i < count; ++i)
        response.chunk(ScriptedLlmServer::textChunk(QStringLiteral("%1%2 ").arg(prefix).arg(i)))
            .wait(delayMs);
    response.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop"))).done();
    return response;
}

inline QString dripText(const QString& prefix, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("%1%2 ").arg(prefix).arg(i);
    return text;
}

} // namespace harness::test
