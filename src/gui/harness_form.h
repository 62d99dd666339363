// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/harness.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace harness::core {
class Store;
}

namespace harness::gui {

/// Name, model, system prompt and MCP tool servers of a harness. (The onboarding wizard builds on
/// this.)
class HarnessForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarnessForm)
public:
    explicit HarnessForm(core::Store& store, QWidget* parent = nullptr);
    ~HarnessForm() override;

    void load(const core::Harness& harness);
    /// Copies the fields into `harness`; returns an error text when they are not valid.
    QString apply(core::Harness& harness) const;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_model = nullptr;
    QPlainTextEdit* m_systemPrompt = nullptr;
    QListWidget* m_servers = nullptr;
    core::Store& m_store;
};

} // namespace harness::gui
