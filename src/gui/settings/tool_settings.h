// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace harness::core {
class Store;
} // namespace harness::core

namespace harness::gui {

/// The default tool approval: the global ('*', '*', '*') rule of the tool policies. Rules set for
/// a harness, a server or a tool (in the harness manager, or "always" answers) still win.
class ToolSettings final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolSettings)
public:
    /// The choices, in the order shown.
    enum class Default { ReadOnlyAutomatically, AskEveryTime, AlwaysRun, NeverRun };

    explicit ToolSettings(core::Store& store, QWidget* parent = nullptr);
    ~ToolSettings() override;

    void reload();

private:
    void save(Default choice);

    core::Store& m_store;
    QButtonGroup* m_choices = nullptr;
    QLabel* m_status = nullptr;
    bool m_loading = false;
};

} // namespace harness::gui
