// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// A streamed answer, appended block by block as the chat view does, must give the same document
// as the whole answer rendered at once: same text, same blocks, same height.
#include "core/markdown/markdown_renderer.h"
#include "core/markdown/streaming_markdown.h"
#include "gui/chat/streamed_document.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <cmath>

using harness::core::MarkdownRenderer;
using harness::core::StreamingMarkdown;

namespace {

constexpr int TextWidth = 640;

void setUp(QTextDocument& document)
{
    // As MessageDelegate sets up its documents.
    document.setDocumentMargin(0);
    document.setDefaultFont(QGuiApplication::font());
    document.setDefaultStyleSheet(MarkdownRenderer::styleSheet(false));
    document.setUndoRedoEnabled(false);
    document.setTextWidth(TextWidth);
}

// One line per block: where it is, its margins and list, its text.
QString describe(const QTextDocument& document)
{
    QString out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const auto format = block.blockFormat();
        const QTextList* list = block.textList();
        const auto* table = qobject_cast<QTextTable*>(QTextCursor(block).currentFrame());
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        out += QStringLiteral("y=%1 h=%2 m=%3/%4 indent=%5 %6%7 \"%8\"\n")
                   .arg(rect.top())
                   .arg(rect.height())
                   .arg(format.topMargin())
                   .arg(format.bottomMargin())
                   .arg(format.indent())
                   .arg(list ? QStringLiteral("list(%1,%2,#%3) ")
                                   .arg(int(list->format().style()))
                                   .arg(list->format().indent())
                                   .arg(list->itemNumber(block))
                             : QString())
                   .arg(table ? QStringLiteral("table ") : QString())
                   .arg(block.text().left(40));
    }
    return out;
}

// Feeds text in pieces of `step` characters and builds the document as MessageDelegate does:
// finished blocks appended to the content as they come, the open tail kept apart, and at the end
// the tail appended to the content.
void buildStreamed(QTextDocument& content, const QString& text, int step)
{
    StreamingMarkdown streaming;
    QTextDocument tail;
    setUp(tail);
    for (qsizetype at = 0; at < text.size(); at += step) {
        const auto update = streaming.append(QStringView(text).mid(at, step));
        const auto& stable = streaming.stableBlocks();
        if (update.reset) {
            content.clear();
            if (!stable.isEmpty())
                content.setHtml(stable.join(QString()));
        } else {
            for (qsizetype i = stable.size() - update.newStableBlocks; i < stable.size(); ++i)
                harness::gui::appendBlockHtml(content, stable.at(i));
        }
        tail.setHtml(streaming.tailHtml());
    }
    QCOMPARE(streaming.html(), MarkdownRenderer::render(text).html);
    if (!streaming.tailHtml().isEmpty())
        harness::gui::appendBlockHtml(content, streaming.tailHtml());
}

QString codeLines(int count)
{
    QString code;
    for (int i = 0; i < count; ++i)
        code += QStringLiteral("    value_%1 = compute(%1); // line %1\n").arg(i);
    return code;
}

