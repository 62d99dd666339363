// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/main_window.h"

#include "core/engine/engine.h"
#include "core/itemmodels/conversation_list_model.h"
#include "core/secrets/guarded_secret_store.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/store.h"
#include "core/store/unread_repository.h"
#include "gui/account/account_panel.h"
#include "gui/account/account_ui.h"
#include "gui/account/sync_status_button.h"
#include "gui/account/welcome_page.h"
#include "gui/chat/chat_page.h"
#include "gui/chat/gui_approval_policy.h"
#include "gui/first_run_page.h"
#include "gui/harnesses/harness_manager_page.h"
#include "gui/session_state.h"
#include "gui/settings/data_settings.h"
#include "gui/settings/keychain_notice.h"
#include "gui/settings/settings_page.h"
#include "gui/shortcuts_dialog.h"
#include "gui/sidebar/sidebar.h"
#include "gui/theme.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace harness::gui {

MainWindow::MainWindow(core::Store& store, core::Engine& engine, const QString& dataDir, QWidget* parent)
    : QMainWindow(parent), m_store(store), m_engine(engine),
      m_session(std::make_unique<SessionState>(dataDir))
{
    m_approval = new GuiApprovalPolicy(this);
    m_engine.setApprovalPolicy(m_approval);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Harness Desktop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/harness.svg")));

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new Sidebar(store, &engine.runs(), m_splitter);
    m_pages = new QStackedWidget(m_splitter);
    m_firstRun = new FirstRunPage(store, &engine, m_pages);
    m_chat = new ChatPage(store, engine, m_pages);
    m_chat->setApprovalPolicy(m_approval);
    m_chat->setSessionState(m_session.get());
    m_harnesses = new HarnessManagerPage(store, engine, m_pages);
    m_settings = new SettingsPage(store, engine.secrets(), dataDir, m_pages);
    m_settings->data().setBeforeMove([this, &engine] {
        m_chat->saveDraft(); // the draft is in the copy
        return int(engine.runs().runningConversations().size());
    });
    m_pages->addWidget(m_firstRun);
    m_pages->addWidget(m_chat);
    m_pages->addWidget(m_harnesses);
    m_pages->addWidget(m_settings);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 720});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_storeStatus = new QLabel(this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addPermanentWidget(m_storeStatus);
    if (auto* guarded = qobject_cast<core::GuardedSecretStore*>(engine.secrets())) {
        auto* keychain = new KeychainNotice(guarded, KeychainNotice::Form::Compact, this);
        connect(keychain, &KeychainNotice::detailsRequested, this, [this] {
            showPage(Page::Settings);
            m_settings->showSectionNamed(QStringLiteral("providerSettings"));
        });
        statusBar()->addPermanentWidget(keychain);
    }

    connect(m_sidebar, &Sidebar::conversationActivated, this, &MainWindow::openConversation);
    connect(m_sidebar, &Sidebar::newChatRequested, this, &MainWindow::newChat);
    connect(m_sidebar, &Sidebar::harnessesRequested, this, [this] { showPage(Page::Harnesses); });
    connect(m_sidebar, &Sidebar::settingsRequested, this, [this] { showPage(Page::Settings); });
    connect(m_sidebar, &Sidebar::conversationRemoved, this, [this](const QString& id) {
        if (m_chat->conversationId() == id)
            newChat();
    });
    connect(m_sidebar, &Sidebar::conversationAboutToBeDeleted, this,
            [this](const QString& id) { m_engine.runs().stop(id); });
    connect(m_sidebar, &Sidebar::searchHitActivated, this,
            [this](const QString& conversationId, const QString& messageId) {
                openConversation(conversationId);
                if (!messageId.isEmpty())
                    m_chat->revealMessage(messageId);
            });
    connect(m_firstRun, &FirstRunPage::harnessCreated, this, [this] {
        statusBar()->showMessage(tr("Harness created. Say hello!"), 5000);
        newChat();
    });
    connect(m_chat, &ChatPage::conversationCreated, this, [this](const QString& id) {
        m_sidebar->selectConversation(id);
        m_session->setLastConversationId(id);
    });
    const auto showStatus = [this](const QString& text) {
        statusBar()->showMessage(text, 10'000);
    };
    connect(m_chat, &ChatPage::statusMessage, this, showStatus);
    connect(m_sidebar, &Sidebar::statusMessage, this, showStatus);
    connect(m_harnesses, &HarnessManagerPage::statusMessage, this, showStatus);
    connect(m_firstRun, &FirstRunPage::statusMessage, this, showStatus);
    connect(m_settings, &SettingsPage::statusMessage, this, showStatus);
    connect(m_settings, &SettingsPage::themeChanged, this,
            [](core::UserSettings::Theme theme) { applyTheme(theme); });
    connect(&m_store, &core::Store::conversationsChanged, this, &MainWindow::updateStatus);
    connect(&m_store, &core::Store::harnessesChanged, this, [this] {
        if (!hasHarness())
            showPage(Page::FirstRun);
    });

    // An answer that finished out of sight stays marked until the conversation is opened (the
    // sidebar's model follows the runs itself).
    connect(&m_engine.runs(), &core::RunRegistry::runFinished, this, [this](const QString& id) {
        const bool shown =
            isVisible() && !isMinimized() && currentPage() == Page::Chat && m_chat->conversationId() == id;
        if (!shown)
            m_store.unread().mark(id);
    });

    createActions();
    restoreSession();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_chat->saveDraft(); // the session state goes before the chat page does
    m_chat->setSessionState(nullptr);
    m_engine.setApprovalPolicy(nullptr); // the policy asks through this window
}

void MainWindow::createActions()
{
    const auto add = [this](const QString& text, const QKeySequence& keys, auto slot, const char* name) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction* newChatAction = add(
        tr("New chat"), QKeySequence::New, [this] { newChat(); }, "newChatAction");
    newChatAction->setIcon(themedIcon(QStringLiteral("new-chat")));
    QAction* search = add(
        tr("Search conversations"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_sidebar->focusSearch(); },
        "searchAction");
    search->setIcon(themedIcon(QStringLiteral("search")));
    QAction* previous = add(
        tr("Previous conversation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
        [this] { m_sidebar->stepSelection(-1); }, "previousConversationAction");
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                            QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    QAction* next = add(
        tr("Next conversation"), QKeySequence(Qt::CTRL | Qt::Key_Tab),
        [this] { m_sidebar->stepSelection(1); }, "nextConversationAction");
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::ALT | Qt::Key_Down),
                        QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    add(
        tr("Focus the message field"), QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] {
            showPage(Page::Chat);
            m_chat->focusComposer();
        },
        "focusComposerAction");
    add(
        tr("Settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { showPage(Page::Settings); },
        "settingsAction")
        ->setIcon(themedIcon(QStringLiteral("settings")));
    QAction* help = add(
        tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); }, "shortcutsAction");
    help->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->setIcon(themedIcon(QStringLiteral("keyboard")));
}

