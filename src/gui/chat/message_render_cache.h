// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/chat/rendered_message.h"

#include <QHash>
#include <QImage>
#include <QModelIndex>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QStyleOptionViewItem;

namespace harness::core {
class RemoteImageLoader;
} // namespace harness::core

namespace harness::gui {

class GuiApprovalPolicy;
struct ChatColors;

/// The rendered messages of one chat view: each message of core::MessageListModel as its
/// documents (RenderedMessage: reasoning, Markdown text, tool cards, footer) and its measured
/// height, built only when what they show changed. While a message streams only its growing tail
/// is parsed and laid out again: finished blocks are appended to the document once. Holds the
/// state the user gives the rows (folds opened, the answer that offers Regenerate) and the live
/// clock of the tool cards. Rows not drawn for a while are forgotten (at most 400 are kept).
class MessageRenderCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageRenderCache)
public:
    explicit MessageRenderCache(QObject* parent = nullptr);
    ~MessageRenderCache() override;

    void setApprovalPolicy(GuiApprovalPolicy* policy);
    GuiApprovalPolicy* approvalPolicy() const;
    void setShowUsage(bool show);
    /// Loads remote images on click; without one, image links do nothing.
    void setImageLoader(core::RemoteImageLoader* loader);
    core::RemoteImageLoader* imageLoader() const;
    /// The answer that offers "Regenerate" (the last one, when nothing runs); empty: none.
    void setRegenerableMessage(const QString& messageId);
    /// Something shown of `messageId` changed outside the model (an approval, a fold).
    void invalidate(const QString& messageId);
    /// Forgets every rendered message (another conversation is shown).
    void clear();

    void toggleReasoning(const QString& messageId);
    void toggleToolCall(const QString& callId);
    bool isToolCallExpanded(const QString& callId) const { return m_expandedCalls.contains(callId); }

    /// The message of `index` rendered at `width` (a content width, see MessageLayout).
    RenderedMessage& render(const QModelIndex& index, int width, const QPalette& palette) const;
    /// The height of the message's documents at `width`, measured once per change of what they
    /// show (a layout of thousands of rows asks every row's height).
    int height(const QModelIndex& index, int width, const QPalette& palette) const;
    /// Measures the row again after its data changed; true when its height is not the one last
    /// reported by height() (only then does the view need a new layout).
    bool heightChanged(const QModelIndex& index, int width, const QPalette& palette) const;

    /// Live durations on tool-call cards. A row whose cards run or wait is remembered when it is
    /// painted (notePainted); takeLiveRows() hands those message ids over (and forgets them),
    /// tick() moves the clock on, and refreshLiveRow() rebuilds that row's cards, true when its
    /// height changed. Rows that are not painted (scrolled away, hidden window) drop out.
    void notePainted(const RenderedMessage& rendered, const QString& messageId) const;
    QStringList takeLiveRows();
    void tick() { ++m_tick; }
    bool refreshLiveRow(const QModelIndex& index, const QPalette& palette);

    /// What the row `index` laid out in `option` shows, as plain text: its text, its tool cards
    /// and notes (why it failed, a warning), its reasoning fold.
    QString shownContent(const QModelIndex& index, const QStyleOptionViewItem& option) const;
    QString shownCards(const QModelIndex& index, const QStyleOptionViewItem& option) const;
    QString shownReasoning(const QModelIndex& index, const QStyleOptionViewItem& option) const;

Q_SIGNALS:
    /// A row with a running or waiting tool call was painted while none was remembered.
    void liveRowsPainted();
    /// Every row may have changed height (an image loaded: it can be in several rows).
    void allRowsChanged();

private:
    struct Measure;
    /// Brings the content documents up to date; returns the position in `content` from which
    /// its text is new (0: built again), so that image links are looked for only there.
    int updateContent(RenderedMessage& r, const core::Message& message, bool dark, quint64 epoch) const;
    void updateSections(RenderedMessage& r, const QModelIndex& index, const core::Message& message,
                        const ChatColors& colors) const;
    void updateTools(RenderedMessage& r, const core::Message& message, const ChatColors& colors) const;
    void applyImages(QTextDocument& document, int width, int fromPosition = 0) const;
    Measure measureKey(const QModelIndex& index, const core::Message& message, int width,
                       const QPalette& palette) const;

    QPointer<GuiApprovalPolicy> m_approval;
    bool m_showUsage = true;
    QString m_regenerable;
    QSet<QString> m_expandedReasoning; ///< message ids
    QSet<QString> m_expandedCalls;     ///< call ids
    QHash<QString, int> m_uiRevision;  ///< message id -> bumped when its UI state changes
    mutable QHash<QString, std::shared_ptr<RenderedMessage>> m_rendered;
    mutable quint64 m_useClock = 0;
    mutable QHash<QString, Measure> m_heights;
    QPointer<core::RemoteImageLoader> m_images;
    mutable QHash<QUrl, QImage> m_decoded; ///< loaded images, decoded once
    mutable QSet<QString> m_livePainted;   ///< message ids of painted rows with live cards
    int m_tick = 0;                        ///< bumped every second while live cards are shown
};

} // namespace harness::gui
