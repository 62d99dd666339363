// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/message_delegate.h"

#include "core/itemmodels/message_list_model.h"
#include "core/markdown/markdown_renderer.h"
#include "core/markdown/streaming_markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>

namespace harness::gui {

using core::MessageListModel;

namespace {

constexpr int Margin = 12;
constexpr int MaxCachedDocuments = 400;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// Tool calls and the error, as HTML after the answer's own text.
QString extrasHtml(const QModelIndex& index)
{
    QString html;
    for (const auto& value : index.data(MessageListModel::PartsRole).toList()) {
        const auto part = value.toMap();
        if (part.value(QStringLiteral("kind")).toString() != QLatin1String("tool_call"))
            continue;
        const QString status = part.value(QStringLiteral("status")).toString();
        QString server = part.value(QStringLiteral("server")).toString();
        QString tool = part.value(QStringLiteral("tool")).toString();
        if (tool.isEmpty())
            tool = part.value(QStringLiteral("name")).toString();
        html += QStringLiteral("<p style='margin:2px 0'><small>&#9881; <b>%1</b>%2 &#8212; %3</small></p>")
                    .arg(tool.toHtmlEscaped(),
                         server.isEmpty() ? QString()
                                          : QStringLiteral(" (") + server.toHtmlEscaped() + QLatin1Char(')'),
                         status.toHtmlEscaped());
    }
    const QString error = index.data(MessageListModel::ErrorRole).toString();
    if (!error.isEmpty())
        html += QStringLiteral("<p style='color:#c62828'>&#9888; %1</p>").arg(error.toHtmlEscaped());
    return html;
}

} // namespace

struct MessageDelegate::Entry {
    QString source; ///< the Markdown the document shows
    QString extras; ///< tool calls and error, as HTML
    bool dark = false;
    std::unique_ptr<core::StreamingMarkdown> streaming; ///< while the message grows
    QStringList codeBlocks;
    QTextDocument document;
};

MessageDelegate::MessageDelegate(QObject* parent) : QStyledItemDelegate(parent)
{}

MessageDelegate::~MessageDelegate() = default;

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
    const auto when =
        QDateTime::fromMSecsSinceEpoch(index.data(MessageListModel::CreatedAtRole).toLongLong());
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

int MessageDelegate::headingHeight(const QStyleOptionViewItem& option) const
{
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return QFontMetrics(font).height();
}

QTextDocument* MessageDelegate::documentFor(const QModelIndex& index, int width,
                                            const QPalette& palette) const
{
    const QString id = index.data(MessageListModel::IdRole).toString();
    const QString source = index.data(MessageListModel::ContentRole).toString();
    const QString extras = extrasHtml(index);
    const bool dark = isDark(palette);
    const bool streaming = index.data(MessageListModel::StatusRole).toString() == QLatin1String("streaming");
    auto& entry = m_cache[id];
    if (!entry) {
        if (m_cache.size() > MaxCachedDocuments) {
            m_cache.clear(); // cheap to rebuild: only the visible rows come back
            return documentFor(index, width, palette);
        }
        entry = std::make_shared<Entry>();
        entry->document.setDocumentMargin(0);
        entry->source = QStringLiteral("\x01"); // never equal to a real source: forces a render
    }
    if (entry->source != source || entry->extras != extras || entry->dark != dark) {
        QString html;
        if (streaming && entry->dark == dark && source.startsWith(entry->source) && entry->streaming) {
            // Only the new tail is parsed: the cost of a token does not grow with the answer.
            entry->streaming->append(QStringView(source).mid(entry->source.size()));
            html = entry->streaming->html();
        } else if (streaming) {
            entry->streaming = std::make_unique<core::StreamingMarkdown>();
            entry->streaming->append(source);
            html = entry->streaming->html();
        } else {
            entry->streaming.reset();
            const auto rendered = core::MarkdownRenderer::render(source);
            html = rendered.html;
            entry->codeBlocks = rendered.codeBlocks;
        }
        entry->document.setDefaultFont(QGuiApplication::font());
        entry->document.setDefaultStyleSheet(core::MarkdownRenderer::styleSheet(dark));
        entry->document.setHtml(html + extras);
        entry->source = source;
        entry->extras = extras;
        entry->dark = dark;
    }
    if (entry->document.textWidth() != width)
        entry->document.setTextWidth(width);
    return &entry->document;
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    painter->save();
    const bool user = index.data(MessageListModel::RoleRole).toString() == QLatin1String("user");
    const QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    if (user)
        painter->fillRect(option.rect.adjusted(4, 2, -4, -2), option.palette.color(QPalette::AlternateBase));
    QFont headFont = option.font;
    headFont.setBold(true);
    headFont.setPointSizeF(headFont.pointSizeF() * 0.9);
    painter->setFont(headFont);
    QColor muted = option.palette.color(QPalette::Text);
    muted.setAlphaF(0.6f);
    painter->setPen(muted);
    const int head = headingHeight(option);
    painter->drawText(QRect(area.left(), area.top(), area.width(), head), Qt::AlignLeft | Qt::AlignVCenter,
                      heading(index));
    QTextDocument* document = documentFor(index, area.width(), option.palette);
    painter->translate(area.left(), area.top() + head + 4);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
    context.clip = QRectF(0, 0, area.width(), area.height());
    document->documentLayout()->draw(painter, context);
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = std::max(200, option.rect.width() > 0 ? option.rect.width() : 600) - 2 * Margin;
    QTextDocument* document = documentFor(index, width, option.palette);
    return {width + 2 * Margin,
            headingHeight(option) + 4 + int(std::ceil(document->size().height())) + Margin};
}

bool MessageDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                  const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto* mouse = static_cast<QMouseEvent*>(event);
    const QRect area = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    QTextDocument* document = documentFor(index, area.width(), option.palette);
    const QPointF local = mouse->position() - QPointF(area.left(), area.top() + headingHeight(option) + 4);
    const QString anchor = document->documentLayout()->anchorAt(local);
    if (anchor.isEmpty())
        return false;
    const auto link = core::MarkdownRenderer::classifyLink(QUrl(anchor));
    switch (link.kind) {
    case core::MarkdownLink::Kind::OpenExternally:
        QDesktopServices::openUrl(link.url);
        return true;
    case core::MarkdownLink::Kind::CopyCode: {
        const auto entry = m_cache.value(index.data(MessageListModel::IdRole).toString());
        if (entry && link.codeBlock >= 0 && link.codeBlock < entry->codeBlocks.size())
            QGuiApplication::clipboard()->setText(entry->codeBlocks.at(link.codeBlock));
        else if (entry && entry->streaming)
            QGuiApplication::clipboard()->setText(entry->streaming->codeBlock(link.codeBlock));
        return true;
    }
    case core::MarkdownLink::Kind::LoadImage: // remote images stay unloaded (no consent flow yet)
    case core::MarkdownLink::Kind::Ignore:
        break;
    }
    return false;
}

} // namespace harness::gui
