// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/memory_secret_store.h"
#include "core/secrets/secret_store.h"

#include <memory>

namespace harness::core {

/// The app's secret store: the system keychain, and never plain text. When no keychain is
/// reachable it says so (state Unavailable, and every call answers NoKeychain) until the user
/// explicitly allows keeping secrets in memory for this session (allowSessionOnly()); then an
/// in-memory store is used, which nothing ever writes to disk, and they are gone when the app quits.
class GuardedSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSecretStore)
public:
    enum class State {
        Unknown,     ///< not probed yet; calls go to the keychain
        Keychain,    ///< the keychain answers
        Unavailable, ///< no keychain: secrets are refused
        SessionOnly, ///< the user chose memory for this session
    };
    Q_ENUM(State)

    explicit GuardedSecretStore(std::unique_ptr<SecretStore> keychain, QObject* parent = nullptr);
    ~GuardedSecretStore() override;

    /// Asks the keychain once (a read of a key that need not exist); ends with probed().
    void probe();
    State state() const { return m_state; }
    /// Why the keychain is unavailable (from the keychain), for the notice.
    QString unavailableReason() const { return m_reason; }
    /// The user's explicit opt-in: keep secrets in memory until the app quits.
    void allowSessionOnly();

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    QString description() const override;

Q_SIGNALS:
    void stateChanged(harness::core::GuardedSecretStore::State state);
    void probed(harness::core::GuardedSecretStore::State state);

private:
    /// Wraps `done` so a NoKeychain answer moves the state to Unavailable and explains the choices.
    Callback watch(Callback done);
    void setState(State state);

    std::unique_ptr<SecretStore> m_keychain;
    MemorySecretStore m_memory;
    State m_state = State::Unknown;
    QString m_reason;
};

} // namespace harness::core
