// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/message_delegate.h"

#include "core/itemmodels/message_list_model.h"

#include <QDateTime>
#include <QPainter>

namespace harness::gui {

using core::MessageListModel;

namespace {
constexpr int Margin = 12;

QString bodyText(const QModelIndex& index)
{
    QString text = index.data(MessageListModel::ContentRole).toString();
    const QString error = index.data(MessageListModel::ErrorRole).toString();
    if (!error.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + QStringLiteral("⚠ ") + error;
    return text;
}
} // namespace

QString MessageDelegate::heading(const QModelIndex& index)
{
    const QString role = index.data(MessageListModel::RoleRole).toString();
    QString who;
    if (role == QLatin1String("user"))
        who = tr("You");
    else if (role == QLatin1String("assistant"))
        who = tr("Assistant");
    else if (role == QLatin1String("tool"))
        who = tr("Tool");
    else
        who = tr("System");
    const auto when = QDateTime::fromMSecsSinceEpoch(index.data(MessageListModel::CreatedAtRole).toLongLong());
    QString head = who + QStringLiteral(" · ") + QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    const QString model = index.data(MessageListModel::ModelRole).toString();
    if (!model.isEmpty())
        head += QStringLiteral(" · ") + model;
    const QString status = index.data(MessageListModel::StatusRole).toString();
    if (status == QLatin1String("streaming"))
        head += QStringLiteral(" · ") + tr("streaming…");
    else if (status == QLatin1String("interrupted"))
        head += QStringLiteral(" · ") + tr("interrupted");
    else if (status == QLatin1String("stopped"))
        head += QStringLiteral(" · ") + tr("stopped");
    else if (status == QLatin1String("error"))
        head += QStringLiteral(" · ") + tr("failed");
    return head;
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    const bool user = index.data(MessageListModel::RoleRole).toString() == QLatin1String("user");
    QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    if (user)
        painter->fillRect(option.rect.adjusted(4, 2, -4, -2), option.palette.color(QPalette::AlternateBase));
    QFont headFont = option.font;
    headFont.setBold(true);
    headFont.setPointSizeF(headFont.pointSizeF() * 0.9);
    painter->setFont(headFont);
    QColor muted = option.palette.color(QPalette::Text);
    muted.setAlphaF(0.6f);
    painter->setPen(muted);
    const int headHeight = QFontMetrics(headFont).height();
    painter->drawText(QRect(area.left(), area.top(), area.width(), headHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      heading(index));
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(area.adjusted(0, headHeight + 4, 0, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      bodyText(index));
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = std::max(200, option.rect.width() > 0 ? option.rect.width() : 600) - 2 * Margin;
    QFont headFont = option.font;
    headFont.setBold(true);
    headFont.setPointSizeF(headFont.pointSizeF() * 0.9);
    const QRect body = option.fontMetrics.boundingRect(QRect(0, 0, width, 1'000'000),
                                                       Qt::TextWordWrap | Qt::AlignLeft, bodyText(index));
    return {width + 2 * Margin, QFontMetrics(headFont).height() + 4 + body.height() + Margin};
}

} // namespace harness::gui
