// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/markdown/markdown_renderer.h"
#include "core/markdown/streaming_markdown.h"

#include <QRandomGenerator>
#include <QtTest>

using harness::core::MarkdownRenderer;
using harness::core::StreamingMarkdown;

namespace {

// The shape of a typical model answer: headings, paragraphs, loose and nested lists, task lists,
// fenced code in several languages (one with blank lines inside), a table, a quote, an image.
const char16_t kAnswer[] = uR"(# Setting up the build

Here is how to configure the project. First, **install** the dependencies:

1. Install CMake 3.25 or newer.
2. Install Qt 6 (`qt6-base-dev`).

   On Debian this is one command:

   ```bash
   sudo apt-get install qt6-base-dev # Qt
   ```
3. Configure.

Setext heading
--------------

- [x] configure
- [ ] build
  - nested *item*
  - another ~~old~~ item

| Option | Default | Meaning |
|:-------|:-------:|--------:|
| `HARNESS_BUILD_TESTS` | ON | build the tests |
| `HARNESS_USE_CCACHE` | ON | use ccache |

> **Note:** the cache lives in `~/.ccache`.
> Lazy continuation
line here.

```python
def main():
    """Entry point."""

    # blank line above is inside the fence
    return 0
```

    indented code block

    with a blank line

***

Visit https://example.com or www.example.org, mail me@example.com.
![diagram](https://example.com/d.png) and <b>raw html</b> stay inert.
A line with a hard break  
and an emoji 😀 split across surrogates.

```cpp
int main() { return 0; }
```
Trailing paragraph without newline)";

QString answer()
{
    return QString::fromUtf16(kAnswer);
}

// Streams text in pieces and checks after every append that the incremental HTML equals a full
// render of what has arrived, and that blocks once reported stable never change.
void streamAndCompare(const QString& text, const QList<qsizetype>& cuts)
{
    StreamingMarkdown stream;
    QStringList seenStable;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(text.size());
    for (qsizetype end : ends) {
        const StreamingMarkdown::Update update = stream.append(QStringView(text).sliced(from, end - from));
        from = end;
        // A high surrogate waits for its low half before it is rendered.
        const qsizetype complete = text.at(end - 1).isHighSurrogate() ? end - 1 : end;
        const auto whole = MarkdownRenderer::render(text.first(complete));
        if (stream.html() != whole.html) {
            QFAIL(qPrintable(QStringLiteral("after %1 chars\n--- incremental\n%2\n--- whole\n%3")
                                 .arg(end)
                                 .arg(stream.html(), whole.html)));
        }
        QCOMPARE(stream.codeBlocks(), whole.codeBlocks);
        if (update.reset) {
            seenStable.clear();
        } else {
            QCOMPARE(stream.stableBlockCount(), seenStable.size() + update.newStableBlocks);
            QCOMPARE(stream.stableBlocks().first(seenStable.size()), seenStable);
        }
        seenStable = stream.stableBlocks();
    }
    QCOMPARE(stream.source(), text);
}

} // namespace

class TestStreamingMarkdown final : public QObject {
    Q_OBJECT

private slots:
    void chunkSizes_data();
    void chunkSizes();
    void everySplitPoint();
    void trickyDocuments_data();
    void trickyDocuments();
    void longCodeBlocks_data();
    void longCodeBlocks();
    void randomDocuments();
    void cachesFinishedBlocks();
    void cachesOpenCodeBlock();
    void codeBlockAccessor();
    void clearStartsOver();
};

void TestStreamingMarkdown::chunkSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size = 1; size <= 80; ++size)
        QTest::addRow("%d", size) << size;
    QTest::addRow("whole") << int(answer().size());
}

void TestStreamingMarkdown::chunkSizes()
{
    QFETCH(int, size);
    const QString text = answer();
    QList<qsizetype> cuts;
    for (qsizetype at = size; at < text.size(); at += size)
        cuts.append(at);
    streamAndCompare(text, cuts);
}

