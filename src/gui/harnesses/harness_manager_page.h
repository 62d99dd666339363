// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

namespace harness::core {
class Engine;
class Store;
} // namespace harness::core

namespace harness::gui {

class HarnessWizard;

/// Harnesses grouped Active / Stopped / Drafts: new, edit (the wizard's pages), start/stop,
/// duplicate, delete with confirmation, and for the selected harness a live status line per MCP
/// server (connected, tool count, last error) from the engine's server registry.
class HarnessManagerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarnessManagerPage)
public:
    HarnessManagerPage(core::Store& store, core::Engine& engine, QWidget* parent = nullptr);
    ~HarnessManagerPage() override;

    /// Saves the servers of an mcpServers JSON file (Claude Desktop, Cursor); tokens go to the
    /// keychain. Returns a report for the user.
    QString importServers(const QString& path);

    void reload();
    QString selectedHarnessId() const;
    void selectHarness(const QString& harnessId);
    /// Opens the wizard on a harness (empty id: a new one).
    void editHarness(const QString& harnessId);
    void toggleStarted();
    void duplicateSelected();
    void removeSelected();
    HarnessWizard& wizard() { return *m_wizard; }
    bool isEditing() const;
    /// The status line shown for \a server (tests).
    QString serverStatus(const QString& serverName) const;

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void updateButtons();
    void updateServers();
    void showList();

    core::Store& m_store;
    core::Engine& m_engine;
    QStackedWidget* m_stack = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_serversTitle = nullptr;
    QWidget* m_serversBox = nullptr;
    QVBoxLayout* m_serverRows = nullptr;
    HarnessWizard* m_wizard = nullptr;
};

} // namespace harness::gui
