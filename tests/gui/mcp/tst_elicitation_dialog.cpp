// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The elicitation form: built from the requested schema with defaults, validation messages,
// Accept / Decline / Cancel; and the GUI handler answering the real server-everything.
#include "../../mcp/mcp_test_peers.h"
#include "core/mcp/mcp_server_registry.h"
#include "core/mcp/mcp_tool_call.h"
#include "gui/mcp/elicitation_dialog.h"
#include "gui/mcp/gui_elicitation_handler.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace harness::core;
using namespace harness::gui;
using namespace Qt::StringLiterals;

namespace {

QJsonObject prop(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto& f : fields)
        o.insert(f.first, f.second);
    return o;
}

/// A schema with one field of each kind the spec allows.
McpElicitationRequest sampleRequest()
{
    McpElicitationRequest r;
    r.serverName = u"travel"_s;
    r.message = u"Where to?"_s;
    QJsonObject properties;
    properties.insert(u"city"_s,
                      prop({{u"type"_s, u"string"_s}, {u"title"_s, u"City"_s}, {u"minLength"_s, 2}}));
    properties.insert(u"email"_s, prop({{u"type"_s, u"string"_s}, {u"format"_s, u"email"_s}}));
    properties.insert(
        u"nights"_s,
        prop({{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}, {u"maximum"_s, 30}, {u"default"_s, 3}}));
    properties.insert(u"budget"_s, prop({{u"type"_s, u"number"_s}}));
    properties.insert(u"pets"_s, prop({{u"type"_s, u"boolean"_s}, {u"default"_s, true}}));
    properties.insert(u"seat"_s,
                      prop({{u"type"_s, u"string"_s},
                            {u"oneOf"_s, QJsonArray{prop({{u"const"_s, u"w"_s}, {u"title"_s, u"Window"_s}}),
                                                    prop({{u"const"_s, u"a"_s}, {u"title"_s, u"Aisle"_s}})}},
                            {u"default"_s, u"a"_s}}));
    properties.insert(u"meals"_s,
                      prop({{u"type"_s, u"array"_s},
                            {u"minItems"_s, 1},
                            {u"items"_s, prop({{u"type"_s, u"string"_s},
                                               {u"enum"_s, QJsonArray{u"veg"_s, u"fish"_s, u"meat"_s}}})}}));
    r.requestedSchema = prop({{u"type"_s, u"object"_s},
                              {u"properties"_s, properties},
                              {u"required"_s, QJsonArray{u"city"_s, u"meals"_s}}});
    r.defaults = McpElicitationHandler::schemaDefaults(r.requestedSchema);
    return r;
}

template <typename T> T* field(ElicitationDialog& d, const QString& name)
{
    return qobject_cast<T*>(d.fieldWidget(name));
}

QLabel* errorOf(ElicitationDialog& d, const QString& name)
{
    return d.findChild<QLabel*>(u"error_"_s + name);
}

} // namespace

