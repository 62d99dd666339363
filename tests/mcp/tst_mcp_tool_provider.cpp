// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// McpToolProvider, the engine's view of MCP: tool specs with annotations, outcomes with display
// items, per-server errors, cancellation, and a dead context that is not called back.
#include "core/mcp/mcp_tool_provider.h"
#include "mcp_test_peers.h"

#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30'000;
}

class TestMcpToolProvider final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsToolsWithAnnotationsAndErrors();
    void callReturnsOutcomeWithDisplayItems();
    void cancelEndsWithError();
    void deadContextIsNotCalled();

private:
    QList<ToolSpec> list(QStringList* errors = nullptr);
    ToolOutcome callAndWait(const ToolSpec& spec, const QJsonObject& args);
    ToolSpec spec(const QString& name);

    McpServerRegistry m_registry;
    McpToolProvider m_provider{&m_registry};
    Harness m_harness;
    QList<ToolSpec> m_specs;
};

void TestMcpToolProvider::initTestCase()
{
    HARNESS_REQUIRE_PEER(McpTestPeers::missing());
    McpServerConfig missing;
    missing.name = u"missing"_s;
    missing.command = u"harness-test-no-such-server"_s;
    m_registry.setRestartPolicy(50, 100, 0);
    m_registry.setServers({McpTestPeers::stdioServer(u"everything"_s, u"mcp-server-everything"_s), missing});
    m_harness.mcpServerIds = {u"everything"_s, u"missing"_s};
    m_specs = list();
}

QList<ToolSpec> TestMcpToolProvider::list(QStringList* errors)
{
    QList<ToolSpec> specs;
    bool called = false;
    m_provider.listTools(m_harness, this, [&](const QList<ToolSpec>& tools, const QStringList& serverErrors) {
        specs = tools;
        if (errors)
            *errors = serverErrors;
        called = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(called, kTimeoutMs);
    }();
    return specs;
}

ToolSpec TestMcpToolProvider::spec(const QString& name)
{
    for (const ToolSpec& s : std::as_const(m_specs)) {
        if (s.name == name)
            return s;
    }
    return {};
}

ToolOutcome TestMcpToolProvider::callAndWait(const ToolSpec& s, const QJsonObject& args)
{
    ToolInvocation* invocation = m_provider.callTool(m_harness, s, args, this);
    QSignalSpy finished(invocation, &ToolInvocation::finished);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    }();
    const ToolOutcome outcome =
        finished.isEmpty() ? ToolOutcome{} : finished.at(0).at(0).value<ToolOutcome>();
    delete invocation;
    return outcome;
}

void TestMcpToolProvider::listsToolsWithAnnotationsAndErrors()
{
    QStringList errors;
    const QList<ToolSpec> specs = list(&errors);
    QVERIFY(!specs.isEmpty());
    const ToolSpec echo = spec(u"everything__echo"_s);
    QCOMPARE(echo.server, u"everything"_s);
    QCOMPARE(echo.tool, u"echo"_s);
    QCOMPARE(echo.title, u"Echo Tool"_s);
    QVERIFY(echo.readOnly);
    QVERIFY(!echo.destructive);
    QCOMPARE(echo.inputSchema.value(u"type"_s).toString(), u"object"_s);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).startsWith(u"missing: "_s), qPrintable(errors.at(0)));
}

void TestMcpToolProvider::callReturnsOutcomeWithDisplayItems()
{
    const ToolOutcome echo = callAndWait(spec(u"everything__echo"_s), {{u"message"_s, u"engine"_s}});
    QVERIFY(!echo.isError);
    QCOMPARE(echo.textForModel, u"Echo: engine"_s);
    const ToolOutcome image = callAndWait(spec(u"everything__get-tiny-image"_s), {});
    const auto items = image.items;
    const auto it = std::find_if(items.begin(), items.end(), [](const QJsonValue& v) {
        return v.toObject().value(u"type"_s).toString() == u"image"_s;
    });
    QVERIFY(it != items.end());
    QCOMPARE(it->toObject().value(u"mimeType"_s).toString(), u"image/png"_s);
    QVERIFY(
        QByteArray::fromBase64(it->toObject().value(u"data"_s).toString().toLatin1()).startsWith("\x89PNG"));
    const ToolOutcome weather =
        callAndWait(spec(u"everything__get-structured-content"_s), {{u"location"_s, u"New York"_s}});
    QCOMPARE(weather.structuredContent.value(u"conditions"_s).toString(), u"Cloudy"_s);
}

void TestMcpToolProvider::cancelEndsWithError()
{
    ToolInvocation* invocation =
        m_provider.callTool(m_harness, spec(u"everything__trigger-long-running-operation"_s),
                            {{u"duration"_s, 60}, {u"steps"_s, 60}}, this);
    QSignalSpy progress(invocation, &ToolInvocation::progressed);
    QSignalSpy finished(invocation, &ToolInvocation::finished);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), kTimeoutMs);
    invocation->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    QVERIFY(finished.at(0).at(0).value<ToolOutcome>().isError);
    delete invocation;
}

void TestMcpToolProvider::deadContextIsNotCalled()
{
    auto* context = new QObject;
    bool called = false;
    m_provider.listTools(m_harness, context,
                         [&](const QList<ToolSpec>&, const QStringList&) { called = true; });
    delete context;
    // A second listing started later finishes after the first one: once it has, the first one
    // has finished too, and must not have called its dead context.
    bool laterCalled = false;
    m_provider.listTools(m_harness, this,
                         [&](const QList<ToolSpec>&, const QStringList&) { laterCalled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(laterCalled, kTimeoutMs);
    QVERIFY(!called);
    QCOMPARE(callAndWait(spec(u"everything__echo"_s), {{u"message"_s, u"ok"_s}}).textForModel, u"Echo: ok"_s);
}

QTEST_GUILESS_MAIN(TestMcpToolProvider)
#include "tst_mcp_tool_provider.moc"