void MainWindow::showShortcuts()
{
    // The window's actions, then the conversation list's own (rename, pin, delete).
    auto* list = m_sidebar->findChild<QWidget*>(QStringLiteral("conversationList"));
    QList<QAction*> all = actions();
    if (list)
        all += list->actions();
    auto* dialog = new ShortcutsDialog(all, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::hasHarness() const
{
    // A draft is not usable yet: the first-run wizard picks it up instead.
    const auto harnesses = m_store.harnesses().list();
    return std::any_of(harnesses.value.cbegin(), harnesses.value.cend(),
                       [](const core::Harness& h) { return h.status != core::HarnessStatus::Draft; });
}

void MainWindow::setAccount(core::AccountService& account)
{
    if (m_account)
        return;
    m_account = new AccountUi(account, this);
    m_pages->addWidget(m_account->welcomePage());
    m_settings->addSection(tr("Account"), m_account->panel());
    statusBar()->addPermanentWidget(m_account->statusButton());
    connect(m_account, &AccountUi::welcomeFinished, this, [this] {
        if (currentPage() == Page::Welcome)
            showPage(Page::Chat);
    });
    connect(m_account, &AccountUi::accountSettingsRequested, this, [this] {
        showPage(Page::Settings);
        m_settings->showSectionNamed(QStringLiteral("accountPanel"));
    });
    connect(m_account, &AccountUi::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    if (m_account->needsWelcome())
        showPage(Page::Welcome);
}

MainWindow::Page MainWindow::currentPage() const
{
    const QWidget* current = m_pages->currentWidget();
    if (m_account && current == m_account->welcomePage())
        return Page::Welcome;
    if (current == m_chat)
        return Page::Chat;
    if (current == m_harnesses)
        return Page::Harnesses;
    if (current == m_settings)
        return Page::Settings;
    return Page::FirstRun;
}

void MainWindow::showPage(Page page)
{
    if (page == Page::Welcome && !m_account)
        page = Page::Chat;
    if (page == Page::Chat && !hasHarness())
        page = Page::FirstRun;
    if (m_account && (page == Page::Chat || page == Page::FirstRun) && m_account->needsWelcome())
        page = Page::Welcome; // an account or a local profile first
    m_sidebar->setVisible(page != Page::Welcome);
    switch (page) {
    case Page::Welcome:
        m_pages->setCurrentWidget(m_account->welcomePage());
        break;
    case Page::FirstRun:
        m_pages->setCurrentWidget(m_firstRun);
        break;
    case Page::Chat:
        m_pages->setCurrentWidget(m_chat);
        break;
    case Page::Harnesses:
        m_pages->setCurrentWidget(m_harnesses);
        break;
    case Page::Settings:
        m_settings->reload();
        m_pages->setCurrentWidget(m_settings);
        break;
    }
}

void MainWindow::openConversation(const QString& conversationId)
{
    if (!m_store.conversations().get(conversationId).ok())
        return;
    m_store.unread().clear(conversationId);
    m_chat->showConversation(conversationId);
    m_sidebar->selectConversation(conversationId);
    m_session->setLastConversationId(conversationId);
    showPage(Page::Chat);
}

void MainWindow::newChat()
{
    m_chat->showConversation({});
    m_sidebar->selectConversation({});
    m_session->setLastConversationId({});
    showPage(Page::Chat);
    m_chat->focusComposer();
}

void MainWindow::restoreSession()
{
    if (const auto geometry = m_session->windowGeometry(); !geometry.isEmpty()) {
        restoreGeometry(geometry);
    } else {
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1100, screen.width() - 80), std::min(720, screen.height() - 80));
    }
    if (const auto state = m_session->splitterState(); !state.isEmpty())
        m_splitter->restoreState(state);
    const QString last = m_session->lastConversationId();
    if (!last.isEmpty() && m_store.conversations().get(last).ok())
        openConversation(last);
    else
        showPage(Page::Chat);
}

void MainWindow::saveSession()
{
    m_chat->saveDraft();
    m_session->setWindowGeometry(saveGeometry());
    m_session->setSplitterState(m_splitter->saveState());
    m_session->setLastConversationId(m_chat->conversationId());
    m_session->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSession();
    m_sidebar->commitPendingDeletion(); // quitting ends the undo window: the deletion happens
    event->accept();
}

void MainWindow::updateStatus()
{
    const int count = m_store.conversations().count().value;
    m_storeStatus->setText(tr("%n conversation(s)", nullptr, count));
    m_storeStatus->setToolTip(m_store.path());
}

} // namespace harness::gui
