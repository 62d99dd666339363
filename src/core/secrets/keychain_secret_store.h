// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/secret_store.h"

namespace harness::core {

/// Secrets in the operating system's keychain through QtKeychain: the Secret Service (GNOME
/// Keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on Windows.
/// There is no plain-text fallback: when no keychain is reachable, every call answers NoKeychain.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    /// `service` defaults to AppInfo::keychainService().
    explicit KeychainSecretStore(const QString& service = {}, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    QString description() const override;

private:
    QString m_service;
};

} // namespace harness::core
