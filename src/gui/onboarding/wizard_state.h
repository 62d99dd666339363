// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/onboarding/harness_draft.h"
#include "core/onboarding/mcp_server_catalog.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace harness::core {
class Store;
}

namespace harness::gui {

/// One server the wizard offers: a saved one, a catalog entry, or one the user added.
struct ServerChoice {
    enum class Origin { Saved, Catalog, Custom };
    Origin origin = Origin::Custom;
    QString storedId;               ///< Saved (and Catalog/Custom once saved in a draft)
    core::McpCatalogEntry entry;    ///< Catalog
    core::McpServerConfig config;   ///< Saved / Custom
    QHash<QString, QString> inputs; ///< Catalog: the user's answers (folder, ...)
    bool checked = false;
    QString bearerToken; ///< typed on the Connect page
    QMap<QString, QString> envSecrets;
    bool signedIn = false;    ///< OAuth: a sign-in succeeded in this wizard
    QString oauthCredentials; ///< that sign-in, for the keychain

    QString displayName() const;
    QString description() const;
    core::McpServerConfig::AuthKind auth() const;
    /// Token or sign-in needed (the Connect page shows it).
    bool needsConnection() const;
    /// The server config for the answers so far; \a problem says what is missing.
    core::McpServerConfig resolvedConfig(QString* problem) const;
};

/// Everything the wizard's pages edit, and its conversion to a core::HarnessDraft.
class WizardState final {
public:
    core::HarnessDraft draft; ///< the harness fields (servers are rebuilt from choices)
    QList<ServerChoice> choices;

    /// The saved servers, then the catalog entries not already saved under the same name.
    void loadChoices(core::Store& store);
    /// Takes an existing harness (editing): its fields, its servers checked.
    void loadHarness(const core::HarnessDraft& existing);
    /// Adds (and checks) a server the user described or imported; returns its index.
    int addCustom(const core::McpServerConfig& config, const QString& bearerToken = {});

    QList<int> checkedIndexes() const;
    bool needsConnectStep() const;
    /// The draft to save: harness fields plus the checked servers, in list order.
    core::HarnessDraft buildDraft() const;
    /// After a save: remember the rows the servers were saved as, so the next save updates them.
    void adoptSaved(const core::HarnessDraft& saved);
};

} // namespace harness::gui
