// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace harness::gui {

/// The About section of the settings: version, data folder and the licences of the libraries
/// (the same text as the About dialog), plus Qt's own About box.
class AboutPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutPanel)
public:
    explicit AboutPanel(const QString& dataDir, QWidget* parent = nullptr);
    ~AboutPanel() override;
};

} // namespace harness::gui
