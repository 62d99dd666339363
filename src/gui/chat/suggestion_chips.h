// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace harness::gui {

/// The harness's suggested prompts as a row of chips on an empty conversation; a click sends one.
class SuggestionChips final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionChips)
public:
    explicit SuggestionChips(QWidget* parent = nullptr);
    void setPrompts(const QStringList& prompts);

Q_SIGNALS:
    void promptChosen(const QString& prompt);
};

} // namespace harness::gui
