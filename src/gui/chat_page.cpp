// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat_page.h"

#include "core/engine/engine.h"
#include "core/itemmodels/message_list_model.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/message_repository.h"
#include "core/store/settings_repository.h"
#include "core/store/store.h"
#include "gui/message_delegate.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace harness::gui {

namespace {

/// Enter sends, Shift+Enter starts a new line.
class ComposerKeyFilter final : public QObject {
public:
    ComposerKeyFilter(QObject* parent, std::function<void()> send) : QObject(parent), m_send(std::move(send))
    {}

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

ChatPage::ChatPage(core::Store& store, core::Engine& engine, QWidget* parent)
    : QWidget(parent), m_store(store), m_engine(engine), m_messages(new core::MessageListModel(store, this))
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
        if (first > 0) // appended at the end (older pages are inserted at 0)
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
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setAccessibleName(tr("Stop the answer"));
    m_stop->setToolTip(tr("Stop the answer (Esc); what arrived so far is kept"));
    m_stop->hide();
    connect(m_stop, &QPushButton::clicked, this, &ChatPage::stop);
    composerRow->addWidget(m_stop, 0, Qt::AlignBottom);
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Answer again"));
    m_retry->setToolTip(tr("The last answer failed or was cut off: ask the model again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ChatPage::retry);
    composerRow->addWidget(m_retry, 0, Qt::AlignBottom);
    m_continue = new QPushButton(tr("Continue"), this);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleName(tr("Continue the answer"));
    m_continue->setToolTip(tr("Ask the model to go on from where the answer stopped"));
    m_continue->hide();
    connect(m_continue, &QPushButton::clicked, this, &ChatPage::continueAnswer);
    composerRow->addWidget(m_continue, 0, Qt::AlignBottom);
    layout->addLayout(composerRow);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ChatPage::stop);

    auto& runs = m_engine.runs();
    connect(&runs, &core::RunRegistry::textReceived, this,
            [this](const QString& conversationId, const QString& messageId, const QString& delta) {
                if (conversationId != m_conversationId)
                    return;
                const bool atBottom =
                    m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 4;
                m_messages->appendDelta(messageId, delta);
                if (atBottom)
                    m_view->scrollToBottom();
            });
    connect(&runs, &core::RunRegistry::runStarted, this, &ChatPage::updateRunning);
    connect(&runs, &core::RunRegistry::runEnded, this, &ChatPage::updateRunning);
    connect(&runs, &core::RunRegistry::runFailed, this,
            [this](const QString& conversationId, const QString&, const QString& message) {
                if (conversationId == m_conversationId)
                    Q_EMIT statusMessage(message);
            });
    connect(&m_engine.chat(), &core::ChatService::answerFailed, this,
            [this](const QString& conversationId, const QString& message) {
                if (conversationId == m_conversationId)
                    Q_EMIT statusMessage(message);
            });

    connect(&m_store, &core::Store::conversationChanged, this, [this](const QString& id) {
        if (id == m_conversationId)
            updateTitle();
    });
    connect(&m_store, &core::Store::messageChanged, this, [this](const QString& conversationId) {
        if (conversationId == m_conversationId)
            updateRunning();
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
    updateRunning();
}

void ChatPage::updateRunning()
{
    const bool running = !m_conversationId.isEmpty() && m_engine.runs().isRunning(m_conversationId);
    m_stop->setVisible(running);
    m_send->setVisible(!running);
    // Retry when the last answer failed, was stopped, or was cut off by a crash.
    bool canRetry = false;
    bool canContinue = false;
    if (!running && m_messages->rowCount() > 0) {
        const auto& last = m_messages->messageAt(m_messages->rowCount() - 1);
        canRetry =
            last.role == core::MessageRole::Assistant &&
            (last.status == core::MessageStatus::Error || last.status == core::MessageStatus::Stopped ||
             last.status == core::MessageStatus::Interrupted);
        canContinue = canRetry && !last.content.isEmpty();
    }
    m_retry->setVisible(canRetry);
    m_continue->setVisible(canContinue);
}

void ChatPage::continueAnswer()
{
    core::Harness harness;
    if (m_conversationId.isEmpty() || !chooseHarness(harness))
        return;
    // The partial answer is in the history the model gets; ask it to go on.
    const auto sent = m_engine.chat().send(m_conversationId, harness,
                                           tr("Continue exactly where your last answer stopped."));
    if (!sent.error.ok())
        Q_EMIT statusMessage(sent.error.userMessage());
    updateRunning();
}

void ChatPage::retry()
{
    core::Harness harness;
    if (m_conversationId.isEmpty() || !chooseHarness(harness))
        return;
    m_engine.chat().answer(m_conversationId, harness);
    updateRunning();
}

void ChatPage::stop()
{
    if (!m_conversationId.isEmpty())
        m_engine.runs().stop(m_conversationId);
}

bool ChatPage::chooseHarness(core::Harness& harness) const
{
    // The conversation's harness, else the default one, else the one used last.
    QStringList candidates;
    if (!m_conversationId.isEmpty())
        candidates.append(m_store.conversations().get(m_conversationId).value.lastHarnessId);
    candidates.append(m_store.settings().load().value.defaultHarnessId);
    for (const auto& id : std::as_const(candidates)) {
        if (id.isEmpty())
            continue;
        if (auto found = m_store.harnesses().get(id); found.ok()) {
            harness = found.value;
            return true;
        }
    }
    auto all = m_store.harnesses().list();
    if (!all.ok() || all.value.isEmpty())
        return false;
    harness = all.value.first();
    return true;
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
    core::Harness harness;
    if (!chooseHarness(harness)) {
        Q_EMIT statusMessage(tr("Create a harness first: Harnesses → New harness."));
        return; // the text stays in the composer
    }
    const bool isNew = m_conversationId.isEmpty();
    const auto sent = m_engine.chat().send(m_conversationId, harness, text);
    if (!sent.error.ok()) {
        Q_EMIT statusMessage(sent.error.userMessage());
        return; // the text stays in the composer
    }
    m_composer->clear();
    if (isNew) {
        m_conversationId = sent.conversationId;
        m_messages->setConversation(sent.conversationId);
        m_empty->setVisible(false);
        m_view->setVisible(true);
        Q_EMIT conversationCreated(sent.conversationId);
    }
    updateTitle();
    updateRunning();
    m_view->scrollToBottom();
}

} // namespace harness::gui