void TestStreamingMarkdown::everySplitPoint()
{
    const QString text = QStringLiteral(
        "Intro with 😀\n\n```js\nlet a = 1;\n\nlet b = `x`;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "- one\n- two\n\n- three\n\nend\n");
    for (qsizetype at = 1; at < text.size(); ++at)
        streamAndCompare(text, {at});
    // And three pieces, to move the stable boundary twice.
    for (qsizetype a = 1; a < text.size(); a += 3) {
        for (qsizetype b = a + 1; b < text.size(); b += 7)
            streamAndCompare(text, {a, b});
    }
}

void TestStreamingMarkdown::trickyDocuments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fullMode");

    QTest::newRow("setext after paragraph") << QStringLiteral("para\nline\n---\n\nnext\n===\n") << false;
    QTest::newRow("table grows from paragraph")
        << QStringLiteral("intro\n| a | b |\n|---|---|\n| 1 | 2 |\nafter\n\nend") << false;
    QTest::newRow("table splits a paragraph")
        << QStringLiteral("a\n\nb\nintro\n| a | b |\n|---|---|\n| 1 | 2 |\n\nc\nd\n| x |\n|--|\nz") << false;
    QTest::newRow("list turns loose") << QStringLiteral("- a\n- b\n\n- c\n\ntext\n") << false;
    QTest::newRow("fence inside list item")
        << QStringLiteral("1. one\n\n   ```\n   code\n\n   more\n   ```\n2. two\n\nafter") << false;
    QTest::newRow("fence hides markdown")
        << QStringLiteral("```md\n# not heading\n\n- not list\n\n| a |\n|---|\n```\n\nafter") << false;
    QTest::newRow("unterminated fence") << QStringLiteral("text\n\n```python\nx = 1\n\ny = 2\n") << false;
    QTest::newRow("longer closing fence")
        << QStringLiteral("````\n```\nstill code\n\n```\n````\n\nout") << false;
    QTest::newRow("html block spans blank lines")
        << QStringLiteral("<pre>\n\n<b>x</b>\n\n</pre>\n\nafter\n\n<!--\n\nc\n-->\nz") << false;
    QTest::newRow("lazy quote") << QStringLiteral("> a\nlazy\n\n> b\n\nc") << false;
    QTest::newRow("indented code with blanks")
        << QStringLiteral("para\n\n    code\n\n\n    more\n\nend") << false;
    QTest::newRow("breaks and lists") << QStringLiteral("- - -\n\n* * *\n\n- a\n* b\n+ c\n\n--- \n") << false;
    QTest::newRow("ordered list cannot interrupt")
        << QStringLiteral("para\n2. no list\n\n2. list\n3. more\n\nx") << false;
    QTest::newRow("crlf") << QStringLiteral(
                                 "# T\r\n\r\npara\r\n\r\n- a\r\n- b\r\n\r\n```\r\nx\r\n\r\n```\r\nend")
                          << false;
    QTest::newRow("cr only") << QStringLiteral("# T\r\rpara\r\r- a\r- b\r\rend") << false;
    QTest::newRow("byte order mark mid text") << QStringLiteral("a\n\n\uFEFFb\n\n\uFEFF# c\n\nd") << false;
    QTest::newRow("nul characters") << QStringLiteral("a\u0000b\n\n\u0000\n\nc") << false;
    QTest::newRow("tabs") << QStringLiteral("-\ta\n\n\tcode\n\n>\tquote\n\nend") << false;
    QTest::newRow("task list") << QStringLiteral("- [ ] a\n- [x] b\n\n- [ ] c\n\nend") << false;
    QTest::newRow("brackets in code only")
        << QStringLiteral("```py\nx = a[1]:\n```\n\ntext\n\n    b[2]: 3\n\nmore") << false;
    QTest::newRow("reference defined after use")
        << QStringLiteral("see [link][r] now\n\npara\n\n[r]: https://example.com\n\nafter") << true;
    QTest::newRow("reference defined before use")
        << QStringLiteral("[r]: https://example.com\n\npara\n\nsee [r]\n\n[r]\n") << true;
    QTest::newRow("reference after code block")
        << QStringLiteral("```\nx\n```\n[r]: https://e.com\n\n[r]\n\nz") << true;
    QTest::newRow("surrogates") << QStringLiteral("😀😀\n\n# 😀\n\n- 😀") << false;
}

void TestStreamingMarkdown::trickyDocuments()
{
    QFETCH(QString, text);
    QFETCH(bool, fullMode);
    for (int size : {1, 2, 3, 5, 8}) {
        QList<qsizetype> cuts;
        for (qsizetype at = size; at < text.size(); at += size)
            cuts.append(at);
        streamAndCompare(text, cuts);
        if (QTest::currentTestFailed())
            return;
    }
    StreamingMarkdown stream;
    stream.append(text);
    QCOMPARE(stream.isFullMode(), fullMode);
}

