// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/harness.h"
#include "core/model/mcp_server_config.h"
#include "core/store/store.h"

#include <QList>
#include <QMap>
#include <QString>

namespace harness::core {

/// One MCP server the wizard attaches to a harness, with the secrets the user typed for it.
struct DraftServer {
    QString storedId;  ///< its mcp_servers row; empty until first saved
    QString catalogId; ///< the catalog entry it came from; empty for custom or imported servers
    McpServerConfig config;
    /// Typed by the user, written to the keychain when saved (then cleared). Empty: unchanged.
    QString bearerToken;
    /// Secret environment variables (name -> value), keychain too. Absent: unchanged.
    QMap<QString, QString> envSecrets;
    /// A sign-in made in the wizard (McpCredentialKeeper::encode()), keychain too. Empty: unchanged.
    QString oauthCredentials;
    /// Why the config is not usable yet (a catalog entry missing its folder, ...); empty when it is.
    QString problem;
};

/// The wizard's answers: the harness being built or edited and its servers, in order.
struct HarnessDraft {
    Harness harness;
    QList<DraftServer> servers;

    /// Loads an existing harness and its servers for editing (secrets stay in the keychain).
    static StoreResult<HarnessDraft> load(Store& store, const QString& harnessId);

    /// Empty when the draft can become a working harness; else a translated sentence.
    QString creationProblem() const;
    /// Name and model problems only (the first wizard page).
    QString identityProblem() const;
};

} // namespace harness::core
