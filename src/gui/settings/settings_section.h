// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QString>
#include <QWidget>

namespace harness::gui::settings_ui {

/// A section heading ("Providers") in the page's style.
QLabel* heading(const QString& text, QWidget* parent);
/// A muted explanatory paragraph under a heading or a field.
QLabel* hint(const QString& text, QWidget* parent);
/// Colours a status label as an error (red) or as plain information.
void setStatus(QLabel* label, const QString& text, bool error);

} // namespace harness::gui::settings_ui
