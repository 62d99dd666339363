// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/chat/message_actions.h"

#include <QStyledItemDelegate>

namespace harness::core {
struct Message;
} // namespace harness::core

namespace harness::gui {

class MessageRenderCache;

/// Paints one message of core::MessageListModel (who wrote it, then the documents the render
/// cache built: reasoning, Markdown text, tool cards, footer) and finds what a click hits:
/// http(s)/mailto links open in the browser, a code block's "copy" copies it, folds and approval
/// buttons act at once, "[image] (click to load)" asks the cache's image loader for that one
/// image, and the other actions are reported with actionTriggered().
class MessageDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)
public:
    explicit MessageDelegate(MessageRenderCache& cache, QObject* parent = nullptr);
    ~MessageDelegate() override;

    /// The link (href) drawn at `pos` in the row `index` laid out in `option`; empty: none.
    QString linkAt(const QModelIndex& index, const QStyleOptionViewItem& option, const QPoint& pos) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    /// The height of a row's heading line ("Assistant · answering…").
    static int headingHeight(const QFont& font);

Q_SIGNALS:
    /// Copy, Edit, Regenerate or ToggleEarlierVersion on the message at `index`.
    void actionTriggered(harness::gui::MessageActions::Kind kind, const QModelIndex& index);

private:
    static QString heading(const core::Message& message);

    MessageRenderCache& m_cache;
};

} // namespace harness::gui
