// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llm/provider_config.h"
#include "core/model/harness.h"
#include "core/model/provider.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace harness::core {

class SecretStore;
class Store;

struct ResolvedProvider {
    ProviderConfig config;
    QString apiKey;
    QString error; ///< empty when the provider can be used
    bool ok() const { return error.isEmpty(); }
};

/// Finds the provider and API key for a harness: the harness's provider, else the default one,
/// with its key from the keychain. An override (the CLI's --base-url / --api-key-env) wins.
class ProviderAccess final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderAccess)
public:
    ProviderAccess(Store& store, SecretStore* secrets, QObject* parent = nullptr);
    ~ProviderAccess() override;

    void setOverride(const ProviderConfig& config, const QString& apiKey);
    /// `done` runs on the event loop unless `context` died.
    void resolve(const Harness& harness, QObject* context, std::function<void(const ResolvedProvider&)> done);

    static ProviderConfig toConfig(const Provider& provider);

private:
    Store& m_store;
    QPointer<SecretStore> m_secrets;
    std::optional<ResolvedProvider> m_override;
};

} // namespace harness::core
