// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provider.h"
#include "core/store/store.h"

#include <QJsonObject>
#include <QList>

namespace harness::core {

/// Providers and their cached model catalogs. Keys are never stored here (see SecretStore).
class ProviderRepository final {
    Q_DISABLE_COPY_MOVE(ProviderRepository)
public:
    explicit ProviderRepository(Store& store) : m_store(store) {}

    /// Inserts; the first provider becomes the default.
    StoreError create(Provider& provider);
    StoreResult<Provider> get(const QString& id);
    StoreResult<Provider> findByName(const QString& name);
    /// The default provider; NotFound when there is none yet.
    StoreResult<Provider> defaultProvider();
    StoreResult<QList<Provider>> list();
    StoreError update(Provider& provider);
    StoreError setDefault(const QString& id);
    /// Removes the provider and its catalog; another provider becomes the default if needed.
    StoreError remove(const QString& id);

    /// Replaces the cached catalog of a provider. Each object needs a string "id".
    StoreError saveCatalog(const QString& providerId, const QList<QJsonObject>& models);
    StoreResult<QList<QJsonObject>> catalog(const QString& providerId);
    /// When the catalog was last saved (ms since the epoch), 0 when never.
    StoreResult<qint64> catalogFetchedAt(const QString& providerId);

private:
    Store& m_store;
};

} // namespace harness::core
