// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/chat/suggestion_chips.h"

#include <QGridLayout>
#include <QPushButton>

namespace harness::gui {

namespace {
constexpr int Columns = 2;
constexpr int MaxPrompts = 6;
} // namespace

SuggestionChips::SuggestionChips(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("suggestedPrompts"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
}

void SuggestionChips::setPrompts(const QStringList& prompts)
{
    auto* grid = static_cast<QGridLayout*>(layout());
    while (auto* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int n = 0;
    for (const auto& prompt : prompts) {
        const QString text = prompt.trimmed();
        if (text.isEmpty() || n >= MaxPrompts)
            continue;
        auto* chip = new QPushButton(text.size() > 60 ? text.left(57) + QStringLiteral("…") : text, this);
        chip->setObjectName(QStringLiteral("suggestedPrompt"));
        chip->setAccessibleName(tr("Ask: %1").arg(text));
        chip->setToolTip(text);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px 12px; }"));
        connect(chip, &QPushButton::clicked, this, [this, text] { Q_EMIT promptChosen(text); });
        grid->addWidget(chip, n / Columns, n % Columns);
        ++n;
    }
    setVisible(n > 0);
}

} // namespace harness::gui
