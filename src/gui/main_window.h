// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace harness::core {
class AccountService;
class Engine;
class Store;
} // namespace harness::core

namespace harness::gui {

class AccountUi;
class ChatPage;
class FirstRunPage;
class GuiApprovalPolicy;
class HarnessManagerPage;
class SessionState;
class SettingsPage;
class Sidebar;

/// The main window: sidebar on the left; chat, harness manager or settings on the right.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class Page { FirstRun, Chat, Harnesses, Settings, Welcome };

    MainWindow(core::Store& store, core::Engine& engine, const QString& dataDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds the Harness account: welcome page on first launch, Settings > Account, sync status.
    void setAccount(core::AccountService& account);

    Page currentPage() const;
    void showPage(Page page);
    void openConversation(const QString& conversationId);
    void newChat();
    Sidebar& sidebar() { return *m_sidebar; }
    ChatPage& chatPage() { return *m_chat; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showShortcuts();
    void restoreSession();
    void saveSession();
    void updateStatus();
    bool hasHarness() const;

    core::Store& m_store;
    core::Engine& m_engine;
    std::unique_ptr<SessionState> m_session;
    GuiApprovalPolicy* m_approval = nullptr;
    QSplitter* m_splitter = nullptr;
    Sidebar* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    FirstRunPage* m_firstRun = nullptr;
    ChatPage* m_chat = nullptr;
    HarnessManagerPage* m_harnesses = nullptr;
    SettingsPage* m_settings = nullptr;
    QLabel* m_storeStatus = nullptr;
    AccountUi* m_account = nullptr;
};

} // namespace harness::gui
