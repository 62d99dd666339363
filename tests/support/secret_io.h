// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/secret_store.h"

namespace harness::test {

/// Reads a secret and waits for the store's answer on the event loop; a Failed result saying
/// "timed out" when none came within `ms`.
core::SecretResult readSecret(core::SecretStore& store, const QString& key, int ms = 60'000);

/// Writes a secret and waits for the store's answer (the same time-out).
core::SecretResult writeSecret(core::SecretStore& store, const QString& key, const QString& value,
                               int ms = 60'000);

} // namespace harness::test
