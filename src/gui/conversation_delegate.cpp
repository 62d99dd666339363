// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/conversation_delegate.h"

#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/search_result_model.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace harness::gui {

using core::ConversationListModel;
using core::SearchResultModel;

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    if (!index.data(ConversationListModel::IsHeaderRole).toBool()) {
        const auto activity = static_cast<ConversationListModel::Activity>(
            index.data(ConversationListModel::ActivityRole).toInt());
        QStyleOptionViewItem opt(option);
        opt.rect.adjust(6, 0, activity == ConversationListModel::Activity::None ? 0 : -22, 0);
        QStyledItemDelegate::paint(painter, opt, index);
        if (activity == ConversationListModel::Activity::None)
            return;
        // A spinner-like dot while streaming, a green check for a few seconds when it finished.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect badge(option.rect.right() - 20, option.rect.center().y() - 7, 14, 14);
        if (activity == ConversationListModel::Activity::Streaming) {
            QPen pen(option.palette.color(QPalette::Highlight), 2);
            painter->setPen(pen);
            painter->drawArc(badge.adjusted(1, 1, -1, -1), 90 * 16, -270 * 16);
        } else {
            QPen pen(QColor(0x2e, 0x7d, 0x32), 2);
            painter->setPen(pen);
            painter->drawPolyline(QPolygon({badge.topLeft() + QPoint(2, 7), badge.topLeft() + QPoint(6, 11),
                                            badge.topLeft() + QPoint(12, 3)}));
        }
        painter->restore();
        return;
    }
    painter->save();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    painter->setFont(font);
    QColor muted = option.palette.color(QPalette::Text);
    muted.setAlphaF(0.6f);
    painter->setPen(muted);
    const QRect text = option.rect.adjusted(8, 8, -8, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int line = option.fontMetrics.height();
    if (index.data(ConversationListModel::IsHeaderRole).toBool())
        return {option.rect.width(), line + 14};
    return {option.rect.width(), line + 12};
}

namespace {
void prepareDocument(QTextDocument& doc, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(6);
    doc.setTextWidth(option.rect.width());
    const QString title = index.data(SearchResultModel::ConversationTitleRole).toString().toHtmlEscaped();
    const QString snippet = index.data(SearchResultModel::SnippetHtmlRole).toString();
    if (index.data(SearchResultModel::IsTitleHitRole).toBool())
        doc.setHtml(QStringLiteral("<div>%1</div>").arg(snippet));
    else
        doc.setHtml(QStringLiteral("<div style='font-size:small'>%1</div><div>%2</div>").arg(title, snippet));
}
} // namespace

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    prepareDocument(doc, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTextDocument doc;
    QStyleOptionViewItem opt(option);
    if (opt.rect.width() <= 0)
        opt.rect.setWidth(240);
    prepareDocument(doc, opt, index);
    return {opt.rect.width(), int(doc.size().height())};
}

} // namespace harness::gui
