// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/streamed_document.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace harness::gui {

namespace {

bool isBlank(const QTextDocument& document)
{
    // isEmpty() is also true for a document that holds only a horizontal rule.
    return document.isEmpty() && document.rootFrame()->childFrames().isEmpty() &&
           !document.firstBlock().blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
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
        // insertHtml() would add an empty block next to the rule: insert the rule's block as a
        // render at once has it, then the rest.
        QTextDocument scratch;
        scratch.setDefaultFont(document.defaultFont());
        scratch.setDefaultStyleSheet(document.defaultStyleSheet());
        scratch.setHtml(rule);
        QTextCursor cursor(&document);
        cursor.movePosition(QTextCursor::End);
        if (document.lastBlock().text().endsWith(QLatin1Char(' ')))
            cursor.deletePreviousChar();
        cursor.insertBlock(scratch.firstBlock().blockFormat(), scratch.firstBlock().charFormat());
        if (html.size() > rule.size())
            appendBlockHtml(document, html.mid(rule.size()));
        return;
    }
    QTextDocument scratch;
    scratch.setDefaultFont(document.defaultFont());
    scratch.setDefaultStyleSheet(document.defaultStyleSheet());
    scratch.setHtml(html);
    const QTextBlock model = scratch.firstBlock();
    const bool plainFirst = !model.textList() && QTextCursor(model).currentFrame() == scratch.rootFrame() &&
                            (model.length() > 1 || model.blockFormat().nonBreakableLines() ||
                             model.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth));

    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    const QTextBlock last = document.lastBlock();
    if (last.text().endsWith(QLatin1Char(' ')))
        cursor.deletePreviousChar();
    const int joint = cursor.position();
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertHtml(html);
    QTextBlock first = document.findBlock(joint).next();
    if (first.isValid() && first.length() == 1 && !plainFirst) {
        // Drop that block; the block before it keeps its format (a rule stays a rule).
        const QTextBlockFormat keep = document.findBlock(joint).blockFormat();
        QTextCursor join(&document);
        join.setPosition(joint);
        join.deleteChar();
        join.setBlockFormat(keep);
        first = document.findBlock(joint).next();
    }
    if (plainFirst && first.isValid()) {
        QTextCursor fix(first);
        fix.setBlockFormat(model.blockFormat());
        fix.setBlockCharFormat(model.charFormat());
    }
}

} // namespace harness::gui
