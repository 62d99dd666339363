// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace harness::core {

/// A new client-generated stable id (UUID v4 without braces). Stable across sync: the same row
/// keeps this id locally and remotely, so a retried write is never a duplicate.
QString newId();

/// Wall-clock time in milliseconds since the Unix epoch (UTC). All timestamps in the store use it.
qint64 nowMs();

} // namespace harness::core
