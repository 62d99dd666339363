// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QScrollArea;

namespace harness::gui {

class WizardState;

/// Wizard page 2: which MCP servers the harness uses. The user's saved servers and a catalog of
/// well-known ones with descriptions and checkboxes, the details of the selected one (what it needs,
/// a folder to pick, a Test button), custom stdio/HTTP servers, and import of an mcpServers file.
class ServersStep final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersStep)
public:
    ServersStep(WizardState& state, QWidget* parent = nullptr);
    ~ServersStep() override;

    /// Rebuilds the list from the state (after loading a harness).
    void reload();
    /// Selects the choice at \a index and shows its details.
    void select(int index);
    /// Empty when every checked server is complete; else what is missing (and that server is shown).
    QString problem();
    /// Reads an mcpServers JSON file; returns a report for the user.
    QString importFile(const QString& path);
    void addCustom();

Q_SIGNALS:
    /// Servers were ticked, unticked, added or imported.
    void choicesChanged();

private:
    void showDetails(int index);
    void onItemChanged(QListWidgetItem* item);
    void updateSummary();

    WizardState& m_state;
    QListWidget* m_list = nullptr;
    QScrollArea* m_detailsArea = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_report = nullptr;
    bool m_reloading = false;
};

} // namespace harness::gui
