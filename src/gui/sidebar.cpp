// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/sidebar.h"

#include "core/itemmodels/conversation_list_model.h"
#include "core/itemmodels/search_result_model.h"
#include "gui/conversation_delegate.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace harness::gui {

using core::ConversationListModel;
using core::SearchResultModel;

Sidebar::Sidebar(core::Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_conversations(new ConversationListModel(store, this)),
      m_searchResults(new SearchResultModel(store, this))
{
    setObjectName(QStringLiteral("sidebar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_newChat = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New chat"), this);
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
    layout->addWidget(m_search);

    m_stack = new QStackedWidget(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setTextElideMode(Qt::ElideRight);
    m_stack->addWidget(m_list);

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

    auto* nav = new QHBoxLayout;
    auto* harnesses = new QPushButton(tr("Harnesses"), this);
    harnesses->setObjectName(QStringLiteral("harnessesButton"));
    harnesses->setAccessibleName(tr("Manage harnesses"));
    connect(harnesses, &QPushButton::clicked, this, &Sidebar::harnessesRequested);
    auto* settings = new QPushButton(tr("Settings"), this);
    settings->setObjectName(QStringLiteral("settingsButton"));
    settings->setAccessibleName(tr("Settings"));
    connect(settings, &QPushButton::clicked, this, &Sidebar::settingsRequested);
    nav->addWidget(harnesses);
    nav->addWidget(settings);
    layout->addLayout(nav);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(ConversationListModel::IdRole).toString();
                if (id.isEmpty() || id == m_selectedId)
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
        Q_EMIT searchHitActivated(index.data(SearchResultModel::ConversationIdRole).toString(),
                                  index.data(SearchResultModel::MessageIdRole).toString());
    };
    connect(m_results, &QListView::activated, this, openHit);
    connect(m_results, &QListView::clicked, this, openHit);
}

Sidebar::~Sidebar() = default;

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
