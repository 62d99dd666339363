// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/chat_page.h"

#include "core/engine/chat_service.h"
#include "core/engine/engine.h"
#include "core/itemmodels/message_list_model.h"
#include "core/markdown/remote_image_loader.h"
#include "core/store/conversation_export.h"
#include "core/store/conversation_repository.h"
#include "core/store/draft_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/settings_repository.h"
#include "gui/chat/chat_header.h"
#include "gui/chat/composer.h"
#include "gui/chat/draft_keeper.h"
#include "gui/chat/gui_approval_policy.h"
#include "gui/chat/message_delegate.h"
#include "gui/chat/message_render_cache.h"
#include "gui/chat/message_view.h"
#include "gui/chat/suggestion_chips.h"
#include "gui/file_dialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace harness::gui {

namespace {
constexpr int FollowSlack = 8; ///< pixels from the bottom that still count as "at the bottom"
}

ChatPage::ChatPage(core::Store& store, core::Engine& engine, QWidget* parent)
    : QWidget(parent), m_store(store), m_engine(engine),
      m_messages(new core::MessageListModel(store, &engine.runs(), this))
{
    setObjectName(QStringLiteral("chatPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_header = new ChatHeader(store, this);
    connect(m_header, &ChatHeader::exportRequested, this, &ChatPage::exportConversation);
    connect(m_header, &ChatHeader::statusMessage, this, &ChatPage::statusMessage);
    layout->addWidget(m_header);

    // Empty state: a hint and the harness's suggested prompts.
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("emptyConversation"));
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(2);
    auto* hint =
        new QLabel(tr("Ask anything. Your conversation is saved on this computer as you go."), m_empty);
    hint->setObjectName(QStringLiteral("emptyConversationHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(hint);
    m_chips = new SuggestionChips(m_empty);
    emptyLayout->addWidget(m_chips, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    connect(m_chips, &SuggestionChips::promptChosen, this, &ChatPage::sendText);
    layout->addWidget(m_empty, 1);

    m_view = new MessageView(*m_messages, this);
    // Remote images in answers load on click only, and stay loaded while the app runs.
    auto* images = new core::RemoteImageLoader(m_engine.network(), this);
    images->setObjectName(QStringLiteral("remoteImages"));
    m_view->cache().setImageLoader(images);
    layout->addWidget(m_view, 1);
    auto* bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_follow = !m_messages->hasNewer() && value >= bar->maximum() - FollowSlack;
        placeJumpButton();
        loadOlderIfAtTop();
        loadNewerIfAtBottom();
    });
    // The content grew (a token, a card): stay at the bottom if the user was there.
    connect(bar, &QScrollBar::rangeChanged, this, [this] { followIfAtBottom(); });
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        if (first > 0 && m_follow) // appended at the end (older pages are inserted at 0)
            m_view->scrollToBottom();
        updateEmptyState();
        updateRunning();
    });
    connect(m_messages, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateEmptyState();
        updateRunning();
    });
    connect(&m_view->delegate(), &MessageDelegate::actionTriggered, this,
            [this](MessageActions::Kind kind, const QModelIndex& index) { onAction(int(kind), index); });

    m_jump = new QToolButton(this);
    m_jump->setObjectName(QStringLiteral("jumpToLatestButton"));
    m_jump->setText(tr("↓ Jump to latest"));
    m_jump->setAccessibleName(tr("Jump to the latest message"));
    m_jump->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_jump->setCursor(Qt::PointingHandCursor);
    m_jump->setStyleSheet(QStringLiteral("QToolButton { padding: 6px 14px; border-radius: 14px; "
                                         "background: palette(button); border: 1px solid palette(mid); }"));
    m_jump->hide();
    connect(m_jump, &QToolButton::clicked, this, [this] {
        showLatest();
        placeJumpButton();
    });

    m_composer = new Composer(this);
    layout->addWidget(m_composer);
    connect(m_composer, &Composer::sendRequested, this, &ChatPage::send);
    connect(m_composer, &Composer::stopRequested, this, &ChatPage::stop);
    connect(m_composer, &Composer::retryRequested, this, &ChatPage::retry);
    connect(m_composer, &Composer::continueRequested, this, &ChatPage::continueAnswer);
    m_drafts = new DraftKeeper(store, *m_composer, this);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ChatPage::stop);

    auto& runs = m_engine.runs();
    // A write that failed (disk full): said in the status bar, wherever the user is, and on the
    // message (the view shows the model's warning); the text is kept in memory meanwhile.
    connect(&runs, &core::RunRegistry::messageChanged, this, [this](const core::MessageChange& change) {
        if (change.kind == core::MessageChange::Kind::SaveFailed)
            Q_EMIT statusMessage(change.text);
    });
    connect(&runs, &core::RunRegistry::runStarted, this, &ChatPage::updateRunning);
    connect(&runs, &core::RunRegistry::runEnded, this, [this](const QString& conversationId) {
        if (m_approval) // nothing can run any more: the questions on its cards are answered "no"
            m_approval->denyConversation(conversationId);
        updateRunning();
    });
    connect(&runs, &core::RunRegistry::runFailed, this,
            [this](const QString& conversationId, const QString&, const QString& message) {
                if (conversationId == m_conversationId)
                    Q_EMIT statusMessage(message);
            });
    connect(&m_engine.chat(), &core::ChatService::answerFailed, this,
            [this](const QString& conversationId, const QString& message) {
                if (conversationId == m_conversationId || conversationId.isEmpty())
                    Q_EMIT statusMessage(message);
            });
    connect(&m_store, &core::Store::messageChanged, this, [this](const QString& conversationId) {
        if (conversationId == m_conversationId)
            updateRunning();
    });
    connect(&m_store, &core::Store::messagesRemoved, this, [this](const QString& conversationId) {
        if (m_approval)
            m_approval->denyConversation(conversationId);
    });
    connect(&m_store, &core::Store::settingsChanged, this, [this] {
        m_view->cache().setShowUsage(m_store.settings().load().value.showUsage);
        m_view->doItemsLayout();
    });
    m_view->cache().setShowUsage(m_store.settings().load().value.showUsage);
    showConversation({});
}

