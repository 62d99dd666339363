// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/secrets/memory_secret_store.h"

#include <QCoreApplication>

namespace harness::core {

MemorySecretStore::~MemorySecretStore()
{
    // Overwrite before the memory is released.
    for (auto& value : m_secrets)
        value.fill(QLatin1Char('\0'));
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback done)
{
    SecretResult result;
    const auto it = m_secrets.constFind(key);
    result.status = it == m_secrets.cend() ? SecretResult::Status::NotFound : SecretResult::Status::Ok;
    if (it != m_secrets.cend())
        result.value = *it;
    deliver(context, done, result);
}

void MemorySecretStore::write(const QString& key, const QString& value, QObject* context, Callback done)
{
    m_secrets.insert(key, value);
    deliver(context, done, SecretResult{SecretResult::Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback done)
{
    m_secrets.remove(key);
    deliver(context, done, SecretResult{SecretResult::Status::Ok, {}, {}});
}

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("harness::core::MemorySecretStore", "memory, for this session only");
}

} // namespace harness::core
