// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/secret_store.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTest>
#include <optional>

namespace harness::test {

/// Runs one asynchronous secret-store call and waits (on the event loop) for its answer.
/// Returns a Failed result with error "timed out" when no answer came within 30 s.
template <typename Call> core::SecretResult waitFor(Call call)
{
    std::optional<core::SecretResult> answer;
    call([&answer](const core::SecretResult& result) { answer = result; });
    QDeadlineTimer deadline(30'000);
    while (!answer && !deadline.hasExpired())
        QTest::qWait(10);
    return answer.value_or(
        core::SecretResult{core::SecretResult::Status::Failed, {}, QStringLiteral("timed out")});
}

} // namespace harness::test
