// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store_error.h"

#include <QObject>
#include <QTimer>
#include <chrono>

namespace harness::core {

class ConversationListModel;
class Store;

/// Delete with undo: the conversation leaves the list at once, but stays in the store until the
/// undo window runs out, the next deletion starts, commit() is called (quit) or this object is
/// destroyed. undo() puts it back exactly as it was, since nothing was deleted yet.
class DeferredDeletion final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredDeletion)
public:
    static constexpr std::chrono::milliseconds DefaultWindow{10'000};

    DeferredDeletion(Store& store, ConversationListModel& list, QObject* parent = nullptr);
    /// Deletes what is still pending: quitting during the undo window deletes.
    ~DeferredDeletion() override;

    void setUndoWindow(std::chrono::milliseconds window) { m_timer.setInterval(window); }
    std::chrono::milliseconds undoWindow() const { return m_timer.intervalAsDuration(); }

    /// Hides `conversationId` and starts the undo window. A deletion already pending is carried
    /// out first. NotFound when the conversation does not exist.
    StoreError schedule(const QString& conversationId);
    /// Shows the pending conversation again; false when nothing was pending.
    bool undo();
    /// Deletes the pending conversation now (no-op when nothing is pending).
    StoreError commit();

    const QString& pendingId() const { return m_pendingId; }
    const QString& pendingTitle() const { return m_pendingTitle; }

Q_SIGNALS:
    void scheduled(const QString& conversationId, const QString& title);
    void undone(const QString& conversationId);
    /// Just before the store deletes it: stop what still writes into the conversation.
    void aboutToDelete(const QString& conversationId);
    void deleted(const QString& conversationId);
    /// The store refused: the conversation is shown again and `message` says why.
    void failed(const QString& conversationId, const QString& message);

private:
    Store& m_store;
    ConversationListModel& m_list;
    QTimer m_timer;
    QString m_pendingId;
    QString m_pendingTitle;
};

} // namespace harness::core
