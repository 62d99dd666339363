// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QListView>

class QTimer;

namespace harness::core {
class MessageListModel;
} // namespace harness::core

namespace harness::gui {

class MessageDelegate;
class MessageRenderCache;

/// The messages of a conversation, one row each, drawn by MessageDelegate from the documents of
/// its MessageRenderCache. A row whose data changed is measured again and the rows are laid out
/// again only when its height changed (most streamed tokens do not start a new line). One live
/// clock for the whole view: "Running · 3 s" on the cards that run or wait, repainted once a
/// second, only those rows; it stops as soon as no painted card is live.
class MessageView final : public QListView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageView)
public:
    explicit MessageView(core::MessageListModel& model, QWidget* parent = nullptr);
    ~MessageView() override;

    MessageRenderCache& cache() { return *m_cache; }
    MessageDelegate& delegate() { return *m_delegate; }
    /// Something shown of `messageId` changed outside the model (an approval): built and laid
    /// out again.
    void refreshRow(const QString& messageId);
    /// Forgets every rendered row (another conversation is shown).
    void clear();
    /// The option a row at `index` is drawn with (for inspecting what it shows).
    QStyleOptionViewItem optionFor(const QModelIndex& index) const;

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;

private:
    void tickLiveRows();
    int contentWidth() const;

    core::MessageListModel& m_model;
    MessageRenderCache* m_cache = nullptr;
    MessageDelegate* m_delegate = nullptr;
    QTimer* m_liveClock = nullptr; ///< ticks only while a painted card runs or waits
};

} // namespace harness::gui
