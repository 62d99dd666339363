// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace harness::gui {

/// Window and session state (not user preferences): geometry, splitter, last open conversation.
/// Kept in <data dir>/session.ini so each data directory is a complete profile.
class SessionState final {
public:
    explicit SessionState(const QString& dataDir);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    QString lastConversationId() const;
    void setLastConversationId(const QString& id);
    /// What the user typed in a new chat that was not sent yet.
    QString newChatDraft() const;
    void setNewChatDraft(const QString& text);
    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace harness::gui
