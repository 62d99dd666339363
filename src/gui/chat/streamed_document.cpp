// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/streamed_document.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace harness::gui {

namespace {

bool isRule(const QTextBlockFormat& format)
{
    return format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
}

bool isBlank(const QTextDocument& document)
{
    // isEmpty() is also true for a document that holds only a horizontal rule.
    return document.isEmpty() && document.rootFrame()->childFrames().isEmpty() &&
           !isRule(document.firstBlock().blockFormat());
}

// html parsed on its own, as the target document would parse it (to read the formats a render
// at once gives its first block).
void parseAlone(QTextDocument& scratch, const QTextDocument& document, const QString& html)
{
    scratch.setDocumentMargin(document.documentMargin());
    scratch.setDefaultFont(document.defaultFont());
    scratch.setDefaultStyleSheet(document.defaultStyleSheet());
    scratch.setUndoRedoEnabled(false);
    scratch.setHtml(html);
}

// A cursor at the end of document. The "\n" after the last block's HTML made the importer end
// that block with a space; setHtml() of more HTML has it only on the very last block.
QTextCursor endWithoutTrailingSpace(QTextDocument& document)
{
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    if (document.lastBlock().text().endsWith(QLatin1Char(' ')))
        cursor.deletePreviousChar();
    return cursor;
}

} // namespace

void appendBlockHtml(QTextDocument& document, const QString& html)
{
    if (isBlank(document)) {
        document.setHtml(html);
        return;
    }
    static const QString rule = QStringLiteral("<hr />\n");
    if (html.startsWith(rule)) {
        // insertHtml() would put an empty block next to the rule: add the rule's block with the
        // formats it gets alone, then the rest.
        QTextDocument scratch;
        parseAlone(scratch, document, rule);
        endWithoutTrailingSpace(document).insertBlock(scratch.firstBlock().blockFormat(),
                                                      scratch.firstBlock().charFormat());
        if (html.size() > rule.size())
            appendBlockHtml(document, html.mid(rule.size()));
        return;
    }

    // What the HTML starts with: a block of its own (paragraph, heading, quote, code), or a list
    // item or table, which insertHtml() puts after the block the cursor is in.
    QTextDocument scratch;
    parseAlone(scratch, document, html);
    const QTextBlock model = scratch.firstBlock();
    const bool startsWithBlock =
        !model.textList() && QTextCursor(model).currentFrame() == scratch.rootFrame() &&
        (model.length() > 1 || model.blockFormat().nonBreakableLines() || isRule(model.blockFormat()));

    QTextCursor cursor = endWithoutTrailingSpace(document);
    const int joint = cursor.position();
    // A plain new block: insertBlock() alone would copy the last block's format and list.
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertHtml(html);
    QTextBlock first = document.findBlock(joint).next();
    if (!startsWithBlock && first.isValid() && first.length() == 1) {
        // The list or table went after the new block, which stayed empty: join it to the block
        // before, which keeps its own format (a rule stays a rule).
        const QTextBlockFormat keep = document.findBlock(joint).blockFormat();
        QTextCursor join(&document);
        join.setPosition(joint);
        join.deleteChar();
        join.setBlockFormat(keep);
    } else if (startsWithBlock && first.isValid()) {
        // insertHtml() merged the first block into the new one and kept the new one's formats:
        // give it the margins, indent and heading font the block has in a render at once.
        QTextCursor fix(first);
        fix.setBlockFormat(model.blockFormat());
        fix.setBlockCharFormat(model.charFormat());
    }
}

} // namespace harness::gui
