// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/conversation.h"
#include "core/store/store.h"

#include <QList>

namespace harness::core {

class ConversationRepository final {
    Q_DISABLE_COPY_MOVE(ConversationRepository)
public:
    explicit ConversationRepository(Store& store) : m_store(store) {}

    /// Inserts `conversation`, filling in a new id and timestamps where they are empty.
    StoreError create(Conversation& conversation);
    StoreResult<Conversation> get(const QString& id);
    /// Finds the one conversation whose id starts with `prefix` (as git does with hashes).
    StoreResult<Conversation> resolve(const QString& prefix);
    /// Pinned first, then most recent message first.
    StoreResult<QList<Conversation>> list(int offset, int limit, bool includeArchived = false);
    StoreResult<int> count(bool includeArchived = false);

    StoreError rename(const QString& id, const QString& title);
    StoreError setPinned(const QString& id, bool pinned);
    StoreError setArchived(const QString& id, bool archived);
    StoreError setLastHarness(const QString& id, const QString& harnessId);
    StoreError remove(const QString& id);

private:
    StoreError updateField(const QString& id, const QString& column, const QVariant& value, bool reorders);
    StoreError updateFields(const QString& id, const QList<std::pair<QString, QVariant>>& values,
                            bool reorders);

    Store& m_store;
};

} // namespace harness::core
