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
    qint64 pinnedAt = 0; ///< when it was pinned (pinned ones sort by it, newest first); 0 = not pinned
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString remoteId; ///< empty until synced
    /// The web's edit-fork sibling parent: such a conversation is an earlier or later version of
    /// another one and is not listed (as on the web). Empty for ordinary conversations.
    QString editParentId;
    QString forkedFromId; ///< the conversation it was forked from on the web, if any
};

} // namespace harness::core
