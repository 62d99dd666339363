// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/user_settings.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace harness::core {
class SecretStore;
class Store;
} // namespace harness::core

namespace harness::gui {

class DataSettings;
class GeneralSettings;
class NetworkSettings;
class ProviderSettings;
class ToolSettings;

/// The user's preferences, saved as soon as they change: a list of categories (General,
/// Providers, Tools, Network, Data, sections other areas add such as Account, About) beside the
/// selected category's page. A notice on top says when no keychain is reachable.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    SettingsPage(core::Store& store, core::SecretStore* secrets, const QString& dataDir,
                 QWidget* parent = nullptr);
    ~SettingsPage() override;

    void reload();
    /// Adds a category (e.g. the account panel) before About; the page takes ownership.
    void addSection(const QString& title, QWidget* section);
    /// Shows the category titled `title`; false when there is none.
    bool showSection(const QString& title);
    /// Shows the category whose section widget is named `objectName` ("generalSettings",
    /// "providerSettings", "toolSettings", "networkSettings", "dataSettings", "aboutSection", or
    /// an added one such as "accountPanel"): the same in every language. False when there is none.
    bool showSectionNamed(const QString& objectName);
    QStringList sectionTitles() const;

    ProviderSettings& providers() { return *m_providers; }
    NetworkSettings& network() { return *m_network; }
    DataSettings& data() { return *m_data; }

Q_SIGNALS:
    void themeChanged(core::UserSettings::Theme theme);
    void statusMessage(const QString& text);

private:
    void insertSection(int index, const QString& title, QWidget* section);

    QListWidget* m_categories = nullptr;
    QStackedWidget* m_stack = nullptr;
    GeneralSettings* m_general = nullptr;
    ProviderSettings* m_providers = nullptr;
    ToolSettings* m_tools = nullptr;
    NetworkSettings* m_network = nullptr;
    DataSettings* m_data = nullptr;
};

} // namespace harness::gui
