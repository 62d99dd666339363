// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace harness::core {
class SecretStore;
class Store;
} // namespace harness::core

namespace harness::gui {

/// Harnesses grouped Active / Stopped / Drafts, with new, edit, start/stop and delete.
class HarnessManagerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarnessManagerPage)
public:
    HarnessManagerPage(core::Store& store, core::SecretStore* secrets, QWidget* parent = nullptr);
    /// Saves the servers of an mcpServers JSON file (Claude Desktop, Cursor); tokens go to the
    /// keychain. Returns a report for the user.
    QString importServers(const QString& path);
    ~HarnessManagerPage() override;

    void reload();
    QString selectedHarnessId() const;

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void toggleStarted();
    void removeSelected();
    void editHarness(const QString& id);
    void updateButtons();

    core::Store& m_store;
    core::SecretStore* m_secrets = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace harness::gui