ChatPage::~ChatPage()
{
    m_drafts->flush();
}

void ChatPage::setApprovalPolicy(GuiApprovalPolicy* policy)
{
    m_approval = policy;
    m_view->cache().setApprovalPolicy(policy);
    if (!policy)
        return;
    connect(policy, &GuiApprovalPolicy::pendingChanged, this,
            [this](const QString& conversationId, const QString& messageId) {
                if (conversationId == m_conversationId)
                    m_view->refreshRow(messageId);
            });
}

void ChatPage::setSessionState(SessionState* session)
{
    m_drafts->setSessionState(session);
}

void ChatPage::saveDraft()
{
    m_drafts->flush();
}

void ChatPage::showConversation(const QString& conversationId)
{
    m_drafts->switchTo(conversationId);
    m_conversationId = conversationId;
    m_view->clear();
    m_messages->setConversation(conversationId);
    m_header->setConversation(conversationId);
    if (!conversationId.isEmpty() && m_store.settings().load().value.autoSwitchHarness) {
        const QString last = m_store.conversations().get(conversationId).value.lastHarnessId;
        if (!last.isEmpty())
            m_header->selectHarness(last);
    }
    m_follow = true;
    updateEmptyState();
    updateRunning();
    m_view->scrollToBottom();
}

void ChatPage::updateEmptyState()
{
    const bool empty = m_messages->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    if (empty) {
        QStringList prompts;
        if (auto harness = m_store.harnesses().get(m_header->harnessId()); harness.ok())
            prompts = harness.value.suggestedPrompts;
        m_chips->setPrompts(prompts);
    }
    placeJumpButton();
}

void ChatPage::updateRunning()
{
    const bool running = !m_conversationId.isEmpty() && m_engine.runs().isRunning(m_conversationId);
    m_composer->setRunning(running);
    // Retry when the last answer failed, was stopped, or was cut off by a crash.
    bool canRetry = false;
    bool canContinue = false;
    QString regenerable;
    const int rows = m_messages->rowCount();
    if (!running && rows > 0) {
        const auto& last = m_messages->messageAt(rows - 1);
        if (last.role == core::MessageRole::Assistant) {
            canRetry = last.status == core::MessageStatus::Error ||
                       last.status == core::MessageStatus::Stopped ||
                       last.status == core::MessageStatus::Interrupted;
            canContinue = canRetry && !last.content.isEmpty();
            if (last.supersededBy.isEmpty())
                regenerable = last.id;
        }
    }
    m_composer->setRecoveryOffered(canRetry, canContinue);
    m_view->cache().setRegenerableMessage(regenerable);
}

