// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/sidebar/conversation_delegate.h"

#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/search_result_model.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace harness::gui {

using core::ConversationListModel;
using core::SearchResultModel;

void ConversationDelegate::paintConversation(QPainter* painter, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const
{
    const auto activity =
        static_cast<ConversationListModel::Activity>(index.data(ConversationListModel::ActivityRole).toInt());
    const bool unread = index.data(ConversationListModel::UnreadRole).toBool();
    const bool badge = activity != ConversationListModel::Activity::None || unread;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool active = option.state & QStyle::State_Active;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // A rounded pill across the row for the selection (and a faint one under the mouse).
    const QRectF pill = QRectF(option.rect).adjusted(4, 1, -4, -1);
    if (selected || hovered) {
        QColor fill = option.palette.color(active ? QPalette::Active : QPalette::Inactive,
                                           selected ? QPalette::Highlight : QPalette::Text);
        if (!selected)
            fill.setAlphaF(0.07f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, 6, 6);
    }
    if ((option.state & QStyle::State_HasFocus) && !selected) {
        QColor ring = option.palette.color(QPalette::Highlight);
        painter->setPen(QPen(ring, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }

    // The title, bold while unread (the dot says it too: not by colour alone).
    const QColor textColor = option.palette.color(active ? QPalette::Active : QPalette::Inactive,
                                                  selected ? QPalette::HighlightedText : QPalette::Text);
    QFont font = option.font;
    font.setBold(unread);
    painter->setFont(font);
    painter->setPen(textColor);
    const QRect textRect = option.rect.adjusted(12, 0, badge ? -28 : -10, 0);
    const QString title = QFontMetrics(font).elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, title);

    // A spinner-like arc while streaming, a green check for a few seconds when it finished,
    // then a dot while the answer is unread.
    if (badge) {
        const QRect box(option.rect.right() - 24, option.rect.center().y() - 7, 14, 14);
        const QColor accent = selected ? textColor : option.palette.color(QPalette::Highlight);
        if (activity == ConversationListModel::Activity::Streaming) {
            painter->setPen(QPen(accent, 2, Qt::SolidLine, Qt::RoundCap));
            painter->setBrush(Qt::NoBrush);
            painter->drawArc(box.adjusted(1, 1, -1, -1), 90 * 16, -270 * 16);
        } else if (activity == ConversationListModel::Activity::JustFinished) {
            const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
            const QColor green = dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
            painter->setPen(
                QPen(selected ? textColor : green, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPolyline(QPolygon({box.topLeft() + QPoint(2, 7), box.topLeft() + QPoint(6, 11),
                                            box.topLeft() + QPoint(12, 3)}));
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            painter->drawEllipse(QRectF(box).center(), 4.0, 4.0);
        }
    }
    painter->restore();
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    if (!index.data(ConversationListModel::IsHeaderRole).toBool()) {
        paintConversation(painter, option, index);
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
    return {option.rect.width(), line + 14};
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
