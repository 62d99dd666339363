// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/message_view.h"

#include "core/itemmodels/message_list_model.h"
#include "gui/chat/message_delegate.h"
#include "gui/chat/message_layout.h"
#include "gui/chat/message_render_cache.h"

#include <QScrollBar>
#include <QTimer>

namespace harness::gui {

MessageView::MessageView(core::MessageListModel& model, QWidget* parent)
    : QListView(parent), m_model(model), m_cache(new MessageRenderCache(this)),
      m_delegate(new MessageDelegate(*m_cache, this))
{
    setObjectName(QStringLiteral("messageView"));
    setAccessibleName(tr("Messages"));
    setModel(&model);
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalScrollBar()->setSingleStep(24);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setMouseTracking(true);

    // An image loaded (it may be in several rows): every row is measured again.
    connect(m_cache, &MessageRenderCache::allRowsChanged, this,
            [this] { Q_EMIT m_delegate->sizeHintChanged(QModelIndex()); });
    m_liveClock = new QTimer(this);
    m_liveClock->setObjectName(QStringLiteral("liveDurationClock"));
    m_liveClock->setInterval(1000);
    connect(m_liveClock, &QTimer::timeout, this, &MessageView::tickLiveRows);
    connect(m_cache, &MessageRenderCache::liveRowsPainted, this, [this] {
        if (!m_liveClock->isActive())
            m_liveClock->start();
    });
}

MessageView::~MessageView() = default;

int MessageView::contentWidth() const
{
    return MessageLayout::contentWidth(viewport()->width());
}

QStyleOptionViewItem MessageView::optionFor(const QModelIndex& index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

void MessageView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                              const QList<int>& roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles); // repaints the rows
    // Only the changed rows are measured again, and the rows are laid out again only when a
    // height changed.
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const QModelIndex index = m_model.index(r);
        if (m_cache->heightChanged(index, contentWidth(), palette()))
            Q_EMIT m_delegate->sizeHintChanged(index);
    }
}

void MessageView::refreshRow(const QString& messageId)
{
    m_cache->invalidate(messageId);
    const int row = m_model.rowOf(messageId);
    if (row >= 0)
        Q_EMIT m_delegate->sizeHintChanged(m_model.index(row));
}

void MessageView::clear()
{
    m_cache->clear();
}

void MessageView::tickLiveRows()
{
    const QStringList ids = m_cache->takeLiveRows();
    if (ids.isEmpty()) { // nothing live was painted since the last tick
        m_liveClock->stop();
        return;
    }
    m_cache->tick();
    for (const auto& id : ids) {
        const int row = m_model.rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model.index(row);
        if (m_cache->refreshLiveRow(index, palette()))
            Q_EMIT m_delegate->sizeHintChanged(index); // the status line wrapped: lay out again
        else
            viewport()->update(visualRect(index)); // repaint this row only
    }
}

} // namespace harness::gui
