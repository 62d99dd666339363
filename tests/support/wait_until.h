// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace harness::test {

/// Spins the event loop until `done` holds or `ms` passed; whether it holds. `ms` is a limit for
/// a broken run, never a threshold under test.
bool waitUntil(const std::function<bool()>& done, int ms = 40'000);

} // namespace harness::test
