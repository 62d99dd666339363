// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/harness.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace harness::gui {

/// Name, model and system prompt of a harness. (The full onboarding wizard builds on this.)
class HarnessForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarnessForm)
public:
    explicit HarnessForm(QWidget* parent = nullptr);
    ~HarnessForm() override;

    void load(const core::Harness& harness);
    /// Copies the fields into `harness`; returns an error text when they are not valid.
    QString apply(core::Harness& harness) const;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_model = nullptr;
    QPlainTextEdit* m_systemPrompt = nullptr;
};

} // namespace harness::gui
