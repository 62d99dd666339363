// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "support/secret_io.h"

#include "support/wait_until.h"

#include <optional>

namespace harness::test {

namespace {

core::SecretResult timedOut()
{
    return core::SecretResult{core::SecretResult::Status::Failed, {}, QStringLiteral("timed out")};
}

} // namespace

core::SecretResult readSecret(core::SecretStore& store, const QString& key, int ms)
{
    std::optional<core::SecretResult> answer;
    QObject context; // a late answer after a time-out goes nowhere
    store.read(key, &context, [&answer](const core::SecretResult& result) { answer = result; });
    if (!waitUntil([&answer] { return answer.has_value(); }, ms))
        return timedOut();
    return *answer;
}

core::SecretResult writeSecret(core::SecretStore& store, const QString& key, const QString& value, int ms)
{
    std::optional<core::SecretResult> answer;
    QObject context;
    store.write(key, value, &context, [&answer](const core::SecretResult& result) { answer = result; });
    if (!waitUntil([&answer] { return answer.has_value(); }, ms))
        return timedOut();
    return *answer;
}

} // namespace harness::test
