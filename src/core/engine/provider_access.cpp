// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/engine/provider_access.h"

#include "core/secrets/secret_store.h"
#include "core/store/provider_repository.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QTimer>

namespace harness::core {

ProviderAccess::ProviderAccess(Store& store, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_store(store), m_secrets(secrets)
{}

ProviderAccess::~ProviderAccess() = default;

void ProviderAccess::setOverride(const ProviderConfig& config, const QString& apiKey)
{
    m_override = ResolvedProvider{config, apiKey, {}};
}

ProviderConfig ProviderAccess::toConfig(const Provider& provider)
{
    ProviderConfig config = provider.kind == Provider::Kind::OpenRouter
                                ? ProviderConfig::openRouter()
                                : ProviderConfig::custom(provider.name, QUrl(provider.baseUrl));
    config.name = provider.name;
    config.baseUrl = QUrl(provider.baseUrl);
    for (auto it = provider.headers.cbegin(); it != provider.headers.cend(); ++it)
        config.extraHeaders.append({it.key().toUtf8(), it.value().toUtf8()});
    return config;
}

void ProviderAccess::resolve(const Harness& harness, QObject* context,
                             std::function<void(const ResolvedProvider&)> done)
{
    QPointer<QObject> guard(context);
    const auto answer = [this, guard, done](const ResolvedProvider& resolved) {
        QTimer::singleShot(0, this, [guard, done, resolved] {
            if (guard)
                done(resolved);
        });
    };
    if (m_override) {
        answer(*m_override);
        return;
    }
    auto provider = harness.providerId.isEmpty() ? m_store.providers().defaultProvider()
                                                 : m_store.providers().get(harness.providerId);
    if (!provider.ok()) {
        ResolvedProvider missing;
        missing.error = provider.error.kind == StoreError::Kind::NotFound
                            ? tr("No model provider is set up. Add your OpenRouter key (or another "
                                 "OpenAI-compatible endpoint) in Settings, then try again.")
                            : provider.error.userMessage();
        answer(missing);
        return;
    }
    ResolvedProvider resolved;
    resolved.config = toConfig(provider.value);
    if (!m_secrets) {
        answer(resolved);
        return;
    }
    const Provider p = provider.value;
    m_secrets->read(p.secretKey(), this, [answer, resolved, p](const SecretResult& secret) mutable {
        if (secret.ok()) {
            resolved.apiKey = secret.value;
        } else if (p.kind == Provider::Kind::OpenAiCompatible) {
            // A local OpenAI-compatible server (Ollama, llama.cpp) usually needs no key; if this one
            // does, its 401 says so.
        } else if (secret.status == SecretResult::Status::NotFound) {
            resolved.error =
                tr("No API key is saved for %1. Add it in Settings, then try again.").arg(p.name);
        } else {
            resolved.error = secret.error;
        }
        answer(resolved);
    });
}

} // namespace harness::core
