// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/harness.h"

#include <QStringList>

namespace harness::core {
class Store;
}

namespace harness::test {

/// Creates a harness in `store` and returns it with its id. When the store refuses, the current
/// test function is marked failed (with the store's message) and the returned id is empty.
core::Harness addHarness(core::Store& store, const QString& name,
                         core::HarnessStatus status = core::HarnessStatus::Started,
                         const QString& model = QStringLiteral("openai/gpt-4o"),
                         const QStringList& mcpServerIds = {});

} // namespace harness::test
