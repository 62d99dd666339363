// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/user_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace harness::core {
class Store;
} // namespace harness::core

namespace harness::gui {

/// General preferences (synced with the account): harness switching, default harness, theme,
/// language, usage display and the stream stall timeout. Saved as soon as they change.
class GeneralSettings final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettings)
public:
    explicit GeneralSettings(core::Store& store, QWidget* parent = nullptr);
    ~GeneralSettings() override;

    void reload();
    /// The languages offered: BCP-47 code (empty = the system's) and the name in that language.
    static QList<QPair<QString, QString>> languages();

Q_SIGNALS:
    void themeChanged(harness::core::UserSettings::Theme theme);
    void statusMessage(const QString& text);

private:
    void save();
    void fillHarnesses(const QString& selectedId);

    core::Store& m_store;
    bool m_loading = false;
    QCheckBox* m_autoSwitch = nullptr;
    QComboBox* m_defaultHarness = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_showUsage = nullptr;
    QSpinBox* m_stallTimeout = nullptr;
};

} // namespace harness::gui
