// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/onboarding/harness_draft.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace harness::core {

class SecretStore;

/// What saving a draft did.
struct HarnessSaveResult {
    QString harnessId;
    /// Nothing was saved: a problem the user must fix (creating) or a store failure. Translated.
    QString error;
    /// Saving a draft: servers left out of the saved draft for now, each with why. Translated.
    QStringList serversNotSaved;
    bool ok() const { return error.isEmpty(); }
};

/// Turns the onboarding wizard's answers into a stored harness: its MCP server rows (new ones
/// created, edited ones updated, names kept unique) and the harness itself, in one transaction;
/// then the typed secrets into the keychain (secretsSaved() reports when they are written).
class HarnessBuilder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarnessBuilder)
public:
    /// \a secrets may be nullptr: then typed secrets are reported as not saved.
    HarnessBuilder(Store& store, SecretStore* secrets, QObject* parent = nullptr);
    ~HarnessBuilder() override;

    /// Saves what there is as a 'draft' harness (an empty name becomes "Untitled harness");
    /// servers that are not complete yet stay in \a draft but are left out of the stored one.
    HarnessSaveResult saveDraft(HarnessDraft& draft);
    /// Saves a complete harness with \a status (Started for a new one, the current status when
    /// editing). Nothing is saved when the draft is not complete.
    HarnessSaveResult save(HarnessDraft& draft, HarnessStatus status);

    /// Secret writes still running.
    int pendingSecrets() const { return m_pending; }

    /// Copies a harness as "<name> (copy)" with the same servers; a started copy begins stopped.
    static StoreResult<Harness> duplicate(Store& store, const QString& harnessId);

Q_SIGNALS:
    /// Every secret of the last save was written (errors: translated, one per failed secret).
    void secretsSaved(const QStringList& errors);

private:
    HarnessSaveResult store(HarnessDraft& draft, HarnessStatus status, bool partial);
    void writeSecrets(const QList<DraftServer>& servers);
    void secretDone(const QString& error);

    Store& m_store;
    QPointer<SecretStore> m_secrets;
    int m_pending = 0;
    QStringList m_secretErrors;
};

} // namespace harness::core
