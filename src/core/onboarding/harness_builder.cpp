// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/onboarding/harness_builder.h"

#include "core/engine/mcp_credential_keeper.h"
#include "core/secrets/secret_store.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace harness::core {

namespace {

/// \a wanted, or "<wanted>-2", "-3", ... whichever no other server row uses.
QString uniqueServerName(Store& store, const QString& wanted, const QString& ownId)
{
    QString name = wanted.trimmed();
    for (int n = 2;; ++n) {
        const auto taken = store.mcpServers().findByName(name);
        if (!taken.ok() || taken.value.id == ownId)
            return name;
        name = QStringLiteral("%1-%2").arg(wanted.trimmed()).arg(n);
    }
}

QString uniqueHarnessName(Store& store, const QString& base)
{
    QString name = QCoreApplication::translate("HarnessBuilder", "%1 (copy)").arg(base);
    for (int n = 2; store.harnesses().findByName(name).ok(); ++n)
        name = QCoreApplication::translate("HarnessBuilder", "%1 (copy %2)").arg(base).arg(n);
    return name;
}

} // namespace

HarnessBuilder::HarnessBuilder(Store& store, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_store(store), m_secrets(secrets)
{}

HarnessBuilder::~HarnessBuilder() = default;

HarnessSaveResult HarnessBuilder::saveDraft(HarnessDraft& draft)
{
    if (draft.harness.name.trimmed().isEmpty())
        draft.harness.name = tr("Untitled harness");
    return store(draft, HarnessStatus::Draft, true);
}

HarnessSaveResult HarnessBuilder::save(HarnessDraft& draft, HarnessStatus status)
{
    if (const QString problem = draft.creationProblem(); !problem.isEmpty())
        return {draft.harness.id, problem, {}};
    return store(draft, status, false);
}

HarnessSaveResult HarnessBuilder::store(HarnessDraft& draft, HarnessStatus status, bool partial)
{
    // Work on a copy: a rolled-back transaction must leave the caller's draft as it was.
    HarnessDraft work = draft;
    work.harness.name = work.harness.name.trimmed();
    work.harness.model = work.harness.model.trimmed();
    work.harness.status = status;
    HarnessSaveResult result;
    QList<DraftServer> saved;
    const StoreError error = m_store.database().write([&]() -> StoreError {
        work.harness.mcpServerIds.clear();
        for (auto& server : work.servers) {
            QString problem = server.problem;
            if (problem.isEmpty())
                problem = server.config.validationError();
            if (!problem.isEmpty()) {
                result.serversNotSaved.append(problem);
                continue;
            }
            StoredMcpServer row;
            if (!server.storedId.isEmpty()) {
                auto existing = m_store.mcpServers().get(server.storedId);
                if (!existing.ok())
                    return existing.error;
                row = existing.value;
            }
            row.config = server.config;
            row.config.name = uniqueServerName(m_store, server.config.name, row.id);
            if (StoreError e =
                    row.id.isEmpty() ? m_store.mcpServers().create(row) : m_store.mcpServers().update(row)) {
                if (partial && e.kind == StoreError::Kind::Invalid) {
                    result.serversNotSaved.append(tr("%1: %2").arg(
                        server.config.name, e.detail.isEmpty() ? e.userMessage() : e.detail));
                    continue;
                }
                return e;
            }
            server.storedId = row.id;
            server.config.name = row.config.name;
            if (!work.harness.mcpServerIds.contains(row.id))
                work.harness.mcpServerIds.append(row.id);
            saved.append(server);
        }
        return work.harness.id.isEmpty() || !m_store.harnesses().get(work.harness.id).ok()
                   ? m_store.harnesses().create(work.harness)
                   : m_store.harnesses().update(work.harness);
    });
    if (error) {
        result.error = error.userMessage();
        if (!error.detail.isEmpty() && error.kind == StoreError::Kind::Invalid)
            result.error = error.detail;
        result.serversNotSaved.clear();
        return result;
    }
    // The typed secrets leave the draft once handed to the keychain.
    for (auto& server : work.servers) {
        server.bearerToken.clear();
        server.envSecrets.clear();
        server.oauthCredentials.clear();
    }
    draft = work;
    result.harnessId = draft.harness.id;
    writeSecrets(saved);
    return result;
}

void HarnessBuilder::writeSecrets(const QList<DraftServer>& servers)
{
    if (m_pending == 0)
        m_secretErrors.clear();
    ++m_pending; // held until every write is queued, so secretsSaved() is emitted exactly once
    for (const auto& server : servers) {
        StoredMcpServer row;
        row.id = server.storedId;
        const QString name = server.config.name;
        if (!server.bearerToken.isEmpty()) {
            if (!m_secrets) {
                m_secretErrors.append(tr("The token of \"%1\" was not saved: no keychain.").arg(name));
            } else {
                ++m_pending;
                m_secrets->write(
                    row.secretKey(), server.bearerToken, this, [this, name](const SecretResult& r) {
                        secretDone(r.ok() ? QString()
                                          : tr("The token of \"%1\" was not saved: %2").arg(name, r.error));
                    });
            }
        }
        if (!server.oauthCredentials.isEmpty()) {
            if (!m_secrets) {
                m_secretErrors.append(tr("The sign-in of \"%1\" was not saved: no keychain.").arg(name));
            } else {
                ++m_pending;
                m_secrets->write(
                    McpCredentialKeeper::oauthKey(server.storedId), server.oauthCredentials, this,
                    [this, name](const SecretResult& r) {
                        secretDone(r.ok() ? QString()
                                          : tr("The sign-in of \"%1\" was not saved: %2").arg(name, r.error));
                    });
            }
        }
        if (server.envSecrets.isEmpty())
            continue;
        if (!m_secrets) {
            m_secretErrors.append(tr("The keys of \"%1\" were not saved: no keychain.").arg(name));
            continue;
        }
        // Merge into what is stored: a variable the user did not retype keeps its value.
        ++m_pending;
        const QString key = row.envSecretKey();
        const auto typed = server.envSecrets;
        m_secrets->read(key, this, [this, key, typed, name](const SecretResult& read) {
            if (!read.ok() && read.status != SecretResult::Status::NotFound) {
                secretDone(tr("The keys of \"%1\" were not saved: %2").arg(name, read.error));
                return;
            }
            QJsonObject merged = QJsonDocument::fromJson(read.value.toUtf8()).object();
            for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                merged.insert(it.key(), it.value());
            const QString json = QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact));
            m_secrets->write(key, json, this, [this, name](const SecretResult& r) {
                secretDone(r.ok() ? QString()
                                  : tr("The keys of \"%1\" were not saved: %2").arg(name, r.error));
            });
        });
    }
    QTimer::singleShot(0, this, [this] { secretDone({}); });
}

void HarnessBuilder::secretDone(const QString& error)
{
    if (!error.isEmpty())
        m_secretErrors.append(error);
    if (--m_pending == 0)
        Q_EMIT secretsSaved(m_secretErrors);
}

StoreResult<Harness> HarnessBuilder::duplicate(Store& store, const QString& harnessId)
{
    auto original = store.harnesses().get(harnessId);
    if (!original.ok())
        return original;
    Harness copy = original.value;
    copy.id.clear();
    copy.remoteId.clear();
    copy.name = uniqueHarnessName(store, original.value.name);
    copy.lastUsedAt = 0;
    copy.createdAt = 0;
    copy.updatedAt = 0;
    if (copy.status == HarnessStatus::Started)
        copy.status = HarnessStatus::Stopped;
    if (StoreError error = store.harnesses().create(copy))
        return {{}, error};
    return {copy, {}};
}

} // namespace harness::core
