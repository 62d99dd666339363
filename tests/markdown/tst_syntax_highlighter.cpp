// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/syntax_highlighter.h"

#include <QRegularExpression>
#include <QtTest>

using harness::core::SyntaxHighlighter;

namespace {

QString span(const char* cssClass, const QString& escapedText)
{
    return QStringLiteral("<span class=\"hl-%1\">%2</span>").arg(QLatin1StringView(cssClass), escapedText);
}

QString unescapeAndStrip(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

} // namespace

class TestSyntaxHighlighter final : public QObject {
    Q_OBJECT

private slots:
    void marksTokens_data();
    void marksTokens();
    void unknownLanguageIsPlain();
    void continuesAcrossPieces();
};

void TestSyntaxHighlighter::marksTokens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("forbidden");

    QTest::newRow("cpp") << QStringLiteral("cpp") << QStringLiteral("int main() { return 0x1F; } // done")
                         << QStringList{span("type", QStringLiteral("int")),
                                        span("keyword", QStringLiteral("return")),
                                        span("number", QStringLiteral("0x1F")),
                                        span("comment", QStringLiteral("// done"))}
                         << QStringList{};
    QTest::newRow("cpp preprocessor")
        << QStringLiteral("C++") << QStringLiteral("#include <vector>\nx = a # b;")
        << QStringList{span("preprocessor", QStringLiteral("#include &lt;vector&gt;"))}
        << QStringList{span("preprocessor", QStringLiteral("# b;"))};
    QTest::newRow("c block comment") << QStringLiteral("c")
                                     << QStringLiteral("/* a\n \"b\" */ char c = '\\'';")
                                     << QStringList{span("comment",
                                                         QStringLiteral("/* a\n &quot;b&quot; */")),
                                                    span("string", QStringLiteral("'\\''"))}
                                     << QStringList{span("string", QStringLiteral("&quot;b&quot;"))};
    QTest::newRow("cpp raw string") << QStringLiteral("cpp") << QStringLiteral("auto s = R\"x(a \")\" b)x\";")
                                    << QStringList{span("string",
                                                        QStringLiteral("R&quot;x(a &quot;)&quot; b)x&quot;"))}
                                    << QStringList{};
    QTest::newRow("python") << QStringLiteral("python")
                            << QStringLiteral("def f(x):\n    return 'a#b'  # note")
                            << QStringList{span("keyword", QStringLiteral("def")),
                                           span("string", QStringLiteral("'a#b'")),
                                           span("comment", QStringLiteral("# note"))}
                            << QStringList{span("comment", QStringLiteral("#b'  # note"))};
    QTest::newRow("python docstring")
        << QStringLiteral("py") << QStringLiteral("\"\"\"doc\nif x\"\"\"\nif y: pass")
        << QStringList{span("string", QStringLiteral("&quot;&quot;&quot;doc\nif x&quot;&quot;&quot;")),
                       span("keyword", QStringLiteral("if"))}
        << QStringList{};
    QTest::newRow("python prefixes") << QStringLiteral("python") << QStringLiteral("s = f\"x{y}\" + rb'\\d'")
                                     << QStringList{span("string", QStringLiteral("f&quot;x{y}&quot;")),
                                                    span("string", QStringLiteral("rb'\\d'"))}
                                     << QStringList{};
    QTest::newRow("javascript") << QStringLiteral("js")
                                << QStringLiteral("const s = `a ${b}`; // c\nlet $x = null;")
                                << QStringList{span("keyword", QStringLiteral("const")),
                                               span("string", QStringLiteral("`a ${b}`")),
                                               span("comment", QStringLiteral("// c")),
                                               span("keyword", QStringLiteral("null"))}
                                << QStringList{};
    QTest::newRow("typescript") << QStringLiteral("ts") << QStringLiteral("let n: number = 1.5e3;")
                                << QStringList{span("type", QStringLiteral("number")),
                                               span("number", QStringLiteral("1.5e3"))}
                                << QStringList{};
    QTest::newRow("rust") << QStringLiteral("rust")
                          << QStringLiteral("fn f<'a>(s: &'a str) -> char { let r = r#\"raw \"q\"\"#; 'x' }")
                          << QStringList{span("keyword", QStringLiteral("fn")),
                                         span("type", QStringLiteral("str")),
                                         span("string", QStringLiteral("r#&quot;raw &quot;q&quot;&quot;#")),
                                         span("string", QStringLiteral("'x'"))}
                          << QStringList{span("string", QStringLiteral("'a&gt;(s: &amp;'"))};
    QTest::newRow("go") << QStringLiteral("go")
                        << QStringLiteral("func main() { s := `raw\\n`; var r rune = 'x' }")
                        << QStringList{span("keyword", QStringLiteral("func")),
                                       span("string", QStringLiteral("`raw\\n`")),
                                       span("type", QStringLiteral("rune"))}
                        << QStringList{};
    QTest::newRow("java") << QStringLiteral("java")
                          << QStringLiteral("public class A { String s = \"x\\\"y\"; }")
                          << QStringList{span("keyword", QStringLiteral("public")),
                                         span("type", QStringLiteral("String")),
                                         span("string", QStringLiteral("&quot;x\\&quot;y&quot;"))}
                          << QStringList{};
    QTest::newRow("shell") << QStringLiteral("bash")
                           << QStringLiteral("if [ -n \"$X\" ]; then echo ${HOME} $1; fi # end\nls a#b")
                           << QStringList{span("keyword", QStringLiteral("if")),
                                          span("keyword", QStringLiteral("then")),
                                          span("variable", QStringLiteral("${HOME}")),
                                          span("variable", QStringLiteral("$1")),
                                          span("comment", QStringLiteral("# end")),
                                          span("string", QStringLiteral("&quot;$X&quot;"))}
                           << QStringList{span("comment", QStringLiteral("#b"))};
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("{\"a\": -1, \"b\": [true, null]}")
                          << QStringList{span("string", QStringLiteral("&quot;a&quot;")),
                                         span("number", QStringLiteral("1")),
                                         span("keyword", QStringLiteral("true")),
                                         span("keyword", QStringLiteral("null"))}
                          << QStringList{};
    QTest::newRow("html in string") << QStringLiteral("cpp") << QStringLiteral("auto s = \"<script>\";")
                                    << QStringList{span("string",
                                                        QStringLiteral("&quot;&lt;script&gt;&quot;"))}
                                    << QStringList{QStringLiteral("<script>")};
    QTest::newRow("unterminated string")
        << QStringLiteral("python") << QStringLiteral("x = 'open\ny = 2")
        << QStringList{span("string", QStringLiteral("'open")), span("number", QStringLiteral("2"))}
        << QStringList{};
    QTest::newRow("identifier with digits")
        << QStringLiteral("cpp") << QStringLiteral("int x2 = y3;") << QStringList{QStringLiteral("x2 = y3;")}
        << QStringList{span("number", QStringLiteral("2"))};
}

