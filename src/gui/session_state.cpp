// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/session_state.h"

#include "core/util/data_location.h"

namespace harness::gui {

SessionState::SessionState(const QString& dataDir)
    : m_settings(core::DataLocation::sessionFilePath(dataDir), QSettings::IniFormat)
{}

QByteArray SessionState::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void SessionState::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray SessionState::splitterState() const
{
    return m_settings.value(QStringLiteral("window/splitter")).toByteArray();
}

void SessionState::setSplitterState(const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("window/splitter"), state);
}

QString SessionState::lastConversationId() const
{
    return m_settings.value(QStringLiteral("session/lastConversation")).toString();
}

void SessionState::setLastConversationId(const QString& id)
{
    m_settings.setValue(QStringLiteral("session/lastConversation"), id);
}

QString SessionState::newChatDraft() const
{
    return m_settings.value(QStringLiteral("session/newChatDraft")).toString();
}

void SessionState::setNewChatDraft(const QString& text)
{
    if (text.trimmed().isEmpty())
        m_settings.remove(QStringLiteral("session/newChatDraft"));
    else
        m_settings.setValue(QStringLiteral("session/newChatDraft"), text);
}

void SessionState::sync()
{
    m_settings.sync();
}

} // namespace harness::gui
