// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/sidebar/sidebar.h"

#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/deferred_deletion.h"
#include "core/itemmodels/search_result_model.h"
#include "core/store/conversation_repository.h"
#include "core/store/store.h"
#include "gui/sidebar/conversation_delegate.h"
#include "gui/sidebar/undo_bar.h"
#include "gui/theme.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace harness::gui {

using core::ConversationListModel;
using core::SearchResultModel;

Sidebar::Sidebar(core::Store& store, core::RunRegistry* runs, QWidget* parent)
    : QWidget(parent), m_store(store), m_conversations(new ConversationListModel(store, runs, this)),
      m_searchResults(new SearchResultModel(store, this)),
      m_deletion(new core::DeferredDeletion(store, *m_conversations, this))
{
    setObjectName(QStringLiteral("sidebar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_newChat = new QPushButton(themedIcon(QStringLiteral("new-chat")), tr("New chat"), this);
    m_newChat->setObjectName(QStringLiteral("newChatButton"));
    m_newChat->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_newChat->setAccessibleName(tr("New chat"));
    connect(m_newChat, &QPushButton::clicked, this, &Sidebar::newChatRequested);
    layout->addWidget(m_newChat);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search conversations (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition)
        ->setText(tr("Search conversations"));
    layout->addWidget(m_search);

    m_stack = new QStackedWidget(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    m_list->setMouseTracking(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this); // the Menu key opens the current row's menu
    connect(m_list, &QWidget::customContextMenuRequested, this, &Sidebar::showContextMenu);
    m_stack->addWidget(m_list);

    // The list's own actions: shortcuts while it has focus, and the entries of its context menu.
    const auto listAction = [this](const QString& icon, const QString& text, const QKeySequence& keys,
                                   const char* name, auto slot) {
        auto* action = new QAction(themedIcon(icon), text, m_list);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, slot] {
            const QString id = currentListId();
            if (!id.isEmpty())
                slot(id);
        });
        m_list->addAction(action);
        return action;
    };
    m_renameAction =
        listAction(QStringLiteral("rename"), tr("Rename…"), QKeySequence(Qt::Key_F2),
                   "renameConversationAction", [this](const QString& id) { renameConversation(id); });
    m_pinAction = listAction(QStringLiteral("pin"), tr("Pin"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                             "pinConversationAction", [this](const QString& id) { togglePinned(id); });
    m_deleteAction =
        listAction(QStringLiteral("delete"), tr("Delete"), QKeySequence::Delete, "deleteConversationAction",
                   [this](const QString& id) { deleteConversation(id); });

    auto* resultsPage = new QWidget(m_stack);
    auto* resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_searchStatus = new QLabel(resultsPage);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setWordWrap(true);
    m_searchStatus->setForegroundRole(QPalette::PlaceholderText);
    resultsLayout->addWidget(m_searchStatus);
    m_results = new QListView(resultsPage);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_searchResults);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    resultsLayout->addWidget(m_results, 1);
    m_stack->addWidget(resultsPage);
    layout->addWidget(m_stack, 1);

    m_undoBar = new UndoBar(this);
    layout->addWidget(m_undoBar);
    connect(m_undoBar, &UndoBar::undoRequested, m_deletion, &core::DeferredDeletion::undo);
    connect(m_deletion, &core::DeferredDeletion::scheduled, this,
            [this](const QString&, const QString& title) { m_undoBar->showFor(title); });
    connect(m_deletion, &core::DeferredDeletion::undone, this, [this](const QString& id) {
        m_undoBar->hide();
        selectConversation(id);
        Q_EMIT conversationActivated(id);
    });
    connect(m_deletion, &core::DeferredDeletion::aboutToDelete, this, &Sidebar::conversationAboutToBeDeleted);
    connect(m_deletion, &core::DeferredDeletion::deleted, m_undoBar, &QWidget::hide);
    connect(m_deletion, &core::DeferredDeletion::failed, this,
            [this](const QString&, const QString& message) {
                m_undoBar->hide();
                Q_EMIT statusMessage(tr("Could not delete the conversation: %1").arg(message));
            });

    auto* nav = new QHBoxLayout;
    auto* harnesses = new QPushButton(themedIcon(QStringLiteral("harnesses")), tr("Harnesses"), this);
    harnesses->setObjectName(QStringLiteral("harnessesButton"));
    harnesses->setAccessibleName(tr("Manage harnesses"));
    connect(harnesses, &QPushButton::clicked, this, &Sidebar::harnessesRequested);
    auto* settings = new QPushButton(themedIcon(QStringLiteral("settings")), tr("Settings"), this);
    settings->setObjectName(QStringLiteral("settingsButton"));
    settings->setAccessibleName(tr("Settings"));
    connect(settings, &QPushButton::clicked, this, &Sidebar::settingsRequested);
    nav->addWidget(harnesses);
    nav->addWidget(settings);
    layout->addLayout(nav);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(ConversationListModel::IdRole).toString();
                if (id.isEmpty() || id == m_selectedId || m_deletion->pendingId() == id)
                    return;
                m_selectedId = id;
                Q_EMIT conversationActivated(id);
            });
    // A reload (new message, rename) resets the model: put the selection back where it was.
    connect(m_conversations, &QAbstractItemModel::modelReset, this, &Sidebar::restoreSelection);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &Sidebar::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_searchTimer.stop();
            m_searchResults->setQuery({});
            m_stack->setCurrentIndex(0);
        } else {
            m_searchTimer.start();
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_searchResults->rowCount() > 0) {
            m_results->setCurrentIndex(m_searchResults->index(0));
            m_results->setFocus();
        }
    });
    const auto openHit = [this](const QModelIndex& index) {
        if (!index.isValid())
            return;
        const QString conversationId = index.data(SearchResultModel::ConversationIdRole).toString();
        if (conversationId == m_deletion->pendingId())
            m_deletion->undo(); // opening a conversation that is about to be deleted keeps it
        Q_EMIT searchHitActivated(conversationId, index.data(SearchResultModel::MessageIdRole).toString());
    };
    connect(m_results, &QListView::activated, this, openHit);
    connect(m_results, &QListView::clicked, this, openHit);
}

