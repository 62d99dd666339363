// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/draft_keeper.h"

#include "core/store/draft_repository.h"
#include "core/store/store.h"
#include "gui/chat/composer.h"
#include "gui/session_state.h"

namespace harness::gui {

DraftKeeper::DraftKeeper(core::Store& store, Composer& composer, QObject* parent)
    : QObject(parent), m_store(store), m_composer(composer)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(700);
    connect(&m_debounce, &QTimer::timeout, this, &DraftKeeper::flush);
    connect(&m_composer, &Composer::textEdited, this, [this] {
        if (!m_paused)
            m_debounce.start();
    });
}

DraftKeeper::~DraftKeeper() = default;

void DraftKeeper::setSessionState(SessionState* session)
{
    m_session = session;
    if (m_conversationId.isEmpty() && m_session && m_composer.text().isEmpty()) {
        m_paused = true;
        m_composer.setText(m_session->newChatDraft());
        m_paused = false;
    }
}

void DraftKeeper::save(const QString& conversationId, const QString& text)
{
    if (conversationId.isEmpty()) {
        if (m_session)
            m_session->setNewChatDraft(text);
        return;
    }
    m_store.drafts().save(conversationId, text); // a lost draft is not worth an error dialog
}

void DraftKeeper::flush()
{
    m_debounce.stop();
    if (!m_composer.editing().isEmpty())
        return; // an edit of a sent message is not a draft
    save(m_conversationId, m_composer.text());
}

void DraftKeeper::switchTo(const QString& conversationId)
{
    flush();
    m_conversationId = conversationId;
    QString text;
    if (conversationId.isEmpty())
        text = m_session ? m_session->newChatDraft() : QString();
    else
        text = m_store.drafts().load(conversationId).value;
    m_paused = true;
    m_composer.setEditing({});
    m_composer.setText(text);
    m_paused = false;
}

void DraftKeeper::adopt(const QString& conversationId)
{
    m_debounce.stop();
    if (m_conversationId.isEmpty() && m_session)
        m_session->setNewChatDraft({});
    m_conversationId = conversationId;
}

} // namespace harness::gui
