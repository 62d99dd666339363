// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/settings/provider_settings.h"

#include "core/llm/provider_config.h"
#include "core/model/ids.h"
#include "core/secrets/secret_store.h"
#include "core/setup/ollama_detector.h"
#include "core/setup/provider_key_check.h"
#include "core/store/provider_repository.h"
#include "core/store/store.h"
#include "gui/settings/settings_section.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace harness::gui {

using core::KeyCheckResult;
using core::Provider;

namespace {

bool sameServer(const QString& a, const QString& b)
{
    const QUrl x(a.trimmed());
    const QUrl y(b.trimmed());
    const auto local = [](const QString& host) {
        return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
               host == QLatin1String("::1");
    };
    const bool hostsMatch = x.host() == y.host() || (local(x.host()) && local(y.host()));
    return hostsMatch && x.port() == y.port() &&
           QUrl(x).adjusted(QUrl::StripTrailingSlash).path() ==
               QUrl(y).adjusted(QUrl::StripTrailingSlash).path();
}

} // namespace

QString ProviderSettings::maskedKey(const QString& key)
{
    if (key.size() < 12)
        return QStringLiteral("••••");
    return QStringLiteral("…") + key.right(4);
}

ProviderSettings::ProviderSettings(core::Store& store, core::SecretStore* secrets, QWidget* parent)
    : QWidget(parent), m_store(store), m_secrets(secrets)
{
    setObjectName(QStringLiteral("providerSettings"));
    m_check = new core::ProviderKeyCheck(m_network, this);
    m_openRouter = new core::OpenRouterConnect(m_network, {}, this);
    m_opener = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(settings_ui::heading(tr("Providers"), this));
    layout->addWidget(settings_ui::hint(
        tr("Where answers come from. Keys are checked with the provider before they are saved, and are "
           "kept in the system keychain, never in a file."),
        this));

    // --- the saved providers
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setAccessibleName(tr("Saved providers"));
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(150);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list);
    auto* listButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("Add another…"), this);
    m_new->setObjectName(QStringLiteral("newProvider"));
    m_makeDefault = new QPushButton(tr("Make default"), this);
    m_makeDefault->setObjectName(QStringLiteral("makeDefaultProvider"));
    m_makeDefault->setToolTip(tr("Harnesses without a provider of their own use the default one."));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeProvider"));
    m_remove->setAccessibleName(tr("Remove the selected provider and its key"));
    listButtons->addWidget(m_new);
    listButtons->addStretch(1);
    listButtons->addWidget(m_makeDefault);
    listButtons->addWidget(m_remove);
    layout->addLayout(listButtons);

    // --- add or change one
    m_formTitle = new QLabel(this);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_formTitle);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("providerKind"));
    m_kind->setAccessibleName(tr("Provider type"));
    m_kind->addItem(QStringLiteral("OpenRouter"), int(Provider::Kind::OpenRouter));
    m_kind->addItem(tr("OpenAI-compatible (OpenAI, Ollama, LM Studio, llama.cpp, vLLM)"),
                    int(Provider::Kind::OpenAiCompatible));
    form->addRow(tr("Type:"), m_kind);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("providerUrl"));
    m_url->setAccessibleName(tr("Provider address"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    form->addRow(tr("Address:"), m_url);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("providerKey"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    form->addRow(tr("API key:"), m_key);
    auto* saveRow = new QHBoxLayout;
    m_save = new QPushButton(tr("Check and save"), this);
    m_save->setObjectName(QStringLiteral("saveProvider"));
    m_save->setDefault(true);
    m_saveAnyway = new QPushButton(tr("Save without checking"), this);
    m_saveAnyway->setObjectName(QStringLiteral("saveProviderAnyway"));
    m_saveAnyway->setToolTip(tr("Save now and use the provider once it can be reached."));
    m_saveAnyway->hide();
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveAnyway);
    saveRow->addStretch(1);
    form->addRow(QString(), saveRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addLayout(form);
    layout->addWidget(m_status);

    // --- OpenRouter in the browser
    layout->addSpacing(8);
    auto* connectTitle = new QLabel(tr("No key yet?"), this);
    connectTitle->setFont(bold);
    layout->addWidget(connectTitle);
    auto* connectRow = new QHBoxLayout;
    m_connect = new QPushButton(tr("Connect OpenRouter…"), this);
    m_connect->setObjectName(QStringLiteral("connectOpenRouter"));
    m_connect->setAccessibleName(tr("Connect OpenRouter in the browser"));
    m_cancelConnect = new QPushButton(tr("Cancel"), this);
    m_cancelConnect->setObjectName(QStringLiteral("cancelConnectOpenRouter"));
    m_cancelConnect->hide();
    connectRow->addWidget(m_connect);
    connectRow->addWidget(m_cancelConnect);
    connectRow->addStretch(1);
    layout->addLayout(connectRow);
    m_connectStatus =
        settings_ui::hint(tr("Sign in to OpenRouter in your browser and approve Harness Desktop: OpenRouter "
                             "creates a key for this app and hands it over directly."),
                          this);
    m_connectStatus->setObjectName(QStringLiteral("connectStatus"));
    layout->addWidget(m_connectStatus);

    // --- local Ollama, when found
    m_ollamaBox = new QFrame(this);
    m_ollamaBox->setObjectName(QStringLiteral("ollamaBox"));
    m_ollamaBox->setFrameShape(QFrame::StyledPanel);
    auto* ollamaRow = new QHBoxLayout(m_ollamaBox);
    m_ollamaLabel = new QLabel(m_ollamaBox);
    m_ollamaLabel->setObjectName(QStringLiteral("ollamaLabel"));
    m_ollamaLabel->setWordWrap(true);
    m_useOllama = new QPushButton(tr("Use local Ollama"), m_ollamaBox);
    m_useOllama->setObjectName(QStringLiteral("useOllama"));
    ollamaRow->addWidget(m_ollamaLabel, 1);
    ollamaRow->addWidget(m_useOllama);
    m_ollamaBox->hide();
    layout->addSpacing(8);
    layout->addWidget(m_ollamaBox);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProviderSettings::updateKindFields);
    connect(m_save, &QPushButton::clicked, this, &ProviderSettings::checkAndSave);
    connect(m_key, &QLineEdit::returnPressed, this, &ProviderSettings::checkAndSave);
    connect(m_saveAnyway, &QPushButton::clicked, this, [this] {
        m_saveAnyway->hide();
        commit(m_pending, m_pendingKey);
    });
    connect(m_check, &core::ProviderKeyCheck::finished, this, &ProviderSettings::onChecked);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        loadForm(selectedId());
        const bool selected = !selectedId().isEmpty();
        m_remove->setEnabled(selected);
        m_makeDefault->setEnabled(selected && !m_list->currentItem()->data(Qt::UserRole + 1).toBool());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        loadForm({});
        m_url->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &ProviderSettings::removeSelected);
    connect(m_makeDefault, &QPushButton::clicked, this, &ProviderSettings::makeSelectedDefault);
    connect(m_connect, &QPushButton::clicked, this, &ProviderSettings::connectOpenRouter);
    connect(m_cancelConnect, &QPushButton::clicked, m_openRouter, &core::OpenRouterConnect::cancel);
    connect(m_useOllama, &QPushButton::clicked, this, &ProviderSettings::useOllama);
    connect(&m_store, &core::Store::providersChanged, this, &ProviderSettings::reload);
    reload();
}

