// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The elicitation form model the GUI dialog and the CLI's terminal form share: fields from the
// requested schema (all kinds the spec allows), typed text parsed and checked.
#include "core/mcp/mcp_elicitation_form.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace harness::core;
using namespace Qt::StringLiterals;

namespace {

McpElicitationField fieldFrom(const QByteArray& property, bool required = false)
{
    QJsonObject schema{{u"type"_s, u"object"_s},
                       {u"properties"_s, QJsonObject{{u"f"_s, QJsonDocument::fromJson(property).object()}}}};
    if (required)
        schema.insert(u"required"_s, QJsonArray{u"f"_s});
    const auto form = McpElicitationForm::fromSchema(schema);
    return form.fields.value(0);
}

} // namespace

class TestMcpElicitationForm final : public QObject {
    Q_OBJECT
private slots:
    void kindsAndOrder()
    {
        const QJsonObject schema =
            QJsonDocument::fromJson(
                "{\"type\":\"object\",\"required\":[\"z\"],\"properties\":{"
                "\"a\":{\"type\":\"boolean\",\"default\":true},"
                "\"b\":{\"type\":\"integer\",\"minimum\":1},"
                "\"c\":{\"type\":\"string\",\"enum\":[\"x\",\"y\"],\"enumNames\":[\"Ex\",\"Why\"]},"
                "\"d\":{\"type\":\"array\",\"items\":{\"anyOf\":[{\"const\":\"p\",\"title\":\"Pea\"}]}},"
                "\"e\":{\"type\":\"object\"},"
                "\"z\":{\"type\":\"string\",\"title\":\"Zed\"}}}")
                .object();
        const auto form = McpElicitationForm::fromSchema(schema);
        QCOMPARE(form.unsupported, QStringList{u"e"_s});
        QCOMPARE(form.fields.size(), 5);
        QCOMPARE(form.fields.at(0).name, u"z"_s); // required first
        QCOMPARE(form.fields.at(0).label(), u"Zed"_s);
        QCOMPARE(form.fields.at(1).kind, McpElicitationField::Kind::Boolean);
        QCOMPARE(form.fields.at(1).defaultValue, QJsonValue(true));
        QCOMPARE(form.fields.at(2).kind, McpElicitationField::Kind::Integer);
        QCOMPARE(form.fields.at(3).kind, McpElicitationField::Kind::Enum);
        QCOMPARE(form.fields.at(3).optionLabel(u"y"_s), u"Why"_s);
        QCOMPARE(form.fields.at(4).kind, McpElicitationField::Kind::MultiEnum);
        QCOMPARE(form.validate({}).size(), 1); // z missing
        QCOMPARE(form.validate({{u"z"_s, u"ok"_s}}).size(), 0);
    }

    void parseText_data()
    {
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QJsonValue>("expected"); // Undefined: refused
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("yes") << QByteArray("{\"type\":\"boolean\"}") << u"Yes"_s << QJsonValue(true)
                             << QString();
        QTest::newRow("no") << QByteArray("{\"type\":\"boolean\"}") << u"n"_s << QJsonValue(false)
                            << QString();
        QTest::newRow("not bool") << QByteArray("{\"type\":\"boolean\"}") << u"maybe"_s
                                  << QJsonValue(QJsonValue::Undefined) << u"yes or no"_s;
        QTest::newRow("integer") << QByteArray("{\"type\":\"integer\",\"maximum\":10}") << u"7"_s
                                 << QJsonValue(7) << QString();
        QTest::newRow("fraction") << QByteArray("{\"type\":\"integer\"}") << u"7.5"_s
                                  << QJsonValue(QJsonValue::Undefined) << u"whole number"_s;
        QTest::newRow("too big") << QByteArray("{\"type\":\"number\",\"maximum\":10}") << u"10.5"_s
                                 << QJsonValue(QJsonValue::Undefined) << u"at most 10"_s;
        QTest::newRow("number") << QByteArray("{\"type\":\"number\"}") << u"-2.5"_s << QJsonValue(-2.5)
                                << QString();
        QTest::newRow("enum by number") << QByteArray("{\"type\":\"string\",\"enum\":[\"r\",\"g\"]}")
                                        << u"2"_s << QJsonValue(u"g"_s) << QString();
        QTest::newRow("enum by title")
            << QByteArray("{\"type\":\"string\",\"oneOf\":[{\"const\":\"h1\",\"title\":\"Superman\"}]}")
            << u"superman"_s << QJsonValue(u"h1"_s) << QString();
        QTest::newRow("enum unknown") << QByteArray("{\"type\":\"string\",\"enum\":[\"r\"]}") << u"blue"_s
                                      << QJsonValue(QJsonValue::Undefined) << u"not one of the choices"_s;
        QTest::newRow("multi") << QByteArray("{\"type\":\"array\",\"items\":{\"enum\":[\"a\",\"b\",\"c\"]}}")
                               << u"a, 3"_s << QJsonValue(QJsonArray{u"a"_s, u"c"_s}) << QString();
        QTest::newRow("multi too many")
            << QByteArray("{\"type\":\"array\",\"maxItems\":1,\"items\":{\"enum\":[\"a\",\"b\"]}}")
            << u"a,b"_s << QJsonValue(QJsonValue::Undefined) << u"at most 1"_s;
        QTest::newRow("email") << QByteArray("{\"type\":\"string\",\"format\":\"email\"}") << u"a@b"_s
                               << QJsonValue(QJsonValue::Undefined) << u"email address"_s;
        QTest::newRow("uri") << QByteArray("{\"type\":\"string\",\"format\":\"uri\"}")
                             << u"https://x.test/a"_s << QJsonValue(u"https://x.test/a"_s) << QString();
        QTest::newRow("date") << QByteArray("{\"type\":\"string\",\"format\":\"date\"}") << u"2025-13-01"_s
                              << QJsonValue(QJsonValue::Undefined) << u"date like"_s;
        QTest::newRow("short") << QByteArray("{\"type\":\"string\",\"minLength\":3}") << u"ab"_s
                               << QJsonValue(QJsonValue::Undefined) << u"at least"_s;
    }

    void parseText()
    {
        QFETCH(QByteArray, property);
        QFETCH(QString, typed);
        QFETCH(QJsonValue, expected);
        QFETCH(QString, errorContains);
        const McpElicitationField f = fieldFrom(property);
        QString error;
        const QJsonValue value = f.parseText(typed, &error);
        QCOMPARE(value, expected);
        if (errorContains.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(errorContains), qPrintable(error));
    }

    void requiredMultiSelectNeedsAChoice()
    {
        const auto f = fieldFrom("{\"type\":\"array\",\"items\":{\"enum\":[\"a\"]}}", true);
        QVERIFY(f.validate(QJsonArray{}).contains(u"required"_s));
        QVERIFY(f.validate(QJsonValue::Undefined).contains(u"required"_s));
        QVERIFY(f.validate(QJsonArray{u"a"_s}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMcpElicitationForm)
#include "tst_mcp_elicitation_form.moc"
