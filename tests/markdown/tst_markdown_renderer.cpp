// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/markdown_renderer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>
#include <QtTest>

using harness::core::MarkdownLink;
using harness::core::MarkdownRenderer;

namespace {

// A QTextDocument that records every resource it is asked to load (images, style sheets).
class RecordingDocument final : public QTextDocument {
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

// Every tag in the output is one of the rich-text subset, with only harmless attributes.
QString disallowedMarkup(const QString& html)
{
    static const QSet<QString> tags{
        QStringLiteral("p"),    QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"),   QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),   QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("li"),   QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("code"), QStringLiteral("table"),      QStringLiteral("tr"),
        QStringLiteral("th"),   QStringLiteral("td"),         QStringLiteral("s"),
        QStringLiteral("a"),    QStringLiteral("hr"),         QStringLiteral("br"),
        QStringLiteral("em"),   QStringLiteral("strong"),     QStringLiteral("span")};
    static const QSet<QString> attributes{QStringLiteral("href"),        QStringLiteral("class"),
                                          QStringLiteral("align"),       QStringLiteral("border"),
                                          QStringLiteral("cellspacing"), QStringLiteral("cellpadding"),
                                          QStringLiteral("start"),       QStringLiteral("style")};
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9]+)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([a-zA-Z-]+)=\"[^\"<>]*\""));
    QString stripped = html;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!tags.contains(m.captured(2)))
            return m.captured(0);
        QString rest = m.captured(3);
        rest.remove(QStringLiteral(" /")); // <hr />
        for (auto a = attribute.globalMatch(rest); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            if (!attributes.contains(am.captured(1)))
                return m.captured(0);
            if (am.captured(1) == QLatin1StringView("style") &&
                !QRegularExpression(
                     QStringLiteral(
                         "^style=\"margin-top:0px(; margin-bottom:0px)?\"$|^style=\"margin-bottom:0px\"$|"
                         "^style=\"list-style-type: none\"$"))
                     .match(am.captured(0))
                     .hasMatch())
                return m.captured(0);
            if (am.captured(1) == QLatin1StringView("href") &&
                !QRegularExpression(
                     QStringLiteral(
                         "^href=\"(https?:|mailto:|harness-copy:\\d+\"|harness-image:(https?:|data:image/))"))
                     .match(am.captured(0))
                     .hasMatch())
                return m.captured(0);
        }
        rest.remove(attribute);
        if (!rest.trimmed().isEmpty())
            return m.captured(0);
        stripped.remove(m.captured(0));
    }
    // Whatever is left is text: a '<' there would be markup Qt might still parse.
    return stripped.contains(u'<') ? stripped : QString();
}

} // namespace

class TestMarkdownRenderer final : public QObject {
    Q_OBJECT

private slots:
    void rendersGfm_data();
    void rendersGfm();
    void rawHtmlIsText_data();
    void rawHtmlIsText();
    void onlyWebLinksAreClickable_data();
    void onlyWebLinksAreClickable();
    void imagesArePlaceholders_data();
    void imagesArePlaceholders();
    void qtDocumentLoadsNothing();
    void codeBlocksAreNumbered();
    void longCodeBlockIsOneListing();
    void classifyLink_data();
    void classifyLink();
};