ProviderSettings::~ProviderSettings() = default;

void ProviderSettings::setOpenRouterEndpoints(const core::OpenRouterEndpoints& endpoints)
{
    delete m_openRouter;
    m_openRouter = new core::OpenRouterConnect(m_network, endpoints, this);
    connect(m_cancelConnect, &QPushButton::clicked, m_openRouter, &core::OpenRouterConnect::cancel);
}

QString ProviderSettings::selectedId() const
{
    const auto* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProviderSettings::showStatus(const QString& text, bool error)
{
    settings_ui::setStatus(m_status, text, error);
}

void ProviderSettings::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Checking…") : tr("Check and save"));
}

void ProviderSettings::reload()
{
    const QString keep = m_list->currentItem() ? selectedId() : m_editingId;
    const auto providers = m_store.providers().list();
    QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto& p : providers.value) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, p.isDefault);
        const QString title = p.isDefault ? tr("%1 (default)").arg(p.name) : p.name;
        item->setText(tr("%1 · %2").arg(title, p.baseUrl));
        item->setToolTip(p.baseUrl);
        if (!m_secrets)
            continue;
        QPointer<QListWidget> list(m_list);
        const QString id = p.id;
        m_secrets->read(p.secretKey(), this,
                        [this, list, id, title, url = p.baseUrl](const core::SecretResult& r) {
                            if (!list)
                                return;
                            for (int row = 0; row < list->count(); ++row) {
                                auto* it = list->item(row);
                                if (it->data(Qt::UserRole).toString() != id)
                                    continue;
                                QString key;
                                if (r.ok())
                                    key = tr("key %1").arg(maskedKey(r.value));
                                else if (r.status == core::SecretResult::Status::NotFound)
                                    key = tr("no key");
                                else
                                    key = tr("key unavailable");
                                it->setText(tr("%1 · %2 · %3").arg(title, url, key));
                                if (!r.ok() && r.status != core::SecretResult::Status::NotFound)
                                    it->setToolTip(r.error);
                            }
                        });
    }
    int row = -1;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == keep)
            row = i;
    m_list->setCurrentRow(row);
    blocker.unblock();
    m_remove->setEnabled(row >= 0);
    m_makeDefault->setEnabled(row >= 0 && !m_list->item(row)->data(Qt::UserRole + 1).toBool());
    for (QWidget* w : {static_cast<QWidget*>(m_list), static_cast<QWidget*>(m_new),
                       static_cast<QWidget*>(m_makeDefault), static_cast<QWidget*>(m_remove)})
        w->setVisible(m_list->count() > 0);
    loadForm(row >= 0 ? keep : QString());
    if (m_list->count() == 0)
        showStatus(
            tr("No provider yet: paste an OpenRouter key, connect OpenRouter below, or enter the address "
               "of an OpenAI-compatible server."),
            false);
}

