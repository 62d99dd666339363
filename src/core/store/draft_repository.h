// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

namespace harness::core {

/// What the user typed but did not send yet, per conversation (device-local, never synced).
class DraftRepository final {
    Q_DISABLE_COPY_MOVE(DraftRepository)
public:
    explicit DraftRepository(Store& store) : m_store(store) {}

    /// The saved draft of a conversation; empty when there is none.
    StoreResult<QString> load(const QString& conversationId);
    /// Saves the draft; an empty (or blank) text removes it.
    StoreError save(const QString& conversationId, const QString& text);

private:
    Store& m_store;
};

} // namespace harness::core
