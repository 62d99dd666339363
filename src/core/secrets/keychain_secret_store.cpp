// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/secrets/keychain_secret_store.h"

#include "core/util/app_info.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace harness::core {

namespace {

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::KeychainSecretStore)
};

SecretResult resultOf(const QKeychain::Job& job, bool removing)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        // Deleting what is not there leaves the keychain as the caller wants it.
        result.status = removing ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::NoKeychain;
        result.error =
            Tr::tr("No system keychain is available, so the secret cannot be kept safely. On Linux, "
                   "install and start a Secret Service provider such as GNOME Keyring or KWallet. "
                   "(%1)")
                .arg(job.errorString());
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::AccessDenied;
        result.error = Tr::tr("The system keychain refused access. Unlock it and try again. (%1)")
                           .arg(job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    result.status = SecretResult::Status::Failed;
    result.error = Tr::tr("The system keychain reported an error: %1").arg(job.errorString());
    return result;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent), m_service(service.isEmpty() ? AppInfo::keychainService() : service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [context, done = std::move(done)](QKeychain::Job* finished) {
                auto result = resultOf(*finished, false);
                if (result.ok())
                    result.value = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                deliver(context, done, result);
            });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& value, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this,
            [context, done = std::move(done)](QKeychain::Job* finished) {
                deliver(context, done, resultOf(*finished, false));
            });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [context, done = std::move(done)](QKeychain::Job* finished) {
                deliver(context, done, resultOf(*finished, true));
            });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return Tr::tr("the system keychain");
}

} // namespace harness::core
