// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/onboarding/harness_draft.h"

#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"

#include <QCoreApplication>

namespace harness::core {

namespace {
/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HarnessDraft)
};
} // namespace

StoreResult<HarnessDraft> HarnessDraft::load(Store& store, const QString& harnessId)
{
    auto harness = store.harnesses().get(harnessId);
    if (!harness.ok())
        return {{}, harness.error};
    HarnessDraft draft;
    draft.harness = harness.value;
    for (const auto& id : std::as_const(harness.value.mcpServerIds)) {
        auto server = store.mcpServers().get(id);
        if (!server.ok())
            return {{}, server.error};
        DraftServer s;
        s.storedId = id;
        s.config = server.value.config;
        draft.servers.append(s);
    }
    return {draft, {}};
}

QString HarnessDraft::identityProblem() const
{
    const QString model = harness.model.trimmed();
    if (harness.name.trimmed().isEmpty())
        return Tr::tr("Give the harness a name.");
    if (model.isEmpty())
        return Tr::tr("Choose a model, e.g. anthropic/claude-sonnet-4 or openai/gpt-4o.");
    if (model.contains(QLatin1Char(' ')))
        return Tr::tr("A model id has no spaces, e.g. anthropic/claude-sonnet-4.");
    return {};
}

QString HarnessDraft::creationProblem() const
{
    if (QString problem = identityProblem(); !problem.isEmpty())
        return problem;
    for (const auto& server : servers) {
        if (!server.problem.isEmpty())
            return server.problem;
        if (QString problem = server.config.validationError(); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace harness::core