void ProviderSettings::loadForm(const QString& providerId)
{
    m_editingId = providerId;
    m_key->clear();
    m_saveAnyway->hide();
    const auto provider =
        providerId.isEmpty() ? core::StoreResult<Provider>{} : m_store.providers().get(providerId);
    if (providerId.isEmpty() || !provider.ok()) {
        m_editingId.clear();
        m_formTitle->setText(tr("Add a provider"));
        m_kind->setCurrentIndex(0);
        m_url->clear();
        updateKindFields();
        m_key->setPlaceholderText(tr("Paste your API key"));
        showStatus({}, false);
        return;
    }
    m_formTitle->setText(tr("Change %1").arg(provider.value.name));
    {
        QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(provider.value.kind))));
    }
    m_url->setText(provider.value.baseUrl);
    m_url->setEnabled(provider.value.kind == Provider::Kind::OpenAiCompatible);
    m_key->setPlaceholderText(tr("Paste a new key to replace the saved one"));
    showStatus({}, false);
}

void ProviderSettings::updateKindFields()
{
    const bool custom = m_kind->currentData().toInt() == int(Provider::Kind::OpenAiCompatible);
    m_url->setEnabled(custom);
    if (!custom)
        m_url->setText(core::ProviderConfig::openRouterBaseUrl());
    else if (m_url->text() == core::ProviderConfig::openRouterBaseUrl())
        m_url->clear();
}

Provider ProviderSettings::providerFromForm() const
{
    Provider provider;
    if (!m_editingId.isEmpty())
        provider = m_store.providers().get(m_editingId).value;
    const auto kind = static_cast<Provider::Kind>(m_kind->currentData().toInt());
    const bool kindChanged = provider.kind != kind || provider.id.isEmpty();
    provider.kind = kind;
    provider.baseUrl = m_url->text().trimmed();
    if (kind == Provider::Kind::OpenRouter)
        provider.name = QStringLiteral("OpenRouter");
    else if (kindChanged || provider.name.isEmpty() || provider.name == QLatin1String("OpenRouter")) {
        const QUrl url(provider.baseUrl);
        provider.name =
            url.port() == int(core::OllamaDetector::DefaultPort) ? QStringLiteral("Ollama") : url.host();
    }
    return provider;
}