bool ChatPage::chooseHarness(core::Harness& harness)
{
    auto chosen = core::ChatService::harnessFor(m_store, m_conversationId, m_header->harnessId());
    if (!chosen.ok())
        return false;
    harness = chosen.value;
    return true;
}

void ChatPage::continueAnswer()
{
    core::Harness harness;
    if (m_conversationId.isEmpty() || !chooseHarness(harness))
        return;
    showLatest();
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
    showLatest();
    m_engine.chat().answer(m_conversationId, harness);
    updateRunning();
}

void ChatPage::regenerate()
{
    core::Harness harness;
    if (m_conversationId.isEmpty() || !chooseHarness(harness))
        return;
    showLatest();
    const auto sent = m_engine.chat().regenerate(m_conversationId, harness);
    if (!sent.error.ok())
        Q_EMIT statusMessage(sent.error.userMessage());
    updateRunning();
}

void ChatPage::stop()
{
    if (!m_conversationId.isEmpty())
        m_engine.runs().stop(m_conversationId);
}

void ChatPage::focusComposer()
{
    m_composer->focusInput();
}

void ChatPage::revealMessage(const QString& messageId)
{
    // Not loaded: read the rows around it, not every page in between (a search result can be
    // ten thousand messages back). No reading ahead until the row is in place.
    m_loadingRows = true;
    int row = m_messages->rowOf(messageId);
    if (row < 0 && m_messages->showAround(messageId, RowsPerRound))
        row = m_messages->rowOf(messageId);
    if (row >= 0) {
        m_follow = false;
        m_view->doItemsLayout();
        m_view->scrollTo(m_messages->index(row), QAbstractItemView::PositionAtCenter);
    }
    m_loadingRows = false;
    QTimer::singleShot(0, this, [this] {
        loadOlderIfAtTop();
        loadNewerIfAtBottom();
        placeJumpButton();
    });
}

void ChatPage::loadOlderIfAtTop()
{
    // Read ahead while less than a screen is left above, a few rows per round of the event loop:
    // measuring a row renders its Markdown (1-2 ms), and a round must stay well under a frame.
    auto* bar = m_view->verticalScrollBar();
    if (m_loadingRows || !m_messages->hasOlder() || bar->value() > m_view->viewport()->height())
        return;
    m_loadingRows = true;
    // Keep the message the user is reading in place while older ones appear above it.
    const int value = bar->value();
    const int before = bar->maximum();
    if (m_messages->fetchOlder(RowsPerRound) > 0) {
        m_view->doItemsLayout();
        bar->setValue(value + bar->maximum() - before);
    }
    m_loadingRows = false;
    if (m_messages->hasOlder() && bar->value() <= m_view->viewport()->height())
        QTimer::singleShot(0, this, &ChatPage::loadOlderIfAtTop);
}

void ChatPage::loadNewerIfAtBottom()
{
    // After a jump to an old message: read on below it the same way, a few rows per round.
    auto* bar = m_view->verticalScrollBar();
    const auto nearBottom = [&] {
        return bar->value() >= bar->maximum() - m_view->viewport()->height();
    };
    if (m_loadingRows || !m_messages->hasNewer() || !nearBottom())
        return;
    m_loadingRows = true;
    m_messages->fetchNewer(RowsPerRound); // appended below: what the user reads stays in place
    m_loadingRows = false;
    if (m_messages->hasNewer() && nearBottom())
        QTimer::singleShot(0, this, &ChatPage::loadNewerIfAtBottom);
}

void ChatPage::showLatest()
{
    if (m_messages->hasNewer())
        m_messages->setConversation(m_conversationId);
    m_follow = true;
    m_view->scrollToBottom();
}

void ChatPage::followIfAtBottom()
{
    if (m_follow)
        m_view->scrollToBottom();
    placeJumpButton();
}

