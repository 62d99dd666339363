// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace harness::core {

struct SecretResult {
    enum class Status {
        Ok,
        NotFound,     ///< no such secret: not an error for callers that then ask the user
        NoKeychain,   ///< no keychain service is reachable (e.g. no Secret Service on Linux)
        AccessDenied, ///< the keychain is locked or the user refused access
        Failed,
    };
    Status status = Status::Failed;
    QString value; ///< the secret, for a successful read
    QString error; ///< what went wrong, for the user

    bool ok() const { return status == Status::Ok; }
};

/// Every secret of the app (provider API keys, OAuth tokens, MCP bearer tokens) goes through this
/// interface; nothing else may persist one. Operations are asynchronous (a keychain may prompt).
/// Keys are short paths such as "provider/openrouter/api-key".
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    using Callback = std::function<void(const SecretResult&)>;

    explicit SecretStore(QObject* parent = nullptr) : QObject(parent) {}
    ~SecretStore() override = default;

    /// `done` runs on the event loop, unless `context` was destroyed first.
    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, Callback done) = 0;
    /// Removing a secret that does not exist succeeds.
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;
    /// A human name for where secrets go, e.g. "the system keychain".
    virtual QString description() const = 0;

protected:
    /// Calls `done` later, on the event loop, if `context` still lives.
    static void deliver(QObject* context, const Callback& done, const SecretResult& result);
};

} // namespace harness::core
