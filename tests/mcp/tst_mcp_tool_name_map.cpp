// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/mcp_tool_name_map.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace harness::core;
using namespace Qt::StringLiterals;

class TestMcpToolNameMap final : public QObject {
    Q_OBJECT
private slots:
    void sanitize_data();
    void sanitize();
    void plainNames();
    void collisionsGetDistinctStableNames();
    void longNamesAreCutAndStayUnique();
    void orderDoesNotMatter();
    void unknownNamesDoNotResolve();
};

static const QRegularExpression kValid(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));

void TestMcpToolNameMap::sanitize_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"read_file"_s << u"read_file"_s;
    QTest::newRow("dash kept") << u"get-tiny-image"_s << u"get-tiny-image"_s;
    QTest::newRow("dots and spaces") << u"my server.v2"_s << u"my_server_v2"_s;
    QTest::newRow("unicode") << u"caf\u00e9/\u6587"_s << u"caf___"_s;
    QTest::newRow("empty") << QString() << u"_"_s;
}

void TestMcpToolNameMap::sanitize()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(McpToolNameMap::sanitize(in), out);
}

void TestMcpToolNameMap::plainNames()
{
    McpToolNameMap map;
    map.rebuild({{u"everything"_s, u"echo"_s}, {u"file system"_s, u"read.file"_s}});
    QCOMPARE(map.exposedName(u"everything"_s, u"echo"_s), u"everything__echo"_s);
    QCOMPARE(map.exposedName(u"file system"_s, u"read.file"_s), u"file_system__read_file"_s);
    const auto ref = map.resolve(u"file_system__read_file"_s);
    QVERIFY(ref.has_value());
    QCOMPARE(ref->server, u"file system"_s);
    QCOMPARE(ref->tool, u"read.file"_s);
}

void TestMcpToolNameMap::collisionsGetDistinctStableNames()
{
    // Three pairs that all sanitise to "a_b__c_d".
    const QList<McpToolRef> refs{{u"a.b"_s, u"c d"_s},
                                 {u"a b"_s, u"c.d"_s},
                                 {u"a_b"_s, u"c_d"_s},
                                 {u"a"_s, u"b__c"_s},
                                 {u"a__b"_s, u"c"_s}};
    McpToolNameMap map;
    map.rebuild(refs);
    QSet<QString> names;
    for (const McpToolRef& r : refs) {
        const QString name = map.exposedName(r.server, r.tool);
        QVERIFY2(kValid.match(name).hasMatch(), qPrintable(name));
        names.insert(name);
        const auto back = map.resolve(name);
        QVERIFY(back.has_value());
        QCOMPARE(*back, r);
    }
    QCOMPARE(names.size(), refs.size());
    // Colliding names are suffixed, not just numbered by arrival.
    QVERIFY(map.exposedName(u"a.b"_s, u"c d"_s).startsWith(u"a_b__c_d_"_s));
}

void TestMcpToolNameMap::longNamesAreCutAndStayUnique()
{
    const QString server = QString(50, QLatin1Char('s'));
    const QList<McpToolRef> refs{{server, QString(40, QLatin1Char('t')) + u"1"_s},
                                 {server, QString(40, QLatin1Char('t')) + u"2"_s}};
    McpToolNameMap map;
    map.rebuild(refs);
    const QString a = map.exposedName(refs[0].server, refs[0].tool);
    const QString b = map.exposedName(refs[1].server, refs[1].tool);
    QVERIFY(kValid.match(a).hasMatch());
    QVERIFY(kValid.match(b).hasMatch());
    QVERIFY(a != b);
    QCOMPARE(map.resolve(a)->tool, refs[0].tool);
    QCOMPARE(map.resolve(b)->tool, refs[1].tool);
}

void TestMcpToolNameMap::orderDoesNotMatter()
{
    QList<McpToolRef> refs{{u"x"_s, u"a.b"_s}, {u"x"_s, u"a b"_s}, {u"y"_s, u"z"_s}};
    McpToolNameMap first;
    first.rebuild(refs);
    std::reverse(refs.begin(), refs.end());
    McpToolNameMap second;
    second.rebuild(refs);
    for (const McpToolRef& r : refs)
        QCOMPARE(first.exposedName(r.server, r.tool), second.exposedName(r.server, r.tool));
}

void TestMcpToolNameMap::unknownNamesDoNotResolve()
{
    McpToolNameMap map;
    map.rebuild({{u"s"_s, u"t"_s}});
    QVERIFY(!map.resolve(u"s__u"_s).has_value());
    QVERIFY(map.exposedName(u"s"_s, u"u"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestMcpToolNameMap)
#include "tst_mcp_tool_name_map.moc"
