// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace harness::core {
class Engine;
struct Harness;
class MessageListModel;
} // namespace harness::core

namespace harness::gui {

class ChatHeader;
class Composer;
class DraftKeeper;
class GuiApprovalPolicy;
class MessageView;
class SessionState;
class SuggestionChips;

/// The conversation: header (title, harness, export), messages (loaded lazily, older pages as
/// the user scrolls up; follows the stream unless the user scrolled up), composer with drafts.
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
    /// Puts the keyboard focus in the message field (bound to a shortcut by the main window).
    void focusComposer();
    /// Scrolls to a message (from a search hit), loading older pages as needed.
    void revealMessage(const QString& messageId);
    /// Tool calls waiting for approval are shown (and answered) on their cards.
    void setApprovalPolicy(GuiApprovalPolicy* policy);
    /// Where the draft of a new chat is kept.
    void setSessionState(SessionState* session);
    /// Writes the composer's draft now (the window closes).
    void saveDraft();
    Composer& composer() { return *m_composer; }
    ChatHeader& header() { return *m_header; }

Q_SIGNALS:
    /// A conversation was created by sending the first message of a new chat.
    void conversationCreated(const QString& conversationId);
    void statusMessage(const QString& text);

private:
    void send();
    void sendText(const QString& text);
    void stop();
    void retry();
    void continueAnswer();
    void regenerate();
    void startEdit(const QModelIndex& index);
    void updateRunning();
    void updateEmptyState();
    bool chooseHarness(core::Harness& harness);
    void loadOlderIfAtTop();
    void loadNewerIfAtBottom();
    /// Shows the newest messages and follows them (reloads them after a jump to an old one).
    void showLatest();
    void exportConversation(const QString& format);
    void onAction(int kind, const QModelIndex& index);
    void followIfAtBottom();
    void placeJumpButton();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Rows read from the store per round of the event loop while scrolling through history.
    static constexpr int RowsPerRound = 8;

    core::Store& m_store;
    core::Engine& m_engine;
    core::MessageListModel* m_messages = nullptr;
    QString m_conversationId;
    ChatHeader* m_header = nullptr;
    MessageView* m_view = nullptr;
    Composer* m_composer = nullptr;
    DraftKeeper* m_drafts = nullptr;
    QWidget* m_empty = nullptr;
    SuggestionChips* m_chips = nullptr;
    QToolButton* m_jump = nullptr;
    GuiApprovalPolicy* m_approval = nullptr;
    bool m_follow = true;
    bool m_loadingRows = false;
};

} // namespace harness::gui
