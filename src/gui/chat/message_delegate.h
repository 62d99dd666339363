// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/chat/message_actions.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>
#include <memory>

class QTextDocument;

namespace harness::core {
struct Message;
class RemoteImageLoader;
} // namespace harness::core

namespace harness::gui {

class GuiApprovalPolicy;

/// One message of core::MessageListModel: who wrote it, its reasoning (collapsed), its text
/// rendered from Markdown (GFM, highlighted code, no raw HTML, no remote images), its tool-call
/// cards, why it failed, and a footer with time, model, usage and actions. Each part is its own
/// QTextDocument, cached per message with its height. While a message streams only its growing
/// tail is parsed and laid out again: finished blocks are appended to the document once.
/// Clicks: http(s)/mailto links open in the browser, a code block's "copy" copies it, toggles and
/// approval buttons act at once, and the other actions are reported with actionTriggered().
/// "[image] (click to load)" asks the image loader for that one image: the link then reads
/// "Loading image…", and becomes the image (at most the column width) or the reason it failed.
class MessageDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)
public:
    explicit MessageDelegate(QObject* parent = nullptr);
    ~MessageDelegate() override;

    void setApprovalPolicy(GuiApprovalPolicy* policy);
    void setShowUsage(bool show);
    /// Loads remote images on click; without one, image links do nothing.
    void setImageLoader(core::RemoteImageLoader* loader);
    /// The answer that offers "Regenerate" (the last one, when nothing runs); empty: none.
    void setRegenerableMessage(const QString& messageId);
    /// Something this delegate shows of `messageId` changed outside the model (an approval).
    void invalidate(const QString& messageId);
    /// Forgets every cached message (another conversation is shown).
    void clearCache();
    bool isToolCallExpanded(const QString& callId) const { return m_expandedCalls.contains(callId); }
    /// The link (href) drawn at `pos` in the row `index` laid out in `option`; empty: none.
    QString linkAt(const QModelIndex& index, const QStyleOptionViewItem& option, const QPoint& pos) const
    {
        return anchorAt(index, option, pos);
    }

    /// Measures the row again after its data changed; true when its height is not the one last
    /// reported by sizeHint() (only then does the view need a new layout).
    bool heightChanged(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// Live durations on tool-call cards. A row whose cards run or wait is remembered when it is
    /// painted; takeLiveRows() hands those message ids over (and forgets them), tick() moves the
    /// clock on, and refreshLiveRow() rebuilds that row's cards, true when its height changed.
    /// Rows that are not painted (scrolled away, hidden window) drop out by themselves.
    QStringList takeLiveRows();
    void tick() { ++m_tick; }
    bool refreshLiveRow(const QModelIndex& index, const QPalette& palette);
    /// The text of the tool-call cards (and the failure note) of the row `index`, as drawn.
    QString shownCards(const QModelIndex& index, const QStyleOptionViewItem& option) const;

    /// The text of the message's content as drawn in the row `index` laid out in `option`.
    QString shownContent(const QModelIndex& index, const QStyleOptionViewItem& option) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

Q_SIGNALS:
    /// Copy, Edit, Regenerate or ToggleEarlierVersion on the message at `index`.
    void actionTriggered(harness::gui::MessageActions::Kind kind, const QModelIndex& index);
    /// A row with a running or waiting tool call was painted while none was remembered.
    void liveRowsPainted();

private:
    struct Entry;
    Entry& entryFor(const QModelIndex& index, int width, const QPalette& palette) const;
    /// Brings the content documents up to date; returns the position in `content` from which
    /// its text is new (0: built again), so that image links are looked for only there.
    int updateContent(Entry& entry, const core::Message& message, bool dark, quint64 epoch) const;
    void updateSections(Entry& entry, const QModelIndex& index, const core::Message& message,
                        const ChatColors& colors) const;
    void updateTools(Entry& entry, const core::Message& message, const ChatColors& colors) const;
    QString anchorAt(const QModelIndex& index, const QStyleOptionViewItem& option, const QPoint& pos,
                     Entry** hit = nullptr) const;
    void applyImages(QTextDocument& document, int width, int fromPosition = 0) const;
    static QString heading(const core::Message& message);
    int headingHeight(const QFont& font) const;

    QPointer<GuiApprovalPolicy> m_approval;
    bool m_showUsage = true;
    QString m_regenerable;
    QSet<QString> m_expandedReasoning; ///< message ids
    QSet<QString> m_expandedCalls;     ///< call ids
    QHash<QString, int> m_uiRevision;  ///< message id -> bumped when its UI state changes
    mutable QHash<QString, std::shared_ptr<Entry>> m_cache;
    mutable quint64 m_useClock = 0;
    /// Heights of rows measured once, with what they depend on: a layout of thousands of rows
    /// asks every row's size, and only rows whose message or state changed are rendered again.
    struct Measure;
    Measure measureKey(const QModelIndex& index, const core::Message& message, int width,
                       const QPalette& palette) const;
    mutable QHash<QString, Measure> m_heights;
    QPointer<core::RemoteImageLoader> m_images;
    mutable QHash<QUrl, QImage> m_decoded; ///< loaded images, decoded once
    mutable QSet<QString> m_livePainted;   ///< message ids of painted rows with live cards
    int m_tick = 0;                        ///< bumped every second while live cards are shown
};

} // namespace harness::gui
