// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/secrets/guarded_secret_store.h"

#include <QCoreApplication>
#include <QPointer>

namespace harness::core {

GuardedSecretStore::GuardedSecretStore(std::unique_ptr<SecretStore> keychain, QObject* parent)
    : SecretStore(parent), m_keychain(std::move(keychain))
{}

GuardedSecretStore::~GuardedSecretStore() = default;

void GuardedSecretStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GuardedSecretStore::probe()
{
    if (m_state == State::SessionOnly) {
        Q_EMIT probed(m_state);
        return;
    }
    QPointer<GuardedSecretStore> self(this);
    m_keychain->read(QStringLiteral("harness/keychain-probe"), this, [self](const SecretResult& result) {
        if (!self)
            return;
        if (self->m_state != State::SessionOnly) {
            // A keychain that cannot even look up a missing entry cannot keep secrets (no Secret
            // Service, no D-Bus session). Found, not found, or locked: a keychain is there.
            if (result.status == SecretResult::Status::NoKeychain ||
                result.status == SecretResult::Status::Failed) {
                self->m_reason = result.error;
                self->setState(State::Unavailable);
            } else {
                self->setState(State::Keychain);
            }
        }
        Q_EMIT self->probed(self->m_state);
    });
}

void GuardedSecretStore::allowSessionOnly()
{
    setState(State::SessionOnly);
}

SecretStore::Callback GuardedSecretStore::watch(Callback done)
{
    QPointer<GuardedSecretStore> self(this);
    return [self, done = std::move(done)](const SecretResult& result) {
        // A keychain that answered before and fails now has a real error; one never seen working
        // (or gone: NoKeychain) is treated as missing.
        const bool missing =
            self && (result.status == SecretResult::Status::NoKeychain ||
                     (result.status == SecretResult::Status::Failed && self->m_state != State::Keychain));
        if (!missing) {
            if (self && self->m_state == State::Unknown && result.status != SecretResult::Status::Failed)
                self->setState(State::Keychain);
            if (done)
                done(result);
            return;
        }
        self->m_reason = result.error;
        if (self->m_state != State::SessionOnly)
            self->setState(State::Unavailable);
        SecretResult explained = result;
        explained.status = SecretResult::Status::NoKeychain;
        explained.error =
            QCoreApplication::translate(
                "harness::core::GuardedSecretStore",
                "No system keychain is reachable, so secrets cannot be kept safely (%1). Secrets are never "
                "saved in plain text. Start a keychain (GNOME Keyring, KWallet) and restart the app, or "
                "choose \"Keep secrets for this session only\" in Settings; they are forgotten when you "
                "quit.")
                .arg(result.error);
        if (done)
            done(explained);
    };
}

void GuardedSecretStore::read(const QString& key, QObject* context, Callback done)
{
    if (m_state == State::SessionOnly)
        m_memory.read(key, context, std::move(done));
    else
        m_keychain->read(key, context, watch(std::move(done)));
}

void GuardedSecretStore::write(const QString& key, const QString& value, QObject* context, Callback done)
{
    if (m_state == State::SessionOnly)
        m_memory.write(key, value, context, std::move(done));
    else
        m_keychain->write(key, value, context, watch(std::move(done)));
}

void GuardedSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    if (m_state == State::SessionOnly)
        m_memory.remove(key, context, std::move(done));
    else
        m_keychain->remove(key, context, watch(std::move(done)));
}

QString GuardedSecretStore::description() const
{
    return m_state == State::SessionOnly ? m_memory.description() : m_keychain->description();
}

} // namespace harness::core