void TestMarkdownRenderer::rendersGfm_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("atx headings") << QStringLiteral("# Title\n\n### Sub *x*")
                                  << QStringList{QStringLiteral("<h1>Title</h1>"),
                                                 QStringLiteral("<h3>Sub <em>x</em></h3>")};
    QTest::newRow("setext heading") << QStringLiteral("Sub\n---")
                                    << QStringList{QStringLiteral("<h2>Sub</h2>")};
    QTest::newRow("emphasis") << QStringLiteral("*a* __b__ ***c***")
                              << QStringList{QStringLiteral(
                                     "<p><em>a</em> <strong>b</strong> <em><strong>c</strong></em></p>")};
    QTest::newRow("bullet list") << QStringLiteral("- a\n- b")
                                 << QStringList{QStringLiteral("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")};
    QTest::newRow("ordered list start")
        << QStringLiteral("3. x\n4. y")
        << QStringList{QStringLiteral("<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>")};
    QTest::newRow("nested list") << QStringLiteral("- a\n  1. b\n  2. c\n- d")
                                 << QStringList{QStringLiteral(
                                        "<li>a<ol>\n<li>b</li>\n<li>c</li>\n</ol>\n</li>\n<li>d</li>")};
    QTest::newRow("loose list") << QStringLiteral("- a\n\n- b")
                                << QStringList{QStringLiteral("<li><p>a</p>\n</li>"),
                                               QStringLiteral("<li><p>b</p>")};
    QTest::newRow("task list") << QStringLiteral("- [x] done\n- [ ] todo\n- plain") // mixed: bullets stay
                               << QStringList{QStringLiteral("<ul>\n<li>\u2611 done</li>"),
                                              QStringLiteral("<li>\u2610 todo</li>"),
                                              QStringLiteral("<li>plain</li>")};
    QTest::newRow("loose task list") << QStringLiteral("- [X] done\n\n- [ ] todo")
                                     << QStringList{QStringLiteral("<ul style=\"list-style-type: none\">"),
                                                    QStringLiteral("<li><p>\u2611 done</p>")};
    QTest::newRow("table")
        << QStringLiteral("| a | b | c |\n|:--|--:|:-:|\n| 1 | **2** | 3 |")
        << QStringList{
               QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"),
               QStringLiteral(
                   "<tr><th align=\"left\">a</th><th align=\"right\">b</th><th align=\"center\">c</th></tr>"),
               QStringLiteral("<tr><td align=\"left\">1</td><td align=\"right\"><strong>2</strong></td>")};
    QTest::newRow("strikethrough") << QStringLiteral("~~gone~~ and ~one~")
                                   << QStringList{QStringLiteral("<s>gone</s> and <s>one</s>")};
    QTest::newRow("autolink www") << QStringLiteral("see www.example.com now")
                                  << QStringList{QStringLiteral(
                                         "<a href=\"http://www.example.com\">www.example.com</a>")};
    QTest::newRow("autolink url") << QStringLiteral("https://example.com/a?b=1&c=2")
                                  << QStringList{
                                         QStringLiteral("<a href=\"https://example.com/a?b=1&amp;c=2\">")};
    QTest::newRow("autolink email") << QStringLiteral("mail me@example.com")
                                    << QStringList{QStringLiteral(
                                           "<a href=\"mailto:me@example.com\">me@example.com</a>")};
    QTest::newRow("angle autolink") << QStringLiteral("<https://example.com>")
                                    << QStringList{QStringLiteral(
                                           "<a href=\"https://example.com\">https://example.com</a>")};
    QTest::newRow("code span") << QStringLiteral("use `a < b && c`")
                               << QStringList{QStringLiteral("<code>a &lt; b &amp;&amp; c</code>")};
    QTest::newRow("fenced python")
        << QStringLiteral("```python\ndef f():\n    return 1\n```")
        << QStringList{QStringLiteral("<span class=\"code-language\">python</span>"),
                       QStringLiteral("<a href=\"harness-copy:0\">Copy</a>"),
                       QStringLiteral("<pre class=\"code\"><span class=\"hl-keyword\">def</span> f():\n")};
    QTest::newRow("fenced info with attributes")
        << QStringLiteral("~~~rust title=x\nfn main() {}\n~~~")
        << QStringList{QStringLiteral("<span class=\"code-language\">rust</span>"),
                       QStringLiteral("<span class=\"hl-keyword\">fn</span>")};
    QTest::newRow("fenced plain") << QStringLiteral("```\n<b>x</b>\n```")
                                  << QStringList{
                                         QStringLiteral("<pre class=\"code\">&lt;b&gt;x&lt;/b&gt;</pre>")};
    QTest::newRow("indented code") << QStringLiteral("para\n\n    x = 1")
                                   << QStringList{QStringLiteral("<pre class=\"code\">x = 1</pre>")};
    QTest::newRow("block quote")
        << QStringLiteral("> quoted\n> > deeper")
        << QStringList{QStringLiteral(
               "<blockquote>\n<p>quoted</p>\n<blockquote>\n<p>deeper</p>\n</blockquote>\n</blockquote>")};
    QTest::newRow("thematic break") << QStringLiteral("a\n\n***\n\nb")
                                    << QStringList{QStringLiteral("<hr />")};
    QTest::newRow("hard break") << QStringLiteral("a  \nb") << QStringList{QStringLiteral("a<br />\nb")};
    QTest::newRow("entities") << QStringLiteral("AT&amp;T &copy; 5 > 3")
                              << QStringList{QStringLiteral("AT&amp;T \u00a9 5 &gt; 3")};
}