void ProviderSettings::checkAndSave()
{
    if (m_check->isRunning())
        return;
    m_saveAnyway->hide();
    const Provider provider = providerFromForm();
    const QString key = m_key->text().trimmed();
    const QUrl url(provider.baseUrl);
    if (provider.baseUrl.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        showStatus(tr("Enter the server's full address, starting with http:// or https://, e.g. "
                      "http://localhost:11434/v1."),
                   true);
        m_url->setFocus();
        return;
    }
    if (key.isEmpty() && provider.kind == Provider::Kind::OpenRouter && provider.id.isEmpty()) {
        showStatus(
            tr("Paste your OpenRouter key (it starts with sk-or-), or use \"Connect OpenRouter\" below."),
            true);
        m_key->setFocus();
        return;
    }
    if (key.isEmpty() && !provider.id.isEmpty()) {
        commit(provider, {}); // only the address changed; the saved key stays
        return;
    }
    m_pending = provider;
    m_pendingKey = key;
    setBusy(true);
    showStatus(tr("Checking with %1…").arg(url.host()), false);
    m_check->check(provider, key);
}

void ProviderSettings::onChecked(const KeyCheckResult& result)
{
    setBusy(false);
    if (result.ok()) {
        commit(m_pending, m_pendingKey);
        return;
    }
    // The key stays in the field: nothing the user typed is lost.
    showStatus(result.message, true);
    const bool canSaveAnyway = result.outcome == KeyCheckResult::Outcome::Unreachable ||
                               result.outcome == KeyCheckResult::Outcome::TimedOut;
    m_saveAnyway->setVisible(canSaveAnyway);
}

void ProviderSettings::commit(const Provider& toSave, const QString& key)
{
    Provider provider = toSave;
    const bool isNew = provider.id.isEmpty();
    if (isNew)
        provider.id = core::newId(); // the key's name needs the id before the row exists
    // The key first: when the keychain refuses it, nothing is saved and the form keeps everything.
    const auto saveRow = [this, provider, key, isNew] {
        Provider row = provider;
        const auto error = isNew ? m_store.providers().create(row) : m_store.providers().update(row);
        if (error) {
            if (isNew && !key.isEmpty() && m_secrets)
                m_secrets->remove(provider.secretKey(), this, {});
            showStatus(error.userMessage(), true);
            return;
        }
        m_editingId = provider.id;
        reload();
        if (key.isEmpty())
            showStatus(tr("%1 saved.").arg(provider.name), false);
        else
            showStatus(tr("%1 saved. Its key (%2) is in %3.")
                           .arg(provider.name, maskedKey(key), m_secrets->description()),
                       false);
        Q_EMIT saved();
    };
    if (key.isEmpty() || !m_secrets) {
        saveRow();
        return;
    }
    setBusy(true);
    m_secrets->write(provider.secretKey(), key, this, [this, saveRow](const core::SecretResult& r) {
        setBusy(false);
        if (!r.ok()) {
            showStatus(r.error, true); // the form keeps what was typed
            return;
        }
        saveRow();
    });
}

void ProviderSettings::removeSelected()
{
    const QString id = selectedId();
    const auto provider = m_store.providers().get(id);
    if (!provider.ok())
        return;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Remove provider"),
        tr("Remove %1 and delete its key from %2? Harnesses that use it switch to the "
           "default provider.")
            .arg(provider.value.name, m_secrets ? m_secrets->description() : tr("the keychain")),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeProviderConfirm"));
    auto* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveProvider"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, p = provider.value] {
        const auto dropRow = [this, p](const QString& note) {
            if (auto error = m_store.providers().remove(p.id)) {
                showStatus(error.userMessage(), true);
                return;
            }
            m_editingId.clear();
            reload();
            showStatus(note, note != tr("%1 and its key were removed.").arg(p.name));
        };
        if (!m_secrets) {
            dropRow(tr("%1 and its key were removed.").arg(p.name));
            return;
        }
        m_secrets->remove(p.secretKey(), this, [this, p, dropRow](const core::SecretResult& r) {
            if (r.ok()) {
                dropRow(tr("%1 and its key were removed.").arg(p.name));
            } else if (r.status == core::SecretResult::Status::NoKeychain) {
                dropRow(
                    tr("%1 was removed, but the keychain could not be reached to delete its key. If one was "
                       "saved, delete \"%2\" from your keychain.")
                        .arg(p.name, p.secretKey()));
            } else {
                showStatus(r.error, true); // the provider stays, so its key is not orphaned
            }
        });
    });
    box->open();
}

void ProviderSettings::makeSelectedDefault()
{
    if (auto error = m_store.providers().setDefault(selectedId()))
        showStatus(error.userMessage(), true);
}

