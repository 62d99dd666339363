// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "screenshot_rig.h"

#include "core/model/tool_policy.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/message_repository.h"
#include "core/store/settings_repository.h"
#include "core/store/tool_policy_repository.h"
#include "core/store/unread_repository.h"
#include "gui/main_window.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QImage>
#include <QPlainTextEdit>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace harness::test {

namespace {

QString peersDir()
{
    const QString fromEnv = qEnvironmentVariable("HARNESS_TEST_PEERS");
    return fromEnv.isEmpty() ? QStringLiteral(HARNESS_DEFAULT_PEERS_DIR) : fromEnv;
}

} // namespace

ScreenshotRig::ScreenshotRig(const QDir& outDir, QSize windowSize) : m_out(outDir), m_size(windowSize)
{
    m_store = std::make_unique<core::Store>(m_dir.filePath(QStringLiteral("harness.db")));
    if (const auto error = m_store->open()) {
        fail(error.userMessage());
        return;
    }
    m_server.listen();
    m_engine = std::make_unique<core::Engine>(*m_store, &m_secrets);
    m_engine->providers().setOverride(
        core::ProviderConfig::custom(QStringLiteral("Scripted"), m_server.baseUrl()),
        QStringLiteral("sk-test"));
    m_engine->chat().setGenerateTitles(false);

    core::StoredMcpServer everything;
    everything.config.name = QStringLiteral("everything");
    // Found on PATH as a user's installed server would be: the pictures show the bare command,
    // not a path inside this checkout.
    const QString bin = peersDir() + QStringLiteral("/node_modules/.bin");
    if (!QFileInfo::exists(bin + QStringLiteral("/mcp-server-everything")))
        fail(QStringLiteral("%1/mcp-server-everything is missing: run npm ci in tests/peers").arg(bin));
    if (!qEnvironmentVariable("PATH").split(QLatin1Char(':')).contains(bin))
        qputenv("PATH", (bin + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());
    everything.config.command = QStringLiteral("mcp-server-everything");
    if (const auto error = m_store->mcpServers().create(everything))
        fail(error.userMessage());
    m_engine->reloadMcpServers();
    core::ToolPolicyRule echo;
    echo.serverId = everything.id;
    echo.toolName = QStringLiteral("echo");
    echo.policy = core::ToolPolicy::Always;
    m_store->toolPolicies().set(echo);

    m_plain.name = QStringLiteral("Assistant");
    m_plain.model = QStringLiteral("anthropic/claude-sonnet-4");
    m_plain.status = core::HarnessStatus::Started;
    m_plain.suggestedPrompts = {QStringLiteral("Plan a weekend in Lisbon"),
                                QStringLiteral("Explain this stack trace"),
                                QStringLiteral("Draft a polite reminder email")};
    m_store->harnesses().create(m_plain);
    m_tools.name = QStringLiteral("Tools");
    m_tools.model = QStringLiteral("openai/gpt-4.1");
    m_tools.status = core::HarnessStatus::Started;
    m_tools.mcpServerIds = {everything.id};
    m_store->harnesses().create(m_tools);
    useHarness(m_plain);
}

ScreenshotRig::~ScreenshotRig()
{
    if (m_engine)
        m_engine->runs().stopAll();
    m_window.reset();
}

void ScreenshotRig::seedHistory()
{
    const QDateTime now = QDateTime::currentDateTime();
    const auto at = [&](int daysAgo, int hour) {
        return QDateTime(now.date().addDays(-daysAgo), QTime(hour, 15)).toMSecsSinceEpoch();
    };
    struct Seed {
        const char* title;
        qint64 when;
        bool pinned;
        const char* question;
        const char* answer;
    };
    const Seed seeds[] = {
        {"Release checklist for v2.4", at(12, 9), true, "What is left before we ship v2.4?",
         "Three items: the **changelog**, the signed installers, and the migration note."},
        {"Refactor the parser", at(0, 8), false, "How would you split the parser into stages?",
         "Tokenise, then build the tree, then resolve names: three passes, each testable alone."},
        {"Regex for ISO dates", at(1, 16), false, "A regex for ISO 8601 dates?",
         "`^\\d{4}-\\d{2}-\\d{2}$` matches the date part; validate the ranges in code."},
        {"Gift ideas for Ana", at(3, 19), false, "Ideas for a friend who likes hiking?",
         "A lightweight headlamp, a trail guide of her region, or merino socks."},
        {"SQL window functions", at(5, 11), false, "When do I need a window function?",
         "Whenever each row needs a value computed over its neighbours, such as a running total."},
        {"Sourdough starter", at(21, 10), false, "My starter smells like acetone.",
         "It is hungry: feed it twice a day at a 1:1:1 ratio for a few days."},
        {"Trip budget (Japan)", at(40, 20), false, "Two weeks in Japan on a budget?",
         "Around 1,800 EUR plus flights with a 14-day rail pass and business hotels."},
    };
    for (const Seed& seed : seeds) {
        core::Conversation c;
        c.title = QString::fromUtf8(seed.title);
        c.lastMessageAt = seed.when;
        c.pinned = seed.pinned;
        c.lastHarnessId = m_plain.id;
        m_store->conversations().create(c);
        core::Message question;
        question.conversationId = c.id;
        question.role = core::MessageRole::User;
        question.content = QString::fromUtf8(seed.question);
        question.createdAt = seed.when - 60'000;
        m_store->messages().append(question);
        core::Message a;
        a.conversationId = c.id;
        a.role = core::MessageRole::Assistant;
        a.content = QString::fromUtf8(seed.answer);
        a.createdAt = seed.when;
        m_store->messages().append(a);
        // append() moves the conversation to "now": put it back where the seed says.
        QSqlQuery q(m_store->database().connection());
        q.prepare(QStringLiteral("UPDATE conversations SET last_message_at = ? WHERE id = ?"));
        q.addBindValue(seed.when);
        q.addBindValue(c.id);
        q.exec();
        if (QByteArray(seed.title).startsWith("Regex"))
            m_store->unread().mark(c.id);
    }
}

void ScreenshotRig::showWindow()
{
    if (m_window)
        return;
    m_window = std::make_unique<gui::MainWindow>(*m_store, *m_engine, m_dir.path());
    m_window->resize(m_size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        fail(QStringLiteral("the window was never shown"));
    m_window->resize(m_size); // the session restore may have picked another size
    settle();
}

void ScreenshotRig::useHarness(const core::Harness& harness)
{
    auto settings = m_store->settings().load().value;
    settings.defaultHarnessId = harness.id;
    m_store->settings().save(settings);
}

void ScreenshotRig::send(const QString& text)
{
    auto* composer = m_window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
    if (!composer) {
        fail(QStringLiteral("no composer (objectName \"composer\") in the chat page"));
        return;
    }
    m_window->activateWindow();
    composer->setFocus();
    QTest::keyClicks(composer, text);
    QTest::keyClick(composer, Qt::Key_Return);
}

bool ScreenshotRig::waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    return true;
}

void ScreenshotRig::settle(int ms)
{
    QTest::qWait(ms);
}

bool ScreenshotRig::shoot(const QString& name, QWidget* widget)
{
    if (!m_error.isEmpty())
        return false;
    settle(250);
    QWidget* target = widget ? widget : m_window.get();
    const QImage image = target->grab().toImage();
    // A picture of one colour means nothing was painted: say so rather than commit it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 3) {
        for (int x = 0; x < image.width() && colours.size() < 16; x += 3)
            colours.insert(image.pixel(x, y));
    }
    if (image.isNull() || colours.size() < 16) {
        fail(QStringLiteral("%1 is blank (%2 colours)").arg(name).arg(colours.size()));
        return false;
    }
    const QString path = m_out.filePath(name + QStringLiteral(".png"));
    if (!image.save(path)) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    return true;
}

ScriptedLlmServer::Response ScreenshotRig::streamed(const QString& markdown, int pieces, int delayMs,
                                                    bool finish)
{
    auto response = ScriptedLlmServer::Response::sse();
    const qsizetype step = std::max<qsizetype>(1, markdown.size() / std::max(1, pieces));
    for (qsizetype at = 0; at < markdown.size(); at += step) {
        response.chunk(ScriptedLlmServer::textChunk(markdown.mid(at, step)));
        if (delayMs > 0)
            response.wait(delayMs);
    }
    if (!finish)
        return response.stall();
    response.chunk(ScriptedLlmServer::finishChunk(QStringLiteral("stop")))
        .chunk(ScriptedLlmServer::usageChunk(412, 286, 0.0051))
        .done();
    return response;
}

QList<Scene>& scenes()
{
    static QList<Scene> all;
    return all;
}

bool registerScene(const QString& name, const QString& description, std::function<void(ScreenshotRig&)> run)
{
    scenes().append({name, description, std::move(run)});
    return true;
}

} // namespace harness::test