void TestMarkdownRenderer::rendersGfm()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, expected);
    const QString html = MarkdownRenderer::render(markdown).html;
    for (const QString& part : expected) {
        if (!html.contains(part))
            QFAIL(qPrintable(QStringLiteral("missing %1 in\n%2").arg(part, html)));
    }
    QCOMPARE(disallowedMarkup(html), QString());
}

void TestMarkdownRenderer::rawHtmlIsText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("visibleText"); // what the user reads in the view

    QTest::newRow("script block") << QStringLiteral("<script>alert(1)</script>")
                                  << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("img onerror") << QStringLiteral("<img src=x onerror=alert(1)>")
                                 << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>")
                            << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>");
    QTest::newRow("inline tag") << QStringLiteral("hi <b onclick=\"x()\">bold</b>")
                                << QStringLiteral("hi <b onclick=\"x()\">bold</b>");
    QTest::newRow("comment") << QStringLiteral("<!-- hidden -->") << QStringLiteral("<!-- hidden -->");
    QTest::newRow("style") << QStringLiteral("<style>body{display:none}</style>")
                           << QStringLiteral("<style>body{display:none}</style>");
    QTest::newRow("multi-line div") << QStringLiteral("<div>\n<a href=\"javascript:x\">y</a>\n</div>")
                                    << QStringLiteral("<div>\n<a href=\"javascript:x\">y</a>\n</div>");
    QTest::newRow("fence info") << QStringLiteral("```<img/src=x>\ncode\n```")
                                << QStringLiteral("<img/src=x>");
    QTest::newRow("link text") << QStringLiteral("[<script>](https://example.com)")
                               << QStringLiteral("<script>");
    QTest::newRow("image alt") << QStringLiteral("![<iframe>](https://example.com/i.png)")
                               << QStringLiteral("[image: <iframe>]");
    QTest::newRow("in table") << QStringLiteral("| a |\n|---|\n| <img src=x> |")
                              << QStringLiteral("<img src=x>");
}

void TestMarkdownRenderer::rawHtmlIsText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, visibleText);
    const QString html = MarkdownRenderer::render(markdown).html;
    QCOMPARE(disallowedMarkup(html), QString());
    RecordingDocument document;
    document.setHtml(html);
    QVERIFY2(document.toPlainText().contains(visibleText), qPrintable(document.toPlainText()));
    QVERIFY(document.requested.isEmpty());
}

void TestMarkdownRenderer::onlyWebLinksAreClickable_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("href"); // empty: no anchor at all
    QTest::addColumn<QString>("text");

    QTest::newRow("https") << QStringLiteral("[ok](https://example.com/x)")
                           << QStringLiteral("https://example.com/x") << QStringLiteral("ok");
    QTest::newRow("http") << QStringLiteral("[ok](http://example.com)")
                          << QStringLiteral("http://example.com") << QStringLiteral("ok");
    QTest::newRow("mailto") << QStringLiteral("[mail](mailto:a@example.com)")
                            << QStringLiteral("mailto:a@example.com") << QStringLiteral("mail");
    QTest::newRow("javascript") << QStringLiteral("[click](javascript:alert(1))") << QString()
                                << QStringLiteral("click");
    QTest::newRow("mixed case javascript")
        << QStringLiteral("[click](JaVaScRiPt:alert(1))") << QString() << QStringLiteral("click");
    QTest::newRow("javascript autolink")
        << QStringLiteral("<javascript:alert(1)>") << QString() << QStringLiteral("javascript:alert(1)");
    QTest::newRow("file") << QStringLiteral("[passwd](file:///etc/passwd)") << QString()
                          << QStringLiteral("passwd");
    QTest::newRow("data") << QStringLiteral("[d](data:text/html;base64,PHNjcmlwdD4=)") << QString()
                          << QStringLiteral("d");
    QTest::newRow("vbscript") << QStringLiteral("[v](vbscript:msgbox)") << QString() << QStringLiteral("v");
    QTest::newRow("relative") << QStringLiteral("[r](/etc/passwd)") << QString() << QStringLiteral("r");
    QTest::newRow("custom scheme") << QStringLiteral("[c](harness-copy:0)") << QString()
                                   << QStringLiteral("c");
    QTest::newRow("reference") << QStringLiteral("[ref][1]\n\n[1]: https://example.com/r")
                               << QStringLiteral("https://example.com/r") << QStringLiteral("ref");
    QTest::newRow("attribute break-out")
        << QStringLiteral("[x](<https://a.example/\"onmouseover=\"alert(1)>)")
        << QStringLiteral("https://a.example/%22onmouseover=%22alert(1)") << QStringLiteral("x");
}

