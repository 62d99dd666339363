// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "support/add_harness.h"

#include "core/store/harness_repository.h"
#include "core/store/store.h"

#include <QTest>

namespace harness::test {

core::Harness addHarness(core::Store& store, const QString& name, core::HarnessStatus status,
                         const QString& model, const QStringList& mcpServerIds)
{
    core::Harness h;
    h.name = name;
    h.model = model;
    h.status = status;
    h.mcpServerIds = mcpServerIds;
    if (const auto error = store.harnesses().create(h)) {
        QTest::qVerify(false, "store.harnesses().create(h)", qPrintable(error.userMessage()), __FILE__,
                       __LINE__);
        h.id.clear();
    }
    return h;
}

} // namespace harness::test
