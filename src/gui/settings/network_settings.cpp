// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/network_settings.h"

#include "core/secrets/secret_store.h"
#include "core/setup/proxy_settings.h"
#include "core/store/store.h"
#include "gui/settings/settings_section.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace harness::gui {

using core::ProxySettings;

void applySavedProxy(core::Store& store, core::SecretStore* secrets, QObject* context)
{
    const auto saved = ProxySettings::load(store);
    if (!saved.ok())
        return;
    const ProxySettings settings = saved.value;
    settings.applyToApplication();
    if (settings.mode != ProxySettings::Mode::Manual || settings.user.isEmpty() || !secrets)
        return;
    secrets->read(ProxySettings::secretKey(), context, [settings](const core::SecretResult& result) {
        if (result.ok())
            settings.applyToApplication(result.value);
    });
}

NetworkSettings::NetworkSettings(core::Store& store, core::SecretStore* secrets, QWidget* parent)
    : QWidget(parent), m_store(store), m_secrets(secrets)
{
    setObjectName(QStringLiteral("networkSettings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(settings_ui::heading(tr("Network"), this));
    layout->addWidget(settings_ui::hint(
        tr("How Harness Desktop reaches providers, MCP servers and sync. This setting belongs to this "
           "device."),
        this));

    m_mode = new QButtonGroup(this);
    m_system = new QRadioButton(tr("Use the system's proxy settings"), this);
    m_system->setObjectName(QStringLiteral("proxySystem"));
    m_none = new QRadioButton(tr("No proxy"), this);
    m_none->setObjectName(QStringLiteral("proxyNone"));
    m_manual = new QRadioButton(tr("Use this proxy:"), this);
    m_manual->setObjectName(QStringLiteral("proxyManual"));
    m_mode->addButton(m_system, int(ProxySettings::Mode::System));
    m_mode->addButton(m_none, int(ProxySettings::Mode::None));
    m_mode->addButton(m_manual, int(ProxySettings::Mode::Manual));
    layout->addWidget(m_system);
    layout->addWidget(m_none);
    layout->addWidget(m_manual);

    m_manualFields = new QWidget(this);
    auto* form = new QFormLayout(m_manualFields);
    form->setContentsMargins(24, 0, 0, 0);
    m_type = new QComboBox(m_manualFields);
    m_type->setObjectName(QStringLiteral("proxyType"));
    m_type->setAccessibleName(tr("Proxy type"));
    m_type->addItem(QStringLiteral("HTTP"), int(ProxySettings::Type::Http));
    m_type->addItem(QStringLiteral("SOCKS5"), int(ProxySettings::Type::Socks5));
    form->addRow(tr("Type:"), m_type);
    auto* hostRow = new QHBoxLayout;
    m_host = new QLineEdit(m_manualFields);
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_host->setAccessibleName(tr("Proxy host"));
    m_host->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_port = new QSpinBox(m_manualFields);
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setAccessibleName(tr("Proxy port"));
    m_port->setRange(1, 65535);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), m_manualFields));
    hostRow->addWidget(m_port);
    form->addRow(tr("Host:"), hostRow);
    m_user = new QLineEdit(m_manualFields);
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_user->setPlaceholderText(tr("Optional"));
    form->addRow(tr("User:"), m_user);
    m_password = new QLineEdit(m_manualFields);
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setAccessibleName(tr("Proxy password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    layout->addWidget(m_manualFields);

    auto* applyRow = new QHBoxLayout;
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyProxy"));
    applyRow->addWidget(m_apply);
    applyRow->addStretch(1);
    layout->addLayout(applyRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("proxyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_mode, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateFields();
    });
    connect(m_apply, &QPushButton::clicked, this, &NetworkSettings::apply);
    reload();
}

NetworkSettings::~NetworkSettings() = default;

void NetworkSettings::showStatus(const QString& text, bool error)
{
    settings_ui::setStatus(m_status, text, error);
}

void NetworkSettings::updateFields()
{
    m_manualFields->setEnabled(m_manual->isChecked());
}

void NetworkSettings::reload()
{
    const auto saved = ProxySettings::load(m_store);
    const ProxySettings s = saved.value;
    m_mode->button(int(s.mode))->setChecked(true);
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(s.type))));
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_password->clear();
    m_password->setPlaceholderText(s.user.isEmpty() ? tr("Optional")
                                                    : tr("Saved in the keychain; type to replace"));
    updateFields();
    showStatus(saved.ok() ? QString() : saved.error.userMessage(), !saved.ok());
}

void NetworkSettings::apply()
{
    ProxySettings s;
    s.mode = static_cast<ProxySettings::Mode>(m_mode->checkedId());
    s.type = static_cast<ProxySettings::Type>(m_type->currentData().toInt());
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.user = m_user->text().trimmed();
    if (const QString problem = s.problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        m_host->setFocus();
        return;
    }
    if (auto error = s.save(m_store)) {
        showStatus(error.userMessage(), true);
        return;
    }
    const QString password = m_password->text();
    const auto done = [this, s](const QString& usedPassword) {
        s.applyToApplication(usedPassword);
        m_password->clear();
        m_password->setPlaceholderText(s.user.isEmpty() ? tr("Optional")
                                                        : tr("Saved in the keychain; type to replace"));
        switch (s.mode) {
        case ProxySettings::Mode::System:
            showStatus(tr("Applied: the system's proxy settings are used."), false);
            break;
        case ProxySettings::Mode::None:
            showStatus(tr("Applied: connections go out directly."), false);
            break;
        case ProxySettings::Mode::Manual:
            showStatus(tr("Applied: new connections go through %1:%2.").arg(s.host).arg(s.port), false);
            break;
        }
        Q_EMIT applied();
    };
    if (s.mode != ProxySettings::Mode::Manual || !m_secrets) {
        done({});
        return;
    }
    if (s.user.isEmpty()) {
        m_secrets->remove(ProxySettings::secretKey(), this, [done](const core::SecretResult&) { done({}); });
        return;
    }
    if (password.isEmpty()) { // keep the saved password
        m_secrets->read(ProxySettings::secretKey(), this,
                        [done](const core::SecretResult& r) { done(r.ok() ? r.value : QString()); });
        return;
    }
    m_secrets->write(ProxySettings::secretKey(), password, this,
                     [this, done, password](const core::SecretResult& r) {
                         if (!r.ok()) {
                             showStatus(r.error, true); // the password stays in its field
                             return;
                         }
                         done(password);
                     });
}

} // namespace harness::gui
