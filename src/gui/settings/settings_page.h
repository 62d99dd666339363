// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/user_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace harness::core {
class SecretStore;
class Store;
} // namespace harness::core

namespace harness::gui {

/// The user's preferences, saved as soon as they change.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    SettingsPage(core::Store& store, core::SecretStore* secrets, const QString& dataDir,
                 QWidget* parent = nullptr);
    ~SettingsPage() override;

    void reload();
    /// Adds a titled section (e.g. the account panel) below the built-in ones.
    void addSection(const QString& title, QWidget* section);

Q_SIGNALS:
    void themeChanged(core::UserSettings::Theme theme);
    void statusMessage(const QString& text);

private:
    void save();

    core::Store& m_store;
    QVBoxLayout* m_extraSections = nullptr;
    bool m_loading = false;
    QCheckBox* m_autoSwitch = nullptr;
    QCheckBox* m_showUsage = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_stallTimeout = nullptr;
};

} // namespace harness::gui