// With HARNESS_SCREENSHOT_DIR set: the streamed document (left) next to the one rendered at once.
void savePicture(QTextDocument& streamed, QTextDocument& expected)
{
    const QString dir = qEnvironmentVariable("HARNESS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const int height = int(std::ceil(std::max(streamed.size().height(), expected.size().height())));
    QImage image(2 * TextWidth + 48, height + 32, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(16, 16);
    streamed.drawContents(&painter);
    painter.translate(TextWidth + 16, 0);
    expected.drawContents(&painter);
    painter.end();
    QString name = QString::fromUtf8(QTest::currentDataTag());
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    QVERIFY(image.save(dir + QStringLiteral("/streamed-document-") + name + QStringLiteral(".png")));
}

} // namespace

class TestStreamedDocument final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matchesARenderAtOnce_data()
    {
        QTest::addColumn<QString>("markdown");
        const auto add = [](const char* name, const QString& text) {
            QTest::newRow(name) << text;
        };
        add("paragraph", QStringLiteral("Just one paragraph with **bold** and `code`."));
        add("paragraphs",
            QStringLiteral("First paragraph.\n\nSecond paragraph\nwith a soft break.\n\nThird."));
        add("headings",
            QStringLiteral(
                "# One\n\n## Two\n\ntext\n\n### Three\n#### Four\n\n##### Five\n\n###### Six\n\nend"));
        add("heading then list", QStringLiteral("## Steps\n- first\n- second\n\nAfter."));
        add("paragraph then list", QStringLiteral("Intro:\n\n- one\n- two\n- three\n\nOutro."));
        add("list first", QStringLiteral("- one\n- two\n\nthen text"));
        add("list last", QStringLiteral("text first\n\n1. one\n2. two"));
        add("ordered from 3", QStringLiteral("Intro\n\n3. three\n4. four\n\nend"));
        add("nested lists",
            QStringLiteral("Intro\n\n- a\n  - a1\n  - a2\n    1. deep\n- b\n\n1. x\n   - x1\n2. y\n\nend"));
        add("loose list", QStringLiteral("Intro\n\n- one\n\n  more of one\n\n- two\n\nend"));
        add("task list", QStringLiteral("Todo:\n\n- [ ] open\n- [x] done\n- plain\n\nend"));
        add("two lists", QStringLiteral("- a\n- b\n\n1. c\n2. d\n\n* e\n\nend"));
        add("quote", QStringLiteral("Before\n\n> quoted **text**\n> more\n\nAfter"));
        add("nested quote with list",
            QStringLiteral(
                "Before\n\n> outer\n>\n> > inner\n> > - in list\n> > - again\n>\n> - outer list\n\nAfter"));
        add("quote first and last", QStringLiteral("> first\n\ntext\n\n> last"));
        add("table", QStringLiteral("Intro\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n| 3 | 4 |\n\nAfter"));
        add("two tables",
            QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n| c | d |\n|---|---|\n| 3 | 4 |\n\nend"));
        add("table last", QStringLiteral("Intro\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
        add("code", QStringLiteral("Intro\n\n```cpp\nint main() {\n  return 0;\n}\n```\n\nAfter"));
        add("code first", QStringLiteral("```\nplain code\n```\n\nAfter"));
        add("two codes", QStringLiteral("```python\nprint(1)\n```\n```js\nlet a = 1;\n```\n\nend"));
        add("code last", QStringLiteral("Intro\n\n```sh\nls -la\n```"));
        add("code unclosed", QStringLiteral("Intro\n\n```sh\nls -la\necho hi"));
        add("empty code", QStringLiteral("Intro\n\n```\n```\n\nAfter"));
        add("long code",
            QStringLiteral("Intro\n\n```cpp\n") + codeLines(100) + QStringLiteral("```\n\nAfter"));
        add("long code last", QStringLiteral("Intro\n\n```cpp\n") + codeLines(70) + QStringLiteral("```"));
        add("code with trailing spaces", QStringLiteral("Intro\n\n```\nfoo   \nbar \n```\n\nAfter"));
        add("hard breaks", QStringLiteral("line one  \nline two\\\nline three\n\nAfter"));
        add("code span with spaces", QStringLiteral("see `` x ` ``\n\n- `a `\n\nnext `b `"));
        add("indented code", QStringLiteral("Intro\n\n    indented code\n    more\n\nAfter"));
        add("breaks", QStringLiteral("Intro\n\n---\n\nmiddle\n\n***\n\n___\n\nend"));
        add("break first and last", QStringLiteral("---\n\nmiddle\n\n---"));
        add("list then break",
            QStringLiteral("- a\n- b\n\n---\n\n| x |\n|---|\n| 1 |\n\n---\n\n```\ncode\n```\n\n---\n\n> q"));
        add("mix", QStringLiteral(
                       "Intro **bold** text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```cpp\nint main() {\n  "
                       "return 0;\n}\n```\n\n- one\n- two\n\nThe ~~end~~ tail"));
        add("everything adjacent", QStringLiteral("# T\n- l\n> q\n```\nc\n```\n| a |\n|---|\n| 1 |\n---\n1. "
                                                  "o\n\n> q2\n\n    ind\n\n## H\ntext"));
        add("link definitions",
            QStringLiteral("See [the docs][1] and [more][2].\n\n- item\n\n[1]: https://example.com\n[2]: "
                           "https://example.org\n"));
        QString longAnswer;
        for (int i = 0; i < 6; ++i) {
            longAnswer +=
                QStringLiteral("## Part %1\n\nHere is an explanation of part %1 with `inline code`, a "
                               "[link](https://example.com/%1) and *emphasis*. It goes on for a while so "
                               "that it wraps over more than one line in the view.\n\n")
                    .arg(i);
            longAnswer += QStringLiteral(
                "1. Step one\n2. Step two with detail\n   - sub point\n   - another\n3. Done\n\n");
            longAnswer += QStringLiteral("```python\ndef part_%1():\n    return %1\n```\n\n").arg(i);
            longAnswer += QStringLiteral("| Name | Value |\n|------|------:|\n| x | %1 |\n| y | %2 |\n\n")
                              .arg(i)
                              .arg(i * 2);
            longAnswer += QStringLiteral("> Note: part %1 matters.\n\n").arg(i);
        }
        longAnswer += QStringLiteral("---\n\nThat is all.");
        add("long realistic answer", longAnswer);
    }

    void matchesARenderAtOnce()
    {
        QFETCH(QString, markdown);
        QTextDocument expected;
        setUp(expected);
        expected.setHtml(MarkdownRenderer::render(markdown).html);
        for (const int step : {7, 1, 64}) {
            QTextDocument streamed;
            setUp(streamed);
            buildStreamed(streamed, markdown, step);
            if (QTest::currentTestFailed())
                return;
            const QString message = QStringLiteral("step %1\nstreamed:\n%2\nat once:\n%3")
                                        .arg(step)
                                        .arg(describe(streamed), describe(expected));
            QVERIFY2(streamed.toPlainText() == expected.toPlainText(), qPrintable(message));
            QVERIFY2(streamed.blockCount() == expected.blockCount(), qPrintable(message));
            QVERIFY2(streamed.size().height() == expected.size().height(), qPrintable(message));
            // Block by block: the same place, margins, list and text.
            QVERIFY2(describe(streamed) == describe(expected), qPrintable(message));
            if (step == 7)
                savePicture(streamed, expected);
        }
    }
};

QTEST_MAIN(TestStreamedDocument)
#include "tst_streamed_document.moc"
