// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace harness::core {
class ConversationListModel;
class DeferredDeletion;
class RunRegistry;
class SearchResultModel;
class Store;
} // namespace harness::core

namespace harness::gui {

class UndoBar;

/// New chat button, search field, the grouped conversation list, and search results. Rename
/// (F2, inline), pin, delete with undo (Del), all also in the context menu.
class Sidebar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)
public:
    /// `runs`: the conversations answering now are marked (none: no marks).
    Sidebar(core::Store& store, core::RunRegistry* runs, QWidget* parent = nullptr);
    ~Sidebar() override;

    core::ConversationListModel& conversations() { return *m_conversations; }
    core::DeferredDeletion& deletion() { return *m_deletion; }
    /// Highlights `conversationId` in the list (loading pages until found); empty clears.
    void selectConversation(const QString& conversationId);
    QString selectedConversationId() const;
    void focusSearch();
    /// Moves the selection `delta` conversations up or down (skipping headers).
    void stepSelection(int delta);

    /// Opens the inline title editor on the conversation.
    void renameConversation(const QString& conversationId);
    void togglePinned(const QString& conversationId);
    /// Hides the conversation and offers Undo; the store deletes it when the offer runs out.
    void deleteConversation(const QString& conversationId);
    /// Carries out a pending deletion now (the app is quitting).
    void commitPendingDeletion();

Q_SIGNALS:
    void conversationActivated(const QString& conversationId);
    void searchHitActivated(const QString& conversationId, const QString& messageId);
    void newChatRequested();
    void harnessesRequested();
    void settingsRequested();
    /// The conversation left the list (deletion pending): stop showing it.
    void conversationRemoved(const QString& conversationId);
    /// The store is about to delete it for good: stop what still writes into it.
    void conversationAboutToBeDeleted(const QString& conversationId);
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void restoreSelection();
    void showContextMenu(const QPoint& pos);
    QString currentListId() const;

    core::Store& m_store;
    core::ConversationListModel* m_conversations = nullptr;
    core::SearchResultModel* m_searchResults = nullptr;
    core::DeferredDeletion* m_deletion = nullptr;
    QPushButton* m_newChat = nullptr;
    QLineEdit* m_search = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_list = nullptr;
    QListView* m_results = nullptr;
    QLabel* m_searchStatus = nullptr;
    UndoBar* m_undoBar = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_pinAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QTimer m_searchTimer;
    QString m_selectedId;
};

} // namespace harness::gui
