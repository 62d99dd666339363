// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/settings_page.h"

#include "core/i18n/translations.h"
#include "core/store/settings_repository.h"
#include "core/store/store.h"
#include "gui/settings/about_dialog.h"
#include "gui/settings/provider_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace harness::gui {

using core::Translations;
using core::UserSettings;

SettingsPage::SettingsPage(core::Store& store, core::SecretStore* secrets, const QString& dataDir,
                           QWidget* parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    auto* title = new QLabel(tr("Settings"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    outer->addWidget(title);

    auto* providerTitle = new QLabel(tr("Model provider"), this);
    QFont sectionFont = providerTitle->font();
    sectionFont.setBold(true);
    providerTitle->setFont(sectionFont);
    outer->addWidget(providerTitle);
    outer->addWidget(new ProviderSettings(store, secrets, this));
    auto* generalTitle = new QLabel(tr("General"), this);
    generalTitle->setFont(sectionFont);
    outer->addSpacing(8);
    outer->addWidget(generalTitle);

    auto* form = new QFormLayout;
    m_autoSwitch = new QCheckBox(tr("Opening a conversation switches to the harness it last used"), this);
    m_autoSwitch->setObjectName(QStringLiteral("autoSwitchHarness"));
    m_autoSwitch->setAccessibleName(tr("Auto-switch harness"));
    form->addRow(tr("Auto-switch harness:"), m_autoSwitch);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), int(UserSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(UserSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(UserSettings::Theme::Dark));
    form->addRow(tr("Theme:"), m_theme);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString& code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    form->addRow(tr("Language (after restart):"), m_language);

    m_showUsage = new QCheckBox(tr("Show tokens and cost under answers"), this);
    m_showUsage->setObjectName(QStringLiteral("showUsage"));
    form->addRow(tr("Usage:"), m_showUsage);

    m_stallTimeout = new QSpinBox(this);
    m_stallTimeout->setObjectName(QStringLiteral("stallTimeout"));
    m_stallTimeout->setRange(5, 3600);
    m_stallTimeout->setSuffix(tr(" s"));
    m_stallTimeout->setAccessibleName(tr("Stream stall timeout in seconds"));
    form->addRow(tr("Give up on a silent stream after:"), m_stallTimeout);

    auto* dataRow = new QHBoxLayout;
    auto* dataLabel = new QLabel(QDir::toNativeSeparators(dataDir), this);
    dataLabel->setObjectName(QStringLiteral("dataLocation"));
    dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* open = new QPushButton(tr("Open folder"), this);
    connect(open, &QPushButton::clicked, this,
            [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });
    dataRow->addWidget(dataLabel, 1);
    dataRow->addWidget(open);
    form->addRow(tr("Data location:"), dataRow);
    outer->addLayout(form);
    m_extraSections = new QVBoxLayout;
    outer->addLayout(m_extraSections);
    auto* about = new QPushButton(tr("About Harness Desktop"), this);
    about->setObjectName(QStringLiteral("aboutButton"));
    connect(about, &QPushButton::clicked, this, [this, dataDir] { AboutDialog(dataDir, this).exec(); });
    outer->addWidget(about, 0, Qt::AlignLeft);
    outer->addStretch(1);

    reload();
    connect(m_autoSwitch, &QCheckBox::toggled, this, &SettingsPage::save);
    connect(m_showUsage, &QCheckBox::toggled, this, &SettingsPage::save);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsPage::save);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::save);
    connect(m_stallTimeout, &QSpinBox::valueChanged, this, &SettingsPage::save);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::reload()
{
    const auto settings = m_store.settings().load();
    if (!settings.ok()) {
        Q_EMIT statusMessage(settings.error.userMessage());
        return;
    }
    m_loading = true;
    m_autoSwitch->setChecked(settings.value.autoSwitchHarness);
    m_showUsage->setChecked(settings.value.showUsage);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(settings.value.theme))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value.language)));
    m_stallTimeout->setValue(settings.value.streamStallTimeoutSeconds);
    m_loading = false;
}

void SettingsPage::save()
{
    if (m_loading)
        return;
    auto settings = m_store.settings().load();
    if (!settings.ok()) {
        Q_EMIT statusMessage(settings.error.userMessage());
        return;
    }
    auto& s = settings.value;
    const auto oldTheme = s.theme;
    s.autoSwitchHarness = m_autoSwitch->isChecked();
    s.showUsage = m_showUsage->isChecked();
    s.theme = static_cast<UserSettings::Theme>(m_theme->currentData().toInt());
    s.language = m_language->currentData().toString();
    s.streamStallTimeoutSeconds = m_stallTimeout->value();
    if (auto error = m_store.settings().save(s)) {
        Q_EMIT statusMessage(error.userMessage());
        return;
    }
    if (s.theme != oldTheme)
        Q_EMIT themeChanged(s.theme);
}

} // namespace harness::gui

namespace harness::gui {

void SettingsPage::addSection(const QString& title, QWidget* section)
{
    auto* label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    m_extraSections->addSpacing(8);
    m_extraSections->addWidget(label);
    section->setParent(this);
    m_extraSections->addWidget(section);
}

} // namespace harness::gui
