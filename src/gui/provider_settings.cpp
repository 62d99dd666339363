// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/provider_settings.h"

#include "core/llm/provider_config.h"
#include "core/secrets/secret_store.h"
#include "core/store/provider_repository.h"
#include "core/store/store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace harness::gui {

using core::Provider;

ProviderSettings::ProviderSettings(core::Store& store, core::SecretStore* secrets, QWidget* parent)
    : QWidget(parent), m_store(store), m_secrets(secrets)
{
    setObjectName(QStringLiteral("providerSettings"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("providerKind"));
    m_kind->setAccessibleName(tr("Provider"));
    m_kind->addItem(QStringLiteral("OpenRouter"), int(Provider::Kind::OpenRouter));
    m_kind->addItem(tr("OpenAI-compatible (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)"),
                    int(Provider::Kind::OpenAiCompatible));
    form->addRow(tr("Provider:"), m_kind);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("providerUrl"));
    m_url->setAccessibleName(tr("Provider address"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    form->addRow(tr("Address:"), m_url);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("providerKey"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste your API key"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveProvider"));
    keyRow->addWidget(m_save);
    form->addRow(tr("API key:"), keyRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setWordWrap(true);
    form->addRow(QString(), m_status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProviderSettings::updateKindFields);
    connect(m_save, &QPushButton::clicked, this, &ProviderSettings::save);
    connect(m_key, &QLineEdit::returnPressed, this, &ProviderSettings::save);
    reload();
}

ProviderSettings::~ProviderSettings() = default;

void ProviderSettings::updateKindFields()
{
    const bool custom = m_kind->currentData().toInt() == int(Provider::Kind::OpenAiCompatible);
    m_url->setEnabled(custom);
    if (!custom)
        m_url->setText(core::ProviderConfig::openRouterBaseUrl());
    else if (m_url->text() == core::ProviderConfig::openRouterBaseUrl())
        m_url->clear();
}

void ProviderSettings::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

void ProviderSettings::reload()
{
    const auto provider = m_store.providers().defaultProvider();
    m_providerId = provider.ok() ? provider.value.id : QString();
    if (!provider.ok()) {
        m_kind->setCurrentIndex(0);
        updateKindFields();
        showStatus(tr("No provider yet: paste an OpenRouter key, or choose an OpenAI-compatible server."),
                   false);
        return;
    }
    m_kind->setCurrentIndex(m_kind->findData(int(provider.value.kind)));
    m_url->setText(provider.value.baseUrl);
    updateKindFields();
    m_url->setText(provider.value.baseUrl);
    if (!m_secrets)
        return;
    m_secrets->read(provider.value.secretKey(), this, [this](const core::SecretResult& result) {
        if (result.ok())
            showStatus(tr("A key ending in …%1 is saved in %2.")
                           .arg(result.value.right(4), m_secrets->description()),
                       false);
        else if (result.status == core::SecretResult::Status::NotFound)
            showStatus(tr("No key saved."), false);
        else
            showStatus(result.error, true);
    });
}

void ProviderSettings::save()
{
    Provider provider;
    if (!m_providerId.isEmpty())
        provider = m_store.providers().get(m_providerId).value;
    provider.kind = static_cast<Provider::Kind>(m_kind->currentData().toInt());
    provider.name = provider.kind == Provider::Kind::OpenRouter ? QStringLiteral("OpenRouter")
                                                                : QUrl(m_url->text().trimmed()).host();
    provider.baseUrl = m_url->text().trimmed();
    const auto error =
        m_providerId.isEmpty() ? m_store.providers().create(provider) : m_store.providers().update(provider);
    if (error) {
        showStatus(provider.name.isEmpty() ? tr("Enter the server's address, e.g. http://localhost:11434/v1.")
                                           : error.userMessage(),
                   true);
        return;
    }
    m_providerId = provider.id;
    const QString key = m_key->text().trimmed();
    if (key.isEmpty() || !m_secrets) {
        showStatus(tr("Provider saved."), false);
        Q_EMIT saved();
        return;
    }
    m_save->setEnabled(false);
    m_secrets->write(provider.secretKey(), key, this, [this](const core::SecretResult& result) {
        m_save->setEnabled(true);
        if (!result.ok()) {
            showStatus(result.error, true); // the key stays in the field, not lost
            return;
        }
        m_key->clear();
        Q_EMIT saved();
        reload();
    });
}

} // namespace harness::gui
