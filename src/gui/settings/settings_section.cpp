// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/settings_section.h"

#include <QPalette>

namespace harness::gui::settings_ui {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 0, 0, 4);
    return label;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    label->setProperty("error", error);
}

} // namespace harness::gui::settings_ui
