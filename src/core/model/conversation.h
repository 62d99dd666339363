// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace harness::core {

struct Conversation {
    QString id;
    QString title;
    QString lastHarnessId; ///< empty when none
    qint64 lastMessageAt = 0;
    bool pinned = false;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString remoteId; ///< empty until synced
};

} // namespace harness::core
