// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <memory>

class QTextDocument;

namespace harness::core {
class StreamingMarkdown;
}

namespace harness::gui {

/// One message: who wrote it and when, then its text rendered from Markdown (GFM, highlighted
/// code, no raw HTML, no remote images), its tool calls and, if it failed, why. Rendered
/// documents are cached per message; a growing (streaming) message renders incrementally.
/// Clicking a link opens http(s)/mailto links in the browser; a code block's "copy" link copies it.
class MessageDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)
public:
    explicit MessageDelegate(QObject* parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    struct Entry;
    QTextDocument* documentFor(const QModelIndex& index, int width, const QPalette& palette) const;
    static QString heading(const QModelIndex& index);
    int headingHeight(const QStyleOptionViewItem& option) const;

    mutable QHash<QString, std::shared_ptr<Entry>> m_cache;
};

} // namespace harness::gui
