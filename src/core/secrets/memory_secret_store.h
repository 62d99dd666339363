// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/secret_store.h"

#include <QHash>

namespace harness::core {

/// Secrets kept in memory only, gone when the app quits. Used by tests, and by the app when no
/// keychain is reachable and the user explicitly chose "keep my key for this session only".
/// Nothing is ever written to disk.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject* parent = nullptr) : SecretStore(parent) {}
    ~MemorySecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& value, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace harness::core
