// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat_page.h"

#include "core/itemmodels/message_list_model.h"
#include "core/store/conversation_repository.h"
#include "core/store/message_repository.h"
#include "core/store/store.h"
#include "gui/message_delegate.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace harness::gui {

namespace {

/// Enter sends, Shift+Enter starts a new line.
class ComposerKeyFilter final : public QObject {
public:
    ComposerKeyFilter(QObject* parent, std::function<void()> send) : QObject(parent), m_send(std::move(send)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                !(key->modifiers() & Qt::ShiftModifier)) {
                m_send();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_send;
};

} // namespace

ChatPage::ChatPage(core::Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_messages(new core::MessageListModel(store, this))
{
    setObjectName(QStringLiteral("chatPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(16, 10, 16, 10);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_empty = new QLabel(tr("Ask anything. Your conversation is saved on this computer as you go."), this);
    m_empty->setObjectName(QStringLiteral("emptyConversationHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty, 1);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("messageView"));
    m_view->setAccessibleName(tr("Messages"));
    m_view->setModel(m_messages);
    m_view->setItemDelegate(new MessageDelegate(m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    layout->addWidget(m_view, 1);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatPage::loadOlderIfAtTop);
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        if (first > 0)  // appended at the end (older pages are inserted at 0)
            m_view->scrollToBottom();
        m_empty->setVisible(m_messages->rowCount() == 0);
        m_view->setVisible(m_messages->rowCount() > 0);
    });

    auto* composerRow = new QHBoxLayout;
    composerRow->setContentsMargins(12, 8, 12, 12);
    m_composer = new QPlainTextEdit(this);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setAccessibleName(tr("Message"));
    m_composer->setPlaceholderText(tr("Message… (Enter to send, Shift+Enter for a new line)"));
    m_composer->setTabChangesFocus(true);
    // About three lines to start with; long drafts scroll inside it.
    m_composer->setFixedHeight(m_composer->fontMetrics().lineSpacing() * 3 + 16);
    m_composer->installEventFilter(new ComposerKeyFilter(m_composer, [this] { send(); }));
    composerRow->addWidget(m_composer, 1);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send message"));
    connect(m_send, &QPushButton::clicked, this, &ChatPage::send);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);
    layout->addLayout(composerRow);

    connect(&m_store, &core::Store::conversationChanged, this, [this](const QString& id) {
        if (id == m_conversationId)
            updateTitle();
    });
    showConversation({});
}

ChatPage::~ChatPage() = default;

void ChatPage::showConversation(const QString& conversationId)
{
    m_conversationId = conversationId;
    m_messages->setConversation(conversationId);
    updateTitle();
    m_empty->setVisible(m_messages->rowCount() == 0);
    m_view->setVisible(m_messages->rowCount() > 0);
    m_view->scrollToBottom();
}

void ChatPage::updateTitle()
{
    if (m_conversationId.isEmpty()) {
        m_title->setText(tr("New conversation"));
        return;
    }
    const auto conversation = m_store.conversations().get(m_conversationId);
    m_title->setText(conversation.ok() && !conversation.value.title.isEmpty() ? conversation.value.title
                                                                               : tr("New conversation"));
}

void ChatPage::focusComposer()
{
    m_composer->setFocus(Qt::ShortcutFocusReason);
}

void ChatPage::revealMessage(const QString& messageId)
{
    int row = m_messages->rowOf(messageId);
    while (row < 0 && m_messages->hasOlder()) {
        m_messages->fetchOlder();
        row = m_messages->rowOf(messageId);
    }
    if (row >= 0)
        m_view->scrollTo(m_messages->index(row), QAbstractItemView::PositionAtCenter);
}

void ChatPage::loadOlderIfAtTop()
{
    if (m_view->verticalScrollBar()->value() > 0 || !m_messages->hasOlder())
        return;
    // Keep the message the user is reading in place while older ones appear above it.
    const int before = m_view->verticalScrollBar()->maximum();
    if (m_messages->fetchOlder() > 0) {
        m_view->doItemsLayout();
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum() - before);
    }
}

void ChatPage::send()
{
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    if (m_conversationId.isEmpty()) {
        core::Conversation conversation;
        conversation.title = text.section(QLatin1Char('\n'), 0, 0).left(60);
        if (auto error = m_store.conversations().create(conversation)) {
            Q_EMIT statusMessage(error.userMessage());
            return;  // the text stays in the composer
        }
        m_conversationId = conversation.id;
        m_messages->setConversation(conversation.id);
        Q_EMIT conversationCreated(conversation.id);
    }
    core::Message message;
    message.conversationId = m_conversationId;
    message.role = core::MessageRole::User;
    message.content = text;
    if (auto error = m_store.messages().append(message)) {
        Q_EMIT statusMessage(error.userMessage());
        return;  // the text stays in the composer
    }
    m_composer->clear();
    updateTitle();
}

} // namespace harness::gui