void TestStreamingMarkdown::longCodeBlocks_data()
{
    QTest::addColumn<QString>("text");
    // Lines that open multi-line comments and strings across the 32-line pieces.
    const auto listing = [](const QString& opener, const QString& line, const QString& closer,
                            int lines) -> QString {
        QString text = opener + u'\n';
        for (int i = 0; i < lines; ++i)
            text += line.arg(i) + u'\n';
        return text + closer;
    };
    QTest::newRow("cpp comment across pieces") << listing(
        QStringLiteral("Intro\n\n```cpp"), QStringLiteral("int a%1; /* open %1\nclose */ auto s = R\"x(%1"),
        QStringLiteral(")x\";\n```\n\nafter\n"), 40);
    QTest::newRow("python docstring across pieces")
        << listing(QStringLiteral("```python"),
                   QStringLiteral("def f%1():\n    \"\"\"doc %1\n\n    \"\"\"\n    return '%1'"),
                   QStringLiteral("```"), 30);
    QTest::newRow("unterminated") << listing(QStringLiteral("# T\n\n~~~js"),
                                             QStringLiteral("let s%1 = `a\nb%1`;"), QString(), 50);
    QTest::newRow("indented fence") << listing(QStringLiteral("  ```sh"),
                                               QStringLiteral("   echo \"$%1\" # c\n  x"),
                                               QStringLiteral("  ```\n- list"), 40);
    QTest::newRow("closing fence look-alikes") << listing(
        QStringLiteral("````"), QStringLiteral("```\n    ````\nline %1"), QStringLiteral("````\ndone"), 40);
    QTest::newRow("exactly one piece")
        << listing(QStringLiteral("```"), QStringLiteral("%1"), QStringLiteral("```\nx"), 32);
    QTest::newRow("crlf") << listing(QStringLiteral("```c\r"), QStringLiteral("int v%1;\r"),
                                     QStringLiteral("```\r\nend"), 70);
    QTest::newRow("fence in a list item")
        << listing(QStringLiteral("- item\n\n  ```go"), QStringLiteral("  x := `%1"),
                   QStringLiteral("  `\n  ```\n"), 40);
    QTest::newRow("two fences") << listing(QStringLiteral("```rust"),
                                           QStringLiteral("let r%1 = r#\"\n%1\"#;"),
                                           QStringLiteral("```\n```rust\nfn main() {}\n```\n"), 40);
}