class TestElicitationDialog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsAreFilledIn()
    {
        ElicitationDialog d(sampleRequest());
        QVERIFY(d.windowTitle().contains(u"travel"_s));
        QCOMPARE(d.findChild<QLabel*>(u"elicitationMessage"_s)->text(), u"Where to?"_s);
        QCOMPARE(field<QLineEdit>(d, u"nights"_s)->text(), u"3"_s);
        QVERIFY(field<QCheckBox>(d, u"pets"_s)->isChecked());
        QCOMPARE(field<QComboBox>(d, u"seat"_s)->currentText(), u"Aisle"_s);
        QCOMPARE(field<QLineEdit>(d, u"city"_s)->text(), QString());
        QCOMPARE(d.fieldWidget(u"meals"_s)->findChildren<QCheckBox*>().size(), 3);
        QCOMPARE(field<QLineEdit>(d, u"email"_s)->placeholderText(), u"name@example.com"_s);
        for (const QString& name : {u"city"_s, u"email"_s, u"nights"_s, u"pets"_s, u"seat"_s, u"meals"_s})
            QVERIFY(!d.fieldWidget(name)->accessibleName().isEmpty());
    }

    void invalidAnswersAreShownAndKeepTheDialogOpen()
    {
        ElicitationDialog d(sampleRequest());
        d.show();
        field<QLineEdit>(d, u"city"_s)->setText(u"X"_s);
        field<QLineEdit>(d, u"email"_s)->setText(u"not-an-email"_s);
        field<QLineEdit>(d, u"nights"_s)->setText(u"99"_s);
        field<QLineEdit>(d, u"budget"_s)->setText(u"lots"_s);
        d.findChild<QPushButton*>(u"acceptButton"_s)->click();
        QVERIFY(d.isVisible()); // nothing was sent
        QCOMPARE(d.response().action, McpElicitationResponse::Action::Cancel);
        QVERIFY(errorOf(d, u"city"_s)->isVisibleTo(&d));
        QVERIFY(errorOf(d, u"city"_s)->text().contains(u"at least 2"_s));
        QVERIFY(errorOf(d, u"email"_s)->text().contains(u"email address"_s));
        QVERIFY(errorOf(d, u"nights"_s)->text().contains(u"at most 30"_s));
        QVERIFY(errorOf(d, u"budget"_s)->text().contains(u"number"_s));
        QVERIFY(errorOf(d, u"meals"_s)->text().contains(u"required"_s));
        QVERIFY(!errorOf(d, u"pets"_s)->isVisibleTo(&d));
        if (const QString shots = qEnvironmentVariable("HARNESS_SCREENSHOT_DIR"); !shots.isEmpty())
            d.grab().save(shots + u"/elicitation_dialog.png"_s);
        // What the user typed is still there.
        QCOMPARE(field<QLineEdit>(d, u"email"_s)->text(), u"not-an-email"_s);

        field<QLineEdit>(d, u"city"_s)->setText(u"Lisbon"_s);
        field<QLineEdit>(d, u"email"_s)->setText(u"ann@example.com"_s);
        field<QLineEdit>(d, u"nights"_s)->setText(u"5"_s);
        field<QLineEdit>(d, u"budget"_s)->clear(); // optional: left out
        d.fieldWidget(u"meals"_s)->findChild<QCheckBox*>(u"choice_fish"_s)->setChecked(true);
        field<QComboBox>(d, u"seat"_s)->setCurrentIndex(0);
        field<QCheckBox>(d, u"pets"_s)->setChecked(false);
        d.findChild<QPushButton*>(u"acceptButton"_s)->click();
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const auto response = d.response();
        QCOMPARE(response.action, McpElicitationResponse::Action::Accept);
        QCOMPARE(response.content.value(u"city"_s).toString(), u"Lisbon"_s);
        QCOMPARE(response.content.value(u"nights"_s).toDouble(), 5.0);
        QCOMPARE(response.content.value(u"seat"_s).toString(), u"w"_s);
        QCOMPARE(response.content.value(u"pets"_s).toBool(true), false);
        QCOMPARE(response.content.value(u"meals"_s).toArray(), QJsonArray{u"fish"_s});
        QVERIFY(!response.content.contains(u"budget"_s));
    }

    void declineAndCancel()
    {
        ElicitationDialog declined(sampleRequest());
        declined.show();
        declined.findChild<QPushButton*>(u"declineButton"_s)->click();
        QCOMPARE(declined.response().action, McpElicitationResponse::Action::Decline);
        ElicitationDialog cancelled(sampleRequest());
        cancelled.show();
        cancelled.findChild<QPushButton*>(u"cancelButton"_s)->click();
        QCOMPARE(cancelled.response().action, McpElicitationResponse::Action::Cancel);
        ElicitationDialog escaped(sampleRequest());
        escaped.show();
        QTest::keyClick(&escaped, Qt::Key_Escape);
        QCOMPARE(escaped.response().action, McpElicitationResponse::Action::Cancel);
    }

    void answersTheRealServer()
    {
        HARNESS_REQUIRE_PEER(McpTestPeers::missing());
        GuiElicitationHandler handler;
        McpServerRegistry registry;
        registry.setElicitationHandler(&handler);
        registry.setServers(
            {McpTestPeers::stdioServer(u"everything"_s, u"mcp-server-everything"_s, {u"stdio"_s})});
        McpToolListing* listing = registry.listTools({u"everything"_s});
        QSignalSpy listed(listing, &McpToolListing::finished);
        QVERIFY(listed.wait(60'000));
        McpToolCall* call =
            registry.callTool(registry.exposedName(u"everything"_s, u"trigger-elicitation-request"_s), {});
        ElicitationDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = qobject_cast<ElicitationDialog*>(QApplication::activeModalWidget())) ||
                [&] {
                    for (QWidget* w : QApplication::topLevelWidgets())
                        if (auto* d = qobject_cast<ElicitationDialog*>(w); d && d->isVisible())
                            dialog = d;
                    return dialog != nullptr;
                }(),
            30'000);
        // The server's defaults are in the form; the required name is typed.
        QCOMPARE(qobject_cast<QLineEdit*>(dialog->fieldWidget(u"firstLine"_s))->text(),
                 u"It was a dark and stormy night."_s);
        qobject_cast<QLineEdit*>(dialog->fieldWidget(u"name"_s))->setText(u"Ann Smith"_s);
        qobject_cast<QLineEdit*>(dialog->fieldWidget(u"email"_s))->setText(u"ann@example.com"_s);
        dialog->findChild<QPushButton*>(u"acceptButton"_s)->click();
        QSignalSpy finished(call, &McpToolCall::finished);
        QVERIFY(call->isFinished() || finished.wait(30'000));
        const QString text = call->result().modelText();
        QVERIFY2(text.contains(u"- Name: Ann Smith"_s), qPrintable(text));
        QVERIFY2(text.contains(u"- Email: ann@example.com"_s), qPrintable(text));
        QVERIFY2(text.contains(u"- Favorite Integer: 42"_s), qPrintable(text)); // default sent
        QSignalSpy stopped(&registry, &McpServerRegistry::allStopped);
        registry.stopAll();
        QVERIFY(stopped.count() || stopped.wait(10'000));
    }
};

QTEST_MAIN(TestElicitationDialog)
#include "tst_elicitation_dialog.moc"