void TestSyntaxHighlighter::marksTokens()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, forbidden);
    QVERIFY(SyntaxHighlighter::supportsLanguage(language));
    const QString html = SyntaxHighlighter::toHtml(code, language);
    for (const QString& part : expected)
        QVERIFY2(html.contains(part), qPrintable(QStringLiteral("missing %1 in %2").arg(part, html)));
    for (const QString& part : forbidden)
        QVERIFY2(!html.contains(part), qPrintable(QStringLiteral("unexpected %1 in %2").arg(part, html)));
    // Highlighting never changes the text itself.
    QCOMPARE(unescapeAndStrip(html), code);
}

void TestSyntaxHighlighter::unknownLanguageIsPlain()
{
    QVERIFY(!SyntaxHighlighter::supportsLanguage(QStringLiteral("brainfuck")));
    QCOMPARE(SyntaxHighlighter::toHtml(QStringLiteral("if <x> & \"y\""), QStringLiteral("brainfuck")),
             QStringLiteral("if &lt;x&gt; &amp; &quot;y&quot;"));
    QCOMPARE(SyntaxHighlighter::toHtml(QStringLiteral("if x"), QString()), QStringLiteral("if x"));
}

void TestSyntaxHighlighter::continuesAcrossPieces()
{
    // A long code block is highlighted in pieces of lines; what one piece leaves open, the next
    // one continues.
    SyntaxHighlighter::State state;
    QByteArray out;
    SyntaxHighlighter::appendHtml(out, "int a; /* open", "cpp", state);
    QCOMPARE(state.close, std::string("*/"));
    out.clear();
    SyntaxHighlighter::appendHtml(out, "still */ return 1;", "cpp", state);
    QCOMPARE(out,
             QByteArray("<span class=\"hl-comment\">still */</span> <span class=\"hl-keyword\">return</span> "
                        "<span class=\"hl-number\">1</span>;"));
    QCOMPARE(state, SyntaxHighlighter::State());

    SyntaxHighlighter::appendHtml(out, "s = '''one", "python", state);
    SyntaxHighlighter::appendHtml(out, "two", "python", state);
    QCOMPARE(state.close, std::string("'''"));
    out.clear();
    SyntaxHighlighter::appendHtml(out, "three''' # c", "python", state);
    QCOMPARE(out,
             QByteArray("<span class=\"hl-string\">three'''</span> <span class=\"hl-comment\"># c</span>"));
    QCOMPARE(state, SyntaxHighlighter::State());

    // A single-line string does not leak into the next line.
    SyntaxHighlighter::appendHtml(out, "x = \"open", "cpp", state);
    QCOMPARE(state, SyntaxHighlighter::State());
}

QTEST_MAIN(TestSyntaxHighlighter)
#include "tst_syntax_highlighter.moc"
