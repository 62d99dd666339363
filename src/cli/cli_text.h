// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace harness::cli {

/// harness-cli's user-visible text: `Cli::tr("...")` translates in the context "harness::cli",
/// the context lupdate files these strings under (a free tr() function would not be found).
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(harness::cli)
};

} // namespace harness::cli
