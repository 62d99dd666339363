// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QMap>
#include <QString>

namespace harness::core {

/// Device-local preferences (network proxy, ...) as key/value text in `local_settings`. Never
/// synced; never holds a secret (those go to the SecretStore).
class LocalSettingsRepository final {
    Q_DISABLE_COPY_MOVE(LocalSettingsRepository)
public:
    explicit LocalSettingsRepository(Store& store) : m_store(store) {}

    /// The value of `key`, or `fallback` when it was never set.
    StoreResult<QString> value(const QString& key, const QString& fallback = {});
    /// Every key that starts with `prefix` and its value.
    StoreResult<QMap<QString, QString>> values(const QString& prefix = {});
    StoreError setValue(const QString& key, const QString& value);
    /// Several keys in one transaction (all or nothing).
    StoreError setValues(const QMap<QString, QString>& values);
    /// Removing a key that is not there succeeds.
    StoreError remove(const QString& key);

private:
    Store& m_store;
};

} // namespace harness::core
