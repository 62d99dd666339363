// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace harness::core {
class ConversationListModel;
class SearchResultModel;
class Store;
} // namespace harness::core

namespace harness::gui {

/// New chat button, search field, the grouped conversation list, and search results.
class Sidebar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)
public:
    explicit Sidebar(core::Store& store, QWidget* parent = nullptr);
    ~Sidebar() override;

    core::ConversationListModel& conversations() { return *m_conversations; }
    /// Highlights `conversationId` in the list (loading pages until found); empty clears.
    void selectConversation(const QString& conversationId);
    QString selectedConversationId() const;
    void focusSearch();
    /// Moves the selection `delta` conversations up or down (skipping headers).
    void stepSelection(int delta);

Q_SIGNALS:
    void conversationActivated(const QString& conversationId);
    void searchHitActivated(const QString& conversationId, const QString& messageId);
    void newChatRequested();
    void harnessesRequested();
    void settingsRequested();

private:
    void runSearch();
    void restoreSelection();

    core::Store& m_store;
    core::ConversationListModel* m_conversations = nullptr;
    core::SearchResultModel* m_searchResults = nullptr;
    QPushButton* m_newChat = nullptr;
    QLineEdit* m_search = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_list = nullptr;
    QListView* m_results = nullptr;
    QLabel* m_searchStatus = nullptr;
    QTimer m_searchTimer;
    QString m_selectedId;
};

} // namespace harness::gui
