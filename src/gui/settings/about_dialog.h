// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace harness::gui {

/// Version, data folder, and the licences of the libraries the app is built on.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(const QString& dataDir, QWidget* parent = nullptr);
    ~AboutDialog() override;

    /// The text shown, as HTML (for tests).
    static QString html(const QString& dataDir);
};

} // namespace harness::gui
