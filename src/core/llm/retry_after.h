// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <optional>

namespace harness::core {

/// Parses an HTTP `Retry-After` value: delay-seconds ("120") or an HTTP-date
/// ("Wed, 21 Oct 2015 07:28:00 GMT", also the obsolete RFC 850 and asctime forms).
/// Returns whole seconds to wait from \a now (never negative), or nothing when unparsable.
std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime& now);

} // namespace harness::core
