// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace harness::core {
class Engine;
struct Harness;
class MessageListModel;
class Store;
} // namespace harness::core

namespace harness::gui {

/// The conversation: title, messages (loaded lazily, older pages as the user scrolls up), composer.
class ChatPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPage)
public:
    ChatPage(core::Store& store, core::Engine& engine, QWidget* parent = nullptr);
    ~ChatPage() override;

    /// Shows a conversation; empty = a new, not yet saved one.
    void showConversation(const QString& conversationId);
    const QString& conversationId() const { return m_conversationId; }
    core::MessageListModel& messages() { return *m_messages; }
    void focusComposer();
    /// Scrolls to a message (from a search hit), loading older pages as needed.
    void revealMessage(const QString& messageId);

Q_SIGNALS:
    /// A conversation was created by sending the first message of a new chat.
    void conversationCreated(const QString& conversationId);
    void statusMessage(const QString& text);

private:
    void send();
    void stop();
    void retry();
    void continueAnswer();
    void updateTitle();
    void updateRunning();
    bool chooseHarness(core::Harness& harness) const;
    void loadOlderIfAtTop();

    core::Store& m_store;
    core::Engine& m_engine;
    core::MessageListModel* m_messages = nullptr;
    QString m_conversationId;
    QLabel* m_title = nullptr;
    QListView* m_view = nullptr;
    QPlainTextEdit* m_composer = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_continue = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace harness::gui