Sidebar::~Sidebar() = default;

bool Sidebar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::ContextMenu &&
        static_cast<QContextMenuEvent*>(event)->reason() == QContextMenuEvent::Keyboard) {
        if (m_list->currentIndex().isValid())
            showContextMenu(m_list->visualRect(m_list->currentIndex()).center());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString Sidebar::currentListId() const
{
    return m_list->currentIndex().data(ConversationListModel::IdRole).toString();
}

void Sidebar::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    const QString id = index.data(ConversationListModel::IdRole).toString();
    if (id.isEmpty())
        return;
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index); // the actions work on the current row
    const bool pinned = index.data(ConversationListModel::PinnedRole).toBool();
    m_pinAction->setText(pinned ? tr("Unpin") : tr("Pin"));
    m_pinAction->setIcon(themedIcon(pinned ? QStringLiteral("unpin") : QStringLiteral("pin")));
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("conversationMenu"));
    menu.setAccessibleName(tr("Conversation actions"));
    menu.addAction(m_renameAction);
    menu.addAction(m_pinAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void Sidebar::renameConversation(const QString& conversationId)
{
    selectConversation(conversationId);
    const int row = m_conversations->rowOf(conversationId);
    if (row < 0)
        return;
    m_stack->setCurrentWidget(m_list);
    m_list->setFocus(Qt::OtherFocusReason);
    m_list->edit(m_conversations->index(row));
}

void Sidebar::togglePinned(const QString& conversationId)
{
    const auto conversation = m_store.conversations().get(conversationId);
    if (!conversation.ok()) {
        Q_EMIT statusMessage(conversation.error.userMessage());
        return;
    }
    if (const auto error = m_store.conversations().setPinned(conversationId, !conversation.value.pinned))
        Q_EMIT statusMessage(tr("Could not pin the conversation: %1").arg(error.userMessage()));
    else
        m_conversations->reload(); // re-sort now, so the selection follows the row at once
}

void Sidebar::deleteConversation(const QString& conversationId)
{
    // Keep the keyboard user in the list: the row below (or above) becomes current.
    const int row = m_conversations->rowOf(conversationId);
    QString neighbour;
    for (int r = row + 1; row >= 0 && r < m_conversations->rowCount() && neighbour.isEmpty(); ++r)
        neighbour = m_conversations->idAt(r);
    for (int r = row - 1; r >= 0 && neighbour.isEmpty(); --r)
        neighbour = m_conversations->idAt(r);
    if (const auto error = m_deletion->schedule(conversationId)) {
        Q_EMIT statusMessage(tr("Could not delete the conversation: %1").arg(error.userMessage()));
        return;
    }
    // Deleting the open conversation opens its neighbour (or a new chat), as a mail client does.
    if (m_selectedId == conversationId) {
        m_selectedId.clear();
        if (neighbour.isEmpty()) {
            Q_EMIT newChatRequested();
        } else {
            selectConversation(neighbour);
            Q_EMIT conversationActivated(neighbour);
        }
    }
    Q_EMIT conversationRemoved(conversationId);
}

void Sidebar::commitPendingDeletion()
{
    m_deletion->commit();
}

void Sidebar::runSearch()
{
    m_searchTimer.stop();
    const QString text = m_search->text();
    if (text.trimmed().isEmpty())
        return;
    if (!m_searchResults->setQuery(text))
        m_searchStatus->setText(m_searchResults->errorText());
    else if (m_searchResults->rowCount() == 0)
        m_searchStatus->setText(tr("No conversation mentions \"%1\".").arg(text.trimmed()));
    else
        m_searchStatus->setText(tr("%n result(s)", nullptr, m_searchResults->rowCount()));
    m_stack->setCurrentIndex(1);
}

void Sidebar::selectConversation(const QString& conversationId)
{
    m_selectedId = conversationId;
    restoreSelection();
}

void Sidebar::restoreSelection()
{
    if (m_selectedId.isEmpty()) {
        m_list->clearSelection();
        return;
    }
    int row = m_conversations->rowOf(m_selectedId);
    while (row < 0 && m_conversations->canFetchMore({})) {
        m_conversations->fetchMore({});
        row = m_conversations->rowOf(m_selectedId);
    }
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->selectionModel()->setCurrentIndex(m_conversations->index(row),
                                              QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(m_conversations->index(row));
}

QString Sidebar::selectedConversationId() const
{
    return m_selectedId;
}

void Sidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void Sidebar::stepSelection(int delta)
{
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row()
                                               : (delta > 0 ? -1 : m_conversations->rowCount());
    for (int r = row + delta; r >= 0 && r < m_conversations->rowCount(); r += delta) {
        const QString id = m_conversations->idAt(r);
        if (!id.isEmpty()) {
            m_list->setCurrentIndex(m_conversations->index(r));
            return;
        }
        if (delta > 0 && r + delta >= m_conversations->rowCount() && m_conversations->canFetchMore({}))
            m_conversations->fetchMore({});
    }
}

} // namespace harness::gui
