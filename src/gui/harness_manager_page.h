// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace harness::core {
class Store;
}

namespace harness::gui {

/// Harnesses grouped Active / Stopped / Drafts, with new, edit, start/stop and delete.
class HarnessManagerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarnessManagerPage)
public:
    explicit HarnessManagerPage(core::Store& store, QWidget* parent = nullptr);
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
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace harness::gui
