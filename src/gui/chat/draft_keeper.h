// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace harness::core {
class Store;
}

namespace harness::gui {

class Composer;
class SessionState;

/// Keeps what the user typed in each conversation: saved to the store (conversation_drafts) a
/// moment after typing stops, and at once when the user switches conversations or quits. The
/// draft of a new chat that does not exist yet lives in the session state.
class DraftKeeper final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)
public:
    DraftKeeper(core::Store& store, Composer& composer, QObject* parent = nullptr);
    ~DraftKeeper() override;

    /// Where the new chat's draft lives; shows it if a new chat is shown.
    void setSessionState(SessionState* session);
    /// Saves the draft of the conversation shown until now, then shows `conversationId`'s.
    void switchTo(const QString& conversationId);
    /// The new chat became `conversationId` (its first message was sent): nothing to carry over.
    void adopt(const QString& conversationId);
    /// Writes the pending draft now (on quit).
    void flush();
    void setPaused(bool paused) { m_paused = paused; }

private:
    void save(const QString& conversationId, const QString& text);

    core::Store& m_store;
    Composer& m_composer;
    SessionState* m_session = nullptr;
    QString m_conversationId;
    QTimer m_debounce;
    bool m_paused = false;
};

} // namespace harness::gui
