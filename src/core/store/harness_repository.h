// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/harness.h"
#include "core/store/store.h"

#include <QList>

namespace harness::core {

class HarnessRepository final {
    Q_DISABLE_COPY_MOVE(HarnessRepository)
public:
    explicit HarnessRepository(Store& store) : m_store(store) {}

    StoreError create(Harness& harness);
    StoreResult<Harness> get(const QString& id);
    StoreResult<Harness> findByName(const QString& name);
    /// Most recently used first, then by name.
    StoreResult<QList<Harness>> list();
    StoreResult<int> count();
    /// Saves every field, including the ordered MCP server list.
    StoreError update(Harness& harness);
    StoreError markUsed(const QString& id);
    StoreError remove(const QString& id);

private:
    StoreError saveServers(const Harness& harness);
    StoreError loadServers(Harness& harness);

    Store& m_store;
};

} // namespace harness::core
