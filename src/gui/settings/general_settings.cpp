// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/general_settings.h"

#include "core/i18n/translations.h"
#include "core/store/harness_repository.h"
#include "core/store/settings_repository.h"
#include "core/store/store.h"
#include "gui/settings/settings_section.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace harness::gui {

using core::UserSettings;

QList<QPair<QString, QString>> GeneralSettings::languages()
{
    // English, then every shipped translation, each named in itself so a user finds theirs
    // whatever language is showing now.
    QList<QPair<QString, QString>> result{{QStringLiteral("en"), QStringLiteral("English")}};
    for (const QString& code : core::Translations::available())
        result.append({code, core::Translations::nativeName(code)});
    return result;
}

GeneralSettings::GeneralSettings(core::Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("generalSettings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(settings_ui::heading(tr("General"), this));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft);

    m_autoSwitch = new QCheckBox(tr("Opening a conversation switches to the harness it last used"), this);
    m_autoSwitch->setObjectName(QStringLiteral("autoSwitchHarness"));
    m_autoSwitch->setAccessibleName(tr("Auto-switch harness"));
    form->addRow(tr("Auto-switch harness:"), m_autoSwitch);

    m_defaultHarness = new QComboBox(this);
    m_defaultHarness->setObjectName(QStringLiteral("defaultHarness"));
    m_defaultHarness->setAccessibleName(tr("Default harness for new chats"));
    form->addRow(tr("New chats use:"), m_defaultHarness);

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
    for (const auto& [code, name] : languages())
        m_language->addItem(name, code);
    m_language->setToolTip(tr("A new language applies after you restart the app."));
    form->addRow(tr("Language (after restart):"), m_language);

    m_showUsage = new QCheckBox(tr("Show tokens and cost under answers"), this);
    m_showUsage->setObjectName(QStringLiteral("showUsage"));
    m_showUsage->setAccessibleName(tr("Show tokens and cost"));
    form->addRow(tr("Usage:"), m_showUsage);

    m_stallTimeout = new QSpinBox(this);
    m_stallTimeout->setObjectName(QStringLiteral("stallTimeout"));
    m_stallTimeout->setRange(5, 3600);
    //: seconds, after a number
    m_stallTimeout->setSuffix(tr(" s"));
    m_stallTimeout->setAccessibleName(tr("Stream stall timeout in seconds"));
    form->addRow(tr("Give up on a silent stream after:"), m_stallTimeout);
    m_stallTimeout->setToolTip(
        tr("When a provider sends nothing for this long, the answer stops and what arrived is kept."));
    layout->addLayout(form);
    layout->addStretch(1);

    reload();
    connect(m_autoSwitch, &QCheckBox::toggled, this, &GeneralSettings::save);
    connect(m_showUsage, &QCheckBox::toggled, this, &GeneralSettings::save);
    connect(m_defaultHarness, &QComboBox::currentIndexChanged, this, &GeneralSettings::save);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &GeneralSettings::save);
    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralSettings::save);
    connect(m_stallTimeout, &QSpinBox::valueChanged, this, &GeneralSettings::save);
    connect(&m_store, &core::Store::harnessesChanged, this, [this] {
        const bool wasLoading = m_loading;
        m_loading = true;
        fillHarnesses(m_defaultHarness->currentData().toString());
        m_loading = wasLoading;
    });
}

GeneralSettings::~GeneralSettings() = default;

void GeneralSettings::fillHarnesses(const QString& selectedId)
{
    m_defaultHarness->clear();
    m_defaultHarness->addItem(tr("The harness used last"), QString());
    const auto harnesses = m_store.harnesses().list();
    for (const auto& h : harnesses.value)
        m_defaultHarness->addItem(h.name, h.id);
    m_defaultHarness->setCurrentIndex(std::max(0, m_defaultHarness->findData(selectedId)));
}

void GeneralSettings::reload()
{
    const auto settings = m_store.settings().load();
    if (!settings.ok()) {
        Q_EMIT statusMessage(settings.error.userMessage());
        return;
    }
    m_loading = true;
    const auto& s = settings.value;
    m_autoSwitch->setChecked(s.autoSwitchHarness);
    fillHarnesses(s.defaultHarnessId);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(s.theme))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_showUsage->setChecked(s.showUsage);
    m_stallTimeout->setValue(s.streamStallTimeoutSeconds);
    m_loading = false;
}

void GeneralSettings::save()
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
    s.defaultHarnessId = m_defaultHarness->currentData().toString();
    s.theme = static_cast<UserSettings::Theme>(m_theme->currentData().toInt());
    s.language = m_language->currentData().toString();
    s.showUsage = m_showUsage->isChecked();
    s.streamStallTimeoutSeconds = m_stallTimeout->value();
    if (auto error = m_store.settings().save(s)) {
        Q_EMIT statusMessage(error.userMessage());
        return;
    }
    if (s.theme != oldTheme)
        Q_EMIT themeChanged(s.theme);
}

} // namespace harness::gui