void ProviderSettings::connectOpenRouter()
{
    connect(
        m_openRouter, &core::OpenRouterConnect::browserOpened, this,
        [this] {
            settings_ui::setStatus(m_connectStatus,
                                   tr("Waiting for you in the browser: sign in to OpenRouter and approve "
                                      "Harness Desktop, then come back here."),
                                   false);
        },
        Qt::UniqueConnection);
    connect(
        m_openRouter, &core::OpenRouterConnect::exchanging, this,
        [this] { settings_ui::setStatus(m_connectStatus, tr("Getting your key from OpenRouter…"), false); },
        Qt::UniqueConnection);
    connect(m_openRouter, &core::OpenRouterConnect::keyReceived, this, &ProviderSettings::onOpenRouterKey,
            Qt::UniqueConnection);
    connect(
        m_openRouter, &core::OpenRouterConnect::failed, this,
        [this](const QString& message) {
            m_connect->setEnabled(true);
            m_cancelConnect->hide();
            settings_ui::setStatus(m_connectStatus, message, true);
        },
        Qt::UniqueConnection);
    m_connect->setEnabled(false);
    m_cancelConnect->show();
    m_openRouter->start(m_opener);
}

void ProviderSettings::onOpenRouterKey(const QString& key)
{
    m_connect->setEnabled(true);
    m_cancelConnect->hide();
    Provider provider;
    for (const auto& p : m_store.providers().list().value)
        if (p.kind == Provider::Kind::OpenRouter) {
            provider = p;
            break;
        }
    const bool isNew = provider.id.isEmpty();
    if (isNew) {
        provider.id = core::newId();
        provider.kind = Provider::Kind::OpenRouter;
        provider.name = QStringLiteral("OpenRouter");
        provider.baseUrl = core::ProviderConfig::openRouterBaseUrl();
    }
    if (!m_secrets)
        return;
    m_secrets->write(provider.secretKey(), key, this,
                     [this, provider, key, isNew](const core::SecretResult& r) mutable {
                         if (!r.ok()) {
                             settings_ui::setStatus(m_connectStatus, r.error, true);
                             return;
                         }
                         if (isNew) {
                             if (auto error = m_store.providers().create(provider)) {
                                 m_secrets->remove(provider.secretKey(), this, {});
                                 settings_ui::setStatus(m_connectStatus, error.userMessage(), true);
                                 return;
                             }
                         }
                         m_editingId = provider.id;
                         reload();
                         settings_ui::setStatus(m_connectStatus,
                                                tr("OpenRouter is connected. Its key (%1) is in %2.")
                                                    .arg(maskedKey(key), m_secrets->description()),
                                                false);
                         Q_EMIT saved();
                     });
}

void ProviderSettings::detectOllama(quint16 port)
{
    delete m_ollama;
    m_ollama = new core::OllamaDetector(m_network, port ? port : core::OllamaDetector::DefaultPort, this);
    connect(m_ollama, &core::OllamaDetector::finished, this, [this](bool found, const QStringList& models) {
        if (!found) {
            m_ollamaBox->hide();
            return;
        }
        bool known = false;
        for (const auto& p : m_store.providers().list().value)
            known = known || sameServer(p.baseUrl, m_ollama->openAiBaseUrl().toString());
        const QString have = models.isEmpty()
                                 ? tr("It has no models yet: run \"ollama pull llama3.2\" first.")
                                 : tr("It has %n model(s).", nullptr, int(models.size()));
        m_ollamaLabel->setText(
            known ? tr("Ollama is running on this computer and is set up as a provider. %1").arg(have)
                  : tr("Ollama is running on this computer. %1").arg(have));
        m_useOllama->setVisible(!known);
        m_ollamaBox->show();
    });
    m_ollama->detect();
}

void ProviderSettings::useOllama()
{
    if (!m_ollama)
        return;
    Provider provider = m_ollama->provider();
    if (auto error = m_store.providers().create(provider)) {
        showStatus(error.userMessage(), true);
        return;
    }
    m_editingId = provider.id;
    reload();
    m_useOllama->hide();
    m_ollamaLabel->setText(
        tr("Local Ollama added as a provider (%1). It needs no key.").arg(provider.baseUrl));
    Q_EMIT saved();
}

} // namespace harness::gui
