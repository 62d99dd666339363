// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "gui/onboarding/wizard_state.h"

#include "core/store/mcp_server_repository.h"

#include <QSet>

namespace harness::gui {

using core::McpServerConfig;

QString ServerChoice::displayName() const
{
    return origin == Origin::Catalog ? entry.name : config.name;
}

QString ServerChoice::description() const
{
    if (origin == Origin::Catalog)
        return entry.description;
    return config.isStdio() ? (QStringList{config.command} + config.args).join(QLatin1Char(' '))
                            : config.url.toString();
}

McpServerConfig::AuthKind ServerChoice::auth() const
{
    return origin == Origin::Catalog ? entry.auth : config.auth;
}

bool ServerChoice::needsConnection() const
{
    if (origin == Origin::Catalog)
        return entry.needsConnection();
    return config.auth != McpServerConfig::AuthKind::None;
}

McpServerConfig ServerChoice::resolvedConfig(QString* problem) const
{
    if (origin == Origin::Catalog) {
        McpServerConfig resolved = entry.toConfig(inputs, problem);
        if (!config.name.isEmpty() && !resolved.name.isEmpty())
            resolved.name = config.name; // the name it was saved under
        return resolved;
    }
    if (problem)
        *problem = config.validationError();
    return config;
}

void WizardState::loadChoices(core::Store& store)
{
    choices.clear();
    QSet<QString> savedNames;
    const auto saved = store.mcpServers().list();
    for (const auto& server : saved.value) {
        ServerChoice choice;
        choice.origin = ServerChoice::Origin::Saved;
        choice.storedId = server.id;
        choice.config = server.config;
        savedNames.insert(server.config.name);
        choices.append(choice);
    }
    for (const auto& entry : core::McpServerCatalog::builtIn().entries()) {
        if (savedNames.contains(entry.id))
            continue;
        ServerChoice choice;
        choice.origin = ServerChoice::Origin::Catalog;
        choice.entry = entry;
        for (const auto& input : entry.inputs)
            choice.inputs.insert(input.key, input.defaultValue);
        choices.append(choice);
    }
}

void WizardState::loadHarness(const core::HarnessDraft& existing)
{
    draft = existing;
    for (auto& choice : choices)
        choice.checked = choice.origin == ServerChoice::Origin::Saved &&
                         existing.harness.mcpServerIds.contains(choice.storedId);
}

int WizardState::addCustom(const McpServerConfig& config, const QString& bearerToken)
{
    ServerChoice choice;
    choice.origin = ServerChoice::Origin::Custom;
    choice.config = config;
    choice.bearerToken = bearerToken;
    choice.checked = true;
    // With the user's own servers, before the catalog (the order the list shows and saves).
    qsizetype at = 0;
    while (at < choices.size() && choices.at(at).origin != ServerChoice::Origin::Catalog)
        ++at;
    choices.insert(at, choice);
    return int(at);
}

QList<int> WizardState::checkedIndexes() const
{
    QList<int> indexes;
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i).checked)
            indexes.append(i);
    }
    return indexes;
}

bool WizardState::needsConnectStep() const
{
    for (int i : checkedIndexes()) {
        if (choices.at(i).needsConnection())
            return true;
    }
    return false;
}

core::HarnessDraft WizardState::buildDraft() const
{
    core::HarnessDraft out;
    out.harness = draft.harness;
    for (int i : checkedIndexes()) {
        const ServerChoice& choice = choices.at(i);
        core::DraftServer server;
        server.storedId = choice.storedId;
        server.catalogId = choice.origin == ServerChoice::Origin::Catalog ? choice.entry.id : QString();
        server.config = choice.resolvedConfig(&server.problem);
        if (server.config.name.isEmpty())
            server.config.name = choice.displayName();
        server.bearerToken = choice.bearerToken;
        server.envSecrets = choice.envSecrets;
        server.oauthCredentials = choice.oauthCredentials;
        out.servers.append(server);
    }
    return out;
}

void WizardState::adoptSaved(const core::HarnessDraft& saved)
{
    draft.harness = saved.harness;
    const QList<int> checked = checkedIndexes();
    for (int n = 0; n < checked.size() && n < saved.servers.size(); ++n) {
        ServerChoice& choice = choices[checked.at(n)];
        const core::DraftServer& server = saved.servers.at(n);
        if (server.storedId.isEmpty())
            continue;
        choice.storedId = server.storedId;
        if (choice.origin == ServerChoice::Origin::Catalog)
            choice.config.name = server.config.name; // its saved (unique) name
        else
            choice.config = server.config;
        choice.bearerToken.clear(); // handed to the keychain
        choice.envSecrets.clear();
        choice.oauthCredentials.clear();
    }
}

} // namespace harness::gui