void TestMarkdownRenderer::onlyWebLinksAreClickable()
{
    QFETCH(QString, markdown);
    QFETCH(QString, href);
    QFETCH(QString, text);
    const QString html = MarkdownRenderer::render(markdown).html;
    QCOMPARE(disallowedMarkup(html), QString());
    QTextDocument document;
    document.setHtml(html);
    QStringList anchors;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor())
                anchors.append(it.fragment().charFormat().anchorHref());
        }
    }
    QCOMPARE(anchors, href.isEmpty() ? QStringList() : QStringList{href});
    QVERIFY2(document.toPlainText().contains(text), qPrintable(document.toPlainText()));
}

void TestMarkdownRenderer::imagesArePlaceholders_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("text");

    QTest::newRow("remote") << QStringLiteral("![a *cat*](https://example.com/cat.png \"title\")")
                            << QStringLiteral("harness-image:https://example.com/cat.png")
                            << QStringLiteral("[image: a cat] (click to load)");
    QTest::newRow("no alt") << QStringLiteral("![](http://example.com/x.png)")
                            << QStringLiteral("harness-image:http://example.com/x.png")
                            << QStringLiteral("[image] (click to load)");
    QTest::newRow("data uri") << QStringLiteral("![dot](data:image/png;base64,iVBORw0KGgo=)")
                              << QStringLiteral("harness-image:data:image/png;base64,iVBORw0KGgo=")
                              << QStringLiteral("[image: dot] (click to load)");
    QTest::newRow("file") << QStringLiteral("![secret](file:///etc/passwd)") << QString()
                          << QStringLiteral("[image: secret]");
    QTest::newRow("javascript") << QStringLiteral("![x](javascript:alert(1))") << QString()
                                << QStringLiteral("[image: x]");
    QTest::newRow("data html") << QStringLiteral("![x](data:text/html,hi)") << QString()
                               << QStringLiteral("[image: x]");
    QTest::newRow("inside link") << QStringLiteral(
                                        "[![badge](https://example.com/b.svg)](https://example.com)")
                                 << QStringLiteral("https://example.com") << QStringLiteral("[image: badge]");
    QTest::newRow("reference") << QStringLiteral("![r][img]\n\n[img]: https://example.com/r.png")
                               << QStringLiteral("harness-image:https://example.com/r.png")
                               << QStringLiteral("[image: r] (click to load)");
}

void TestMarkdownRenderer::imagesArePlaceholders()
{
    QFETCH(QString, markdown);
    QFETCH(QString, href);
    QFETCH(QString, text);
    const QString html = MarkdownRenderer::render(markdown).html;
    QCOMPARE(disallowedMarkup(html), QString());
    QVERIFY(!html.contains(QStringLiteral("<img")));
    RecordingDocument document;
    document.setHtml(html);
    QVERIFY(document.requested.isEmpty());
    QVERIFY2(document.toPlainText().contains(text), qPrintable(document.toPlainText()));
    if (href.isEmpty())
        QVERIFY(!html.contains(QStringLiteral("<a ")));
    else
        QVERIFY2(html.contains(QStringLiteral("<a href=\"%1\">").arg(href)), qPrintable(html));
}

void TestMarkdownRenderer::qtDocumentLoadsNothing()
{
    const QString markdown = QStringLiteral("# Report\n\n![chart](https://example.com/chart.png)\n\n"
                                            "<img src=\"https://example.com/track.gif\">\n\n"
                                            "text <img src=https://example.com/t2.gif> more\n\n"
                                            "| a |\n|---|\n| ![c](https://example.com/c.png) |\n\n"
                                            "- ![d](data:image/png;base64,AAAA)\n");
    RecordingDocument document;
    document.setDefaultStyleSheet(MarkdownRenderer::styleSheet(false));
    document.setHtml(MarkdownRenderer::render(markdown).html);
    QCOMPARE(document.requested, QList<QUrl>());
    QVERIFY(document.toPlainText().contains(QStringLiteral("[image: chart] (click to load)")));
    QVERIFY(document.toPlainText().contains(QStringLiteral("<img src=\"https://example.com/track.gif\">")));
}

