// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/engine/engine.h"
#include "core/model/harness.h"
#include "core/secrets/memory_secret_store.h"
#include "core/store/store.h"
#include "support/scripted_llm_server.h"

#include <QDir>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace harness::gui {
class MainWindow;
}

namespace harness::test {

/// One scene's world: the real MainWindow over a fresh store in a temporary directory, the engine
/// talking to the scripted model server on 127.0.0.1, and server-everything (tests/peers) as the
/// MCP server of the "Tools" harness. Scenes drive the widgets and call shoot().
class ScreenshotRig final {
    Q_DISABLE_COPY_MOVE(ScreenshotRig)
public:
    ScreenshotRig(const QDir& outDir, QSize windowSize);
    ~ScreenshotRig();

    core::Store& store() { return *m_store; }
    core::Engine& engine() { return *m_engine; }
    ScriptedLlmServer& server() { return m_server; }
    gui::MainWindow& window() { return *m_window; }

    /// The "Default" harness (no tools) and "Tools" (server-everything, echo always allowed).
    const core::Harness& plainHarness() const { return m_plain; }
    const core::Harness& toolsHarness() const { return m_tools; }

    /// A few conversations over the last weeks (one pinned) so the sidebar looks lived in.
    void seedHistory();
    /// Creates the window (after seeding, so the sidebar loads what was seeded) and shows it.
    void showWindow();
    /// Selects the harness new chats use (it becomes the default in the settings).
    void useHarness(const core::Harness& harness);

    /// Types `text` into the composer and presses Enter, as a user would.
    void send(const QString& text);
    /// Pumps events until `done` holds; false after `timeoutMs`.
    bool waitFor(const std::function<bool()>& done, int timeoutMs = 20'000);
    /// Lets timers, layouts and repaints settle.
    void settle(int ms = 400);
    /// Grabs the window (or `widget`) into <out>/<name>.png; false (with a message) when the
    /// image could not be written or is blank (a single colour).
    bool shoot(const QString& name, QWidget* widget = nullptr);

    /// Text chunks of a Markdown answer, dripped `delayMs` apart.
    static ScriptedLlmServer::Response streamed(const QString& markdown, int pieces, int delayMs,
                                                bool finish = true);

    QString error() const { return m_error; }
    void fail(const QString& why) { m_error = why; }

private:
    QDir m_out;
    QSize m_size;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;
    ScriptedLlmServer m_server;
    core::MemorySecretStore m_secrets;
    std::unique_ptr<core::Engine> m_engine;
    std::unique_ptr<gui::MainWindow> m_window;
    core::Harness m_plain;
    core::Harness m_tools;
    QString m_error;
};

/// A scene: sets up what the picture shows, then calls rig.shoot(). Register one with
/// HARNESS_SCREENSHOT_SCENE (see scenes.h).
struct Scene {
    QString name;
    QString description;
    std::function<void(ScreenshotRig&)> run;
};

QList<Scene>& scenes();
bool registerScene(const QString& name, const QString& description, std::function<void(ScreenshotRig&)> run);

} // namespace harness::test

/// Adds a scene to the screenshot tool, in any .cpp listed in tests/gui/screenshots/CMakeLists.txt:
///
///     HARNESS_SCREENSHOT_SCENE(settings_page, "The settings page")
///     {
///         rig.showWindow();
///         rig.window().showPage(harness::gui::MainWindow::Page::Settings);
///         rig.shoot(QStringLiteral("settings"));
///     }
#define HARNESS_SCREENSHOT_SCENE(id, description)                                                            \
    static void id##_scene(harness::test::ScreenshotRig& rig);                                               \
    [[maybe_unused]] static const bool id##_registered =                                                     \
        harness::test::registerScene(QStringLiteral(#id), QStringLiteral(description), &id##_scene);         \
    static void id##_scene(harness::test::ScreenshotRig& rig)
