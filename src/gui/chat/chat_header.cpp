// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/chat_header.h"

#include "core/engine/chat_service.h"
#include "core/engine/provider_access.h"
#include "core/llm/web_model_map.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/store.h"
#include "gui/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace harness::gui {

ChatHeader::ChatHeader(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("chatHeader"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(16, 8, 12, 8);
    row->setSpacing(8);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_title->setAccessibleName(tr("Conversation title"));
    m_title->setToolTip(tr("Click to rename the conversation"));
    m_title->setFrame(false);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    connect(m_title, &QLineEdit::editingFinished, this, &ChatHeader::commitTitle);
    row->addWidget(m_title, 1);

    m_harness = new QComboBox(this);
    m_harness->setObjectName(QStringLiteral("harnessSwitcher"));
    m_harness->setAccessibleName(tr("Harness"));
    m_harness->setToolTip(tr("The harness that answers: model, tools and instructions"));
    m_harness->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_harness, &QComboBox::currentIndexChanged, this, [this] {
        const QString model = m_harness->currentData(Qt::ToolTipRole).toString();
        m_harness->setToolTip(model.isEmpty() ? tr("The harness that answers: model, tools and instructions")
                                              : tr("The harness that answers. %1").arg(model));
    });
    row->addWidget(m_harness);

    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the conversation"));
    m_export->setToolTip(tr("Export the conversation as Markdown or JSON"));
    m_export->setText(tr("Export…"));
    m_export->setIcon(themedIcon(QStringLiteral("export")));
    m_export->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_export->setAutoRaise(true);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Markdown…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("md")); })
        ->setObjectName(QStringLiteral("exportMarkdownAction"));
    menu->addAction(tr("JSON…"), this, [this] { Q_EMIT exportRequested(QStringLiteral("json")); })
        ->setObjectName(QStringLiteral("exportJsonAction"));
    m_export->setMenu(menu);
    row->addWidget(m_export);

    connect(&m_store, &core::Store::harnessesChanged, this, &ChatHeader::reloadHarnesses);
    connect(&m_store, &core::Store::conversationChanged, this, [this](const QString& id) {
        if (id == m_conversationId && !m_title->hasFocus())
            updateTitle();
    });
    reloadHarnesses();
    if (auto chosen = core::ChatService::harnessFor(m_store, {}); chosen.ok())
        selectHarness(chosen.value.id);
    setConversation({});
}

void ChatHeader::setConversation(const QString& conversationId)
{
    m_conversationId = conversationId;
    m_title->setReadOnly(conversationId.isEmpty());
    m_export->setEnabled(!conversationId.isEmpty());
    updateTitle();
}

QString ChatHeader::harnessId() const
{
    return m_harness->currentData().toString();
}

void ChatHeader::selectHarness(const QString& harnessId)
{
    const int i = m_harness->findData(harnessId);
    if (i >= 0)
        m_harness->setCurrentIndex(i);
}

void ChatHeader::reloadHarnesses()
{
    const QString current = harnessId();
    m_harness->clear();
    auto all = m_store.harnesses().list();
    const auto add = [this](const core::Harness& h) {
        m_harness->addItem(h.name, h.id);
        // Which model runs (a Harness web name shows the provider id it runs as).
        m_harness->setItemData(
            m_harness->count() - 1,
            tr("Model: %1").arg(h.model.isEmpty() ? tr("none yet") : core::WebModelMap::describe(h.model)),
            Qt::ToolTipRole);
    };
    for (const auto& h : std::as_const(all.value)) {
        if (h.status == core::HarnessStatus::Started || h.id == current)
            add(h);
    }
    if (m_harness->count() == 0) // none started: offer them all rather than nothing
        for (const auto& h : std::as_const(all.value))
            add(h);
    selectHarness(current);
    m_harness->setVisible(m_harness->count() > 0);
}

void ChatHeader::updateTitle()
{
    QString title;
    if (!m_conversationId.isEmpty())
        title = m_store.conversations().get(m_conversationId).value.title;
    m_title->setText(title.isEmpty() ? tr("New conversation") : title);
    m_title->setCursorPosition(0);
}

void ChatHeader::commitTitle()
{
    if (m_conversationId.isEmpty())
        return;
    const QString title = m_title->text().simplified();
    const auto conversation = m_store.conversations().get(m_conversationId);
    if (!conversation.ok() || title == conversation.value.title)
        return;
    if (title.isEmpty()) {
        updateTitle(); // a title cannot be blank: keep the old one
        return;
    }
    if (const auto error = m_store.conversations().rename(m_conversationId, title)) {
        Q_EMIT statusMessage(tr("Could not rename the conversation: %1").arg(error.userMessage()));
        updateTitle();
    }
    m_title->clearFocus();
}

} // namespace harness::gui