void TestMarkdownRenderer::codeBlocksAreNumbered()
{
    const QString markdown = QStringLiteral(
        "```js\nlet a = 1;\n```\n\n- item\n\n  ```\n  nested <x>\n  ```\n\ntext\n\n    indented\n");
    const auto rendered = MarkdownRenderer::render(markdown);
    QCOMPARE(rendered.codeBlocks, (QStringList{QStringLiteral("let a = 1;"), QStringLiteral("nested <x>"),
                                               QStringLiteral("indented")}));
    for (int i = 0; i < 3; ++i)
        QVERIFY(rendered.html.contains(QStringLiteral("<a href=\"harness-copy:%1\">").arg(i)));
    QVERIFY(!rendered.html.contains(QStringLiteral("harness-copy:3")));
}

void TestMarkdownRenderer::longCodeBlockIsOneListing()
{
    // Code blocks are written in pieces of 32 lines; in the view they read as one listing, and a
    // comment that spans a piece boundary stays a comment.
    QString code = QStringLiteral("/* header comment\n");
    for (int i = 1; i < 100; ++i)
        code += i == 32 ? QStringLiteral("still comment */ int x%1 = \"<%1>\";\n").arg(i)
                        : QStringLiteral("int x%1 = \"<%1>\";\n").arg(i);
    code.chop(1);
    const QString markdown = QStringLiteral("```cpp\n") + code + QStringLiteral("\n```\nafter");
    const auto rendered = MarkdownRenderer::render(markdown);
    QCOMPARE(rendered.codeBlocks, QStringList{code});
    QCOMPARE(rendered.html.count(QStringLiteral("<pre ")), 4);
    QCOMPARE(rendered.html.count(QStringLiteral("harness-copy:0")), 1);
    QVERIFY(rendered.html.contains(
        QStringLiteral("<pre class=\"code\" style=\"margin-top:0px; margin-bottom:0px\">"
                       "<span class=\"hl-comment\">still comment */</span>")));
    QCOMPARE(disallowedMarkup(rendered.html), QString());
    QTextDocument document;
    document.setHtml(rendered.html);
    QVERIFY(document.toPlainText().contains(code));
    QList<QTextBlock> codeLines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().nonBreakableLines()) // <pre>
            codeLines.append(block);
    }
    QCOMPARE(codeLines.size(), 100);
    for (qsizetype i = 0; i < codeLines.size(); ++i) {
        QCOMPARE(codeLines[i].blockFormat().topMargin() > 0, i == 0);
        QCOMPARE(codeLines[i].blockFormat().bottomMargin() > 0, i == codeLines.size() - 1);
    }
}

void TestMarkdownRenderer::classifyLink_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("codeBlock");
    using Kind = MarkdownLink::Kind;

    QTest::newRow("copy") << QStringLiteral("harness-copy:2") << int(Kind::CopyCode) << QString() << 2;
    QTest::newRow("copy junk") << QStringLiteral("harness-copy:x") << int(Kind::Ignore) << QString() << -1;
    QTest::newRow("image") << QStringLiteral("harness-image:https://example.com/a%20b.png")
                           << int(Kind::LoadImage) << QStringLiteral("https://example.com/a%20b.png") << -1;
    QTest::newRow("image data") << QStringLiteral("harness-image:data:image/png;base64,AAAA")
                                << int(Kind::LoadImage) << QStringLiteral("data:image/png;base64,AAAA") << -1;
    QTest::newRow("image file") << QStringLiteral("harness-image:file:///etc/passwd") << int(Kind::Ignore)
                                << QString() << -1;
    QTest::newRow("https") << QStringLiteral("https://example.com/x") << int(Kind::OpenExternally)
                           << QStringLiteral("https://example.com/x") << -1;
    QTest::newRow("mailto") << QStringLiteral("mailto:a@example.com") << int(Kind::OpenExternally)
                            << QStringLiteral("mailto:a@example.com") << -1;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << int(Kind::Ignore) << QString()
                                << -1;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << int(Kind::Ignore) << QString() << -1;
}

void TestMarkdownRenderer::classifyLink()
{
    QFETCH(QString, href);
    QFETCH(int, kind);
    QFETCH(QString, url);
    QFETCH(int, codeBlock);
    const MarkdownLink link = MarkdownRenderer::classifyLink(QUrl(href));
    QCOMPARE(int(link.kind), kind);
    QCOMPARE(link.url.toString(QUrl::FullyEncoded), url.isEmpty() ? QString() : url);
    QCOMPARE(link.codeBlock, codeBlock);
}

QTEST_MAIN(TestMarkdownRenderer)
#include "tst_markdown_renderer.moc"