void ChatPage::placeJumpButton()
{
    auto* bar = m_view->verticalScrollBar();
    const bool show =
        m_view->isVisible() &&
        (m_messages->hasNewer() || (bar->maximum() > 0 && bar->value() < bar->maximum() - FollowSlack));
    m_jump->setVisible(show);
    if (!show)
        return;
    m_jump->adjustSize();
    const QRect area = m_view->geometry();
    m_jump->move(area.center().x() - m_jump->width() / 2, area.bottom() - m_jump->height() - 12);
    m_jump->raise();
}

void ChatPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeJumpButton();
}

void ChatPage::onAction(int kind, const QModelIndex& index)
{
    const auto& message = m_messages->messageAt(index.row());
    switch (MessageActions::Kind(kind)) {
    case MessageActions::Kind::Copy:
        QGuiApplication::clipboard()->setText(message.content);
        Q_EMIT statusMessage(tr("Copied."));
        break;
    case MessageActions::Kind::Edit:
        startEdit(index);
        break;
    case MessageActions::Kind::Regenerate:
        regenerate();
        break;
    case MessageActions::Kind::ToggleEarlierVersion: {
        // A copy: showing the earlier version inserts rows, which moves `message` (issue 23).
        const QString id = message.id;
        m_follow = false;
        m_messages->setEarlierVersionShown(id, !m_messages->isEarlierVersionShown(id));
        break;
    }
    default:
        break;
    }
}

void ChatPage::startEdit(const QModelIndex& index)
{
    // Copies: saving the draft reaches the store, whose signals may change the model's rows.
    const QString id = m_messages->messageAt(index.row()).id;
    const QString content = m_messages->messageAt(index.row()).content;
    m_drafts->flush(); // the draft stays saved; the edit does not overwrite it
    m_drafts->setPaused(true);
    m_composer->setEditing(id);
    m_composer->setText(content);
    m_drafts->setPaused(false);
    m_composer->focusInput();
}

void ChatPage::send()
{
    sendText(m_composer->text());
}

void ChatPage::sendText(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return;
    core::Harness harness;
    if (!chooseHarness(harness)) {
        Q_EMIT statusMessage(tr("Create a harness first: Harnesses → New harness."));
        return; // the text stays in the composer
    }
    showLatest(); // what is sent and answered appears at the end
    const QString editing = m_composer->editing();
    if (!editing.isEmpty()) {
        const auto sent = m_engine.chat().resend(editing, harness, text);
        if (!sent.error.ok()) {
            Q_EMIT statusMessage(sent.error.userMessage());
            return;
        }
        m_composer->setEditing({});
        m_composer->setText(m_store.drafts().load(m_conversationId).value); // the draft comes back
        updateRunning();
        return;
    }
    const bool isNew = m_conversationId.isEmpty();
    const auto sent = m_engine.chat().send(m_conversationId, harness, text);
    if (!sent.error.ok()) {
        Q_EMIT statusMessage(sent.error.userMessage());
        return; // the text stays in the composer
    }
    if (isNew) {
        m_drafts->adopt(sent.conversationId);
        m_conversationId = sent.conversationId;
        m_messages->setConversation(sent.conversationId);
        m_header->setConversation(sent.conversationId);
        Q_EMIT conversationCreated(sent.conversationId);
    }
    m_composer->clear();
    updateEmptyState();
    updateRunning();
    m_view->scrollToBottom();
}

void ChatPage::exportConversation(const QString& format)
{
    if (m_conversationId.isEmpty())
        return;
    const auto chosen = core::ConversationExport::formatFromName(format);
    if (!chosen)
        return;
    QString name = m_store.conversations().get(m_conversationId).value.title.simplified();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    if (name.isEmpty())
        name = tr("conversation");
    const QString suffix = core::ConversationExport::fileSuffix(*chosen);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::saveFileName(
        this, tr("Export conversation"), dir + QLatin1Char('/') + name + QLatin1Char('.') + suffix,
        *chosen == core::ConversationExport::Format::Json ? tr("JSON (*.json)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    auto exported = core::ConversationExport::exportConversation(m_store, m_conversationId, *chosen);
    if (!exported.ok()) {
        Q_EMIT statusMessage(tr("Could not export: %1").arg(exported.error.userMessage()));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.value) != exported.value.size() ||
        !file.commit()) {
        Q_EMIT statusMessage(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Exported to %1").arg(path));
}

} // namespace harness::gui
