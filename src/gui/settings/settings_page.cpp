// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/settings_page.h"

#include "core/secrets/guarded_secret_store.h"
#include "core/store/store.h"
#include "gui/settings/about_panel.h"
#include "gui/settings/data_settings.h"
#include "gui/settings/general_settings.h"
#include "gui/settings/keychain_notice.h"
#include "gui/settings/network_settings.h"
#include "gui/settings/provider_settings.h"
#include "gui/settings/settings_section.h"
#include "gui/settings/tool_settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace harness::gui {

SettingsPage::SettingsPage(core::Store& store, core::SecretStore* secrets, const QString& dataDir,
                           QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    auto* title = new QLabel(tr("Settings"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    outer->addWidget(title);
    if (auto* guarded = qobject_cast<core::GuardedSecretStore*>(secrets))
        outer->addWidget(new KeychainNotice(guarded, KeychainNotice::Form::Banner, this));

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("settingsCategories"));
    m_categories->setAccessibleName(tr("Settings categories"));
    m_categories->setFixedWidth(170);
    m_categories->setFrameShape(QFrame::NoFrame);
    m_categories->setSpacing(1);
    m_categories->setStyleSheet(
        QStringLiteral("QListWidget#settingsCategories { background: transparent; outline: 0; }"
                       "QListWidget#settingsCategories::item { padding: 7px 10px; border-radius: 6px; }"
                       "QListWidget#settingsCategories::item:hover { background: palette(midlight); }"
                       "QListWidget#settingsCategories::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("settingsSections"));
    body->addWidget(m_categories);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);

    m_general = new GeneralSettings(store, this);
    m_providers = new ProviderSettings(store, secrets, this);
    m_tools = new ToolSettings(store, this);
    m_network = new NetworkSettings(store, secrets, this);
    m_data = new DataSettings(store, dataDir, this);
    insertSection(0, tr("General"), m_general);
    insertSection(1, tr("Providers"), m_providers);
    insertSection(2, tr("Tools"), m_tools);
    insertSection(3, tr("Network"), m_network);
    insertSection(4, tr("Data"), m_data);
    auto* about = new QWidget(this);
    about->setObjectName(QStringLiteral("aboutSection"));
    auto* aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(0, 0, 0, 0);
    aboutLayout->addWidget(settings_ui::heading(tr("About"), about));
    aboutLayout->addWidget(new AboutPanel(dataDir, about), 1);
    insertSection(5, tr("About"), about);

    connect(m_categories, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_general, &GeneralSettings::themeChanged, this, &SettingsPage::themeChanged);
    connect(m_general, &GeneralSettings::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_providers, &ProviderSettings::statusMessage, this, &SettingsPage::statusMessage);
    m_categories->setCurrentRow(0);
    // Look for a local Ollama once the event loop runs (never blocks the page), unless asked already.
    QMetaObject::invokeMethod(
        m_providers,
        [this] {
            if (!m_providers->ollamaDetectionStarted())
                m_providers->detectOllama();
        },
        Qt::QueuedConnection);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::insertSection(int index, const QString& title, QWidget* section)
{
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Comfortable line lengths on wide windows: the content keeps to ~760 px on the left.
    auto* holder = new QWidget(scroll);
    auto* row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 0, 8, 0);
    section->setParent(holder);
    section->setMaximumWidth(760);
    row->addWidget(section, 1);
    row->addStretch(0);
    scroll->setWidget(holder);
    m_stack->insertWidget(index, scroll);
    auto* item = new QListWidgetItem(title);
    item->setData(Qt::AccessibleTextRole, title);
    item->setData(Qt::UserRole, section->objectName()); // found by name in any language
    m_categories->insertItem(index, item);
}

void SettingsPage::addSection(const QString& title, QWidget* section)
{
    insertSection(m_categories->count() - 1, title, section); // before About
}

bool SettingsPage::showSection(const QString& title)
{
    for (int row = 0; row < m_categories->count(); ++row) {
        if (m_categories->item(row)->text() == title) {
            m_categories->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool SettingsPage::showSectionNamed(const QString& objectName)
{
    for (int row = 0; row < m_categories->count(); ++row) {
        if (!objectName.isEmpty() && m_categories->item(row)->data(Qt::UserRole).toString() == objectName) {
            m_categories->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QStringList SettingsPage::sectionTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_categories->count(); ++row)
        titles.append(m_categories->item(row)->text());
    return titles;
}

void SettingsPage::reload()
{
    m_general->reload();
    m_providers->reload();
    m_tools->reload();
    m_network->reload();
}

} // namespace harness::gui