void TestStreamingMarkdown::longCodeBlocks()
{
    QFETCH(QString, text);
    for (int size : {1, 3, 7, 40, 333}) {
        QList<qsizetype> cuts;
        for (qsizetype at = size; at < text.size(); at += size)
            cuts.append(at);
        streamAndCompare(text, cuts);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestStreamingMarkdown::randomDocuments()
{
    // Documents stitched from fragments that interact across lines, streamed in random pieces.
    // Fixed seed: a failure names the document index and reproduces.
    static const char16_t* const fragments[] = {u"# heading\n",
                                                u"para text with `code` and *em*\n",
                                                u"\n",
                                                u"\n\n",
                                                u"- item\n",
                                                u"  - nested\n",
                                                u"1. one\n",
                                                u"2) two\n",
                                                u"```py\n",
                                                u"```\n",
                                                u"~~~\n",
                                                u"    indented\n",
                                                u"> quote\n",
                                                u"lazy line\n",
                                                u"| a | b |\n",
                                                u"|---|:-:|\n",
                                                u"***\n",
                                                u"---\n",
                                                u"===\n",
                                                u"<div>\n",
                                                u"</div>\n",
                                                u"<!--\n",
                                                u"-->\n",
                                                u"- [ ] task\n",
                                                u"- [x] done\n",
                                                u"\ttab\n",
                                                u"😀 emoji\n",
                                                u"a\r\n",
                                                u"  ```js\n",
                                                u"def f():\n",
                                                u"/* c\n",
                                                u"*/\n",
                                                u"'''\n",
                                                u"\"\"\"\n",
                                                u"www.example.com\n",
                                                u"![i](https://e.com/i.png)\n",
                                                u"<script>x</script>\n",
                                                u"~~strike~~\n",
                                                u"text  \n",
                                                u"   > > deep\n",
                                                u"+ plus\n",
                                                u"10. ten\n"};
    constexpr int fragmentCount = int(sizeof(fragments) / sizeof(fragments[0]));
    QRandomGenerator rng(20261125);
    for (int doc = 0; doc < 400; ++doc) {
        QString text;
        const int parts = rng.bounded(5, 60);
        for (int p = 0; p < parts; ++p) {
            if (rng.bounded(40) == 0) {
                for (int line = 0; line < 40; ++line) // a long run that crosses code pieces
                    text += QStringLiteral("x%1 = '%1' # c\n").arg(line);
            }
            text += QString::fromUtf16(fragments[rng.bounded(fragmentCount)]);
        }
        if (rng.bounded(2))
            text += QStringLiteral("tail without newline");
        QList<qsizetype> cuts;
        for (qsizetype at = rng.bounded(1, 40); at < text.size(); at += rng.bounded(1, 40))
            cuts.append(at);
        streamAndCompare(text, cuts);
        if (QTest::currentTestFailed()) {
            qWarning("document %d:\n%s", doc, qPrintable(text));
            return;
        }
    }
}

void TestStreamingMarkdown::cachesOpenCodeBlock()
{
    StreamingMarkdown stream;
    stream.append(u"Here:\n\n```python\n");
    QString code;
    for (int i = 0; i < 200; ++i) {
        const QString line = QStringLiteral("print(%1)  # line %1\n").arg(i);
        code += line;
        stream.append(line);
    }
    // 200 complete lines: pieces 0..5 are finished, the 7th (8 lines) is the open tail.
    QCOMPARE(stream.stableBlockCount(), 1 + 6);
    QCOMPARE(stream.tailHtml().count(u'\n'), 8);
    QCOMPARE(stream.codeBlockCount(), 1);
    QCOMPARE(stream.codeBlock(0), code.chopped(1));
    stream.append(u"```\n\nDone.\n");
    QCOMPARE(stream.stableBlockCount(), 1 + 7); // the last piece is final once the fence closes
    QCOMPARE(stream.codeBlock(0), code.chopped(1));
    QCOMPARE(stream.html(), MarkdownRenderer::render(stream.source()).html);
    QVERIFY(!stream.isFullMode());
}

void TestStreamingMarkdown::cachesFinishedBlocks()
{
    // 300 paragraphs streamed in small pieces: all but the open last block end up cached, so the
    // work per append is bounded by the tail, not by the answer.
    StreamingMarkdown stream;
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("Paragraph %1 with some *words* in it.\n\n").arg(i);
    int reported = 0;
    for (qsizetype at = 0; at < text.size(); at += 4) {
        const auto update =
            stream.append(QStringView(text).sliced(at, std::min<qsizetype>(4, text.size() - at)));
        QVERIFY(!update.reset);
        reported += update.newStableBlocks;
    }
    QCOMPARE(stream.stableBlockCount(), 299);
    QCOMPARE(reported, 299);
    QCOMPARE(stream.tailHtml(), QStringLiteral("<p>Paragraph 299 with some <em>words</em> in it.</p>\n"));
    QCOMPARE(stream.html(), MarkdownRenderer::render(text).html);
    QVERIFY(!stream.isFullMode());
}

void TestStreamingMarkdown::codeBlockAccessor()
{
    StreamingMarkdown stream;
    stream.append(u"```sh\necho one\n```\n\nText\n\n```\nopen");
    QCOMPARE(stream.codeBlockCount(), 2);
    QCOMPARE(stream.codeBlock(0), QStringLiteral("echo one"));
    QCOMPARE(stream.codeBlock(1), QStringLiteral("open"));
    QCOMPARE(stream.codeBlock(2), QString());
    QCOMPARE(stream.codeBlock(-1), QString());
    QVERIFY(stream.stableBlockCount() >= 1);
    QVERIFY(stream.tailHtml().contains(QStringLiteral("harness-copy:1")));
    stream.append(u" more\n```\n");
    QCOMPARE(stream.codeBlock(1), QStringLiteral("open more"));
}

void TestStreamingMarkdown::clearStartsOver()
{
    StreamingMarkdown stream;
    stream.append(u"[r]: https://example.com\n\n# A\n\nb\n");
    QVERIFY(stream.isFullMode());
    stream.clear();
    QVERIFY(!stream.isFullMode());
    QCOMPARE(stream.html(), QString());
    QCOMPARE(stream.codeBlockCount(), 0);
    stream.append(u"# B\n\nc\n\nd");
    QCOMPARE(stream.html(), MarkdownRenderer::render(u"# B\n\nc\n\nd").html);
    QCOMPARE(stream.stableBlockCount(), 1); // "c" stays open until a line after it is complete
}

QTEST_MAIN(TestStreamingMarkdown)
#include "tst_streaming_markdown.moc"
