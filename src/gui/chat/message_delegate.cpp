// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/message_delegate.h"

#include "core/itemmodels/message_list_model.h"
#include "core/markdown/markdown_renderer.h"
#include "core/markdown/remote_image_loader.h"
#include "gui/chat/gui_approval_policy.h"
#include "gui/chat/message_render_cache.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QPainter>

namespace harness::gui {

using core::Message;
using core::MessageListModel;
using MessageLayout::Margin;

namespace {

const Message* messageOf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const MessageListModel*>(index.model());
    return model && index.row() < model->rowCount() ? &model->messageAt(index.row()) : nullptr;
}

} // namespace

MessageDelegate::MessageDelegate(MessageRenderCache& cache, QObject* parent)
    : QStyledItemDelegate(parent), m_cache(cache)
{}

MessageDelegate::~MessageDelegate() = default;

QString MessageDelegate::heading(const Message& message)
{
    QString who;
    switch (message.role) {
    case core::MessageRole::User:
        who = tr("You");
        break;
    case core::MessageRole::Assistant:
        who = tr("Assistant");
        break;
    case core::MessageRole::Tool:
        who = tr("Tool");
        break;
    case core::MessageRole::System:
        who = tr("System");
        break;
    }
    if (!message.supersededBy.isEmpty())
        //: a message replaced by an edit, shown on request
        who = tr("Earlier version · %1").arg(who);
    switch (message.status) {
    case core::MessageStatus::Streaming:
        return who + QStringLiteral(" · ") + tr("answering…");
    case core::MessageStatus::Interrupted:
        return who + QStringLiteral(" · ") + tr("interrupted");
    case core::MessageStatus::Stopped:
        return who + QStringLiteral(" · ") + tr("stopped");
    case core::MessageStatus::Error:
        return who + QStringLiteral(" · ") + tr("failed");
    case core::MessageStatus::Complete:
        break;
    }
    return who;
}

int MessageDelegate::headingHeight(const QFont& font)
{
    QFont head = font;
    head.setBold(true);
    return QFontMetrics(head).height() + 4;
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const Message* message = messageOf(index);
    if (!message)
        return;
    painter->save();
    const ChatColors colors = ChatColors::from(option.palette);
    const bool user = message->role == core::MessageRole::User;
    const QRect area = MessageLayout::contentArea(option.rect);
    if (!message->supersededBy.isEmpty())
        painter->setOpacity(0.6);
    if (user) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.card);
        painter->drawRoundedRect(QRectF(option.rect.adjusted(Margin / 2, 3, -Margin / 2, -3)), 8, 8);
    }
    QFont headFont = option.font;
    headFont.setBold(true);
    painter->setFont(headFont);
    painter->setPen(user ? colors.text : colors.muted);
    const int head = headingHeight(option.font);
    painter->drawText(QRect(area.left(), area.top(), area.width(), head), Qt::AlignLeft | Qt::AlignVCenter,
                      heading(*message));
    const RenderedMessage& entry = m_cache.render(index, area.width(), option.palette);
    m_cache.notePainted(entry, message->id);
    // Only what is on screen is drawn: a 100k-character answer is one tall item, and drawing all
    // of it for every streamed token would make each token cost more as the answer grows.
    QRectF visible = painter->hasClipping() ? painter->clipBoundingRect() : QRectF(option.rect);
    if (const auto* view = qobject_cast<const QAbstractScrollArea*>(option.widget))
        visible = visible.intersected(QRectF(view->viewport()->rect()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    for (const auto& [doc, y] : entry.sections()) {
        const QPointF origin(area.left(), area.top() + head + y);
        const QRectF clip =
            visible.translated(-origin).intersected(QRectF(0, 0, area.width(), doc->size().height()));
        if (clip.isEmpty())
            continue;
        painter->save();
        painter->translate(origin);
        context.clip = clip;
        doc->documentLayout()->draw(painter, context);
        painter->restore();
    }
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // QListView asks the first row's size with an empty rectangle (for its scroll step): measure
    // it at the viewport's width as the layout does, not at a default that would flip its cached
    // height on every layout.
    int available = option.rect.width();
    if (available <= 0) {
        const auto* view = qobject_cast<const QAbstractScrollArea*>(option.widget);
        available = view ? view->viewport()->width() : 600;
    }
    const int width = MessageLayout::contentWidth(available);
    const int height = m_cache.height(index, width, option.palette);
    return {width + 2 * Margin, Margin / 2 + headingHeight(option.font) + height + Margin};
}

QString MessageDelegate::linkAt(const QModelIndex& index, const QStyleOptionViewItem& option,
                                const QPoint& pos) const
{
    const QRect area = MessageLayout::contentArea(option.rect);
    const RenderedMessage& entry = m_cache.render(index, area.width(), option.palette);
    const int top = area.top() + headingHeight(option.font);
    for (const auto& [doc, y] : entry.sections()) {
        const QPointF local(pos.x() - area.left(), pos.y() - top - y);
        if (local.y() >= 0 && local.y() <= doc->size().height())
            return doc->documentLayout()->anchorAt(local);
    }
    return {};
}

bool MessageDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                  const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseMove) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (auto* view = qobject_cast<QAbstractItemView*>(parent())) {
            const bool onLink = !linkAt(index, option, mouse->position().toPoint()).isEmpty();
            view->viewport()->setCursor(onLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
        return false;
    }
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto* mouse = static_cast<QMouseEvent*>(event);
    const QString anchor = linkAt(index, option, mouse->position().toPoint());
    if (anchor.isEmpty())
        return false;
    const Message* message = messageOf(index);
    const auto refresh = [this, &index, message] {
        if (message)
            m_cache.invalidate(message->id);
        Q_EMIT sizeHintChanged(index);
    };
    if (const auto action = MessageActions::parse(anchor); action.kind != MessageActions::Kind::None) {
        switch (action.kind) {
        case MessageActions::Kind::ToggleReasoning:
            if (message)
                m_cache.toggleReasoning(message->id);
            refresh();
            break;
        case MessageActions::Kind::ToggleToolCall:
            m_cache.toggleToolCall(action.argument);
            refresh();
            break;
        case MessageActions::Kind::AllowOnce:
        case MessageActions::Kind::AlwaysAllow:
        case MessageActions::Kind::Deny:
            if (auto* approval = m_cache.approvalPolicy(); approval && message)
                approval->answer(message->conversationId, action.argument,
                                 action.kind == MessageActions::Kind::AllowOnce
                                     ? GuiApprovalPolicy::Answer::AllowOnce
                                 : action.kind == MessageActions::Kind::AlwaysAllow
                                     ? GuiApprovalPolicy::Answer::AlwaysAllow
                                     : GuiApprovalPolicy::Answer::Deny);
            refresh();
            break;
        default:
            Q_EMIT actionTriggered(action.kind, index);
            break;
        }
        return true;
    }
    const auto link = core::MarkdownRenderer::classifyLink(QUrl(anchor));
    switch (link.kind) {
    case core::MarkdownLink::Kind::OpenExternally:
        QDesktopServices::openUrl(link.url);
        return true;
    case core::MarkdownLink::Kind::CopyCode:
        QGuiApplication::clipboard()->setText(
            m_cache.render(index, MessageLayout::contentArea(option.rect).width(), option.palette)
                .codeBlock(link.codeBlock));
        return true;
    case core::MarkdownLink::Kind::LoadImage: // only the image clicked, only now
        if (auto* images = m_cache.imageLoader())
            images->load(link.url);
        refresh();
        return true;
    case core::MarkdownLink::Kind::Ignore:
        break;
    }
    return false;
}

} // namespace harness::gui
