// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The tables the Harness Desktop module adds to a Harness web deployment. install-into.sh spreads
// them into the web's defineSchema({...}) (`...desktopTables,`); no web table changes.
import { defineTable } from "convex/server";
import { v } from "convex/values";

export const desktopTables = {
  // Which web document a desktop row (local id = clientId) became, so a retried push finds it.
  // deletedAt: the desktop deleted it; a late upsert for it creates nothing.
  desktopRows: defineTable({
    userId: v.string(),
    table: v.string(),
    clientId: v.string(),
    docId: v.string(),
    deletedAt: v.optional(v.number()),
  })
    .index("by_user_table_client", ["userId", "table", "clientId"])
    .index("by_doc", ["docId"]),

  // Earlier versions of edit & resend: a message the desktop superseded, moved out of `messages`
  // (the web shows only the current branch) with every field it had.
  desktopMessageVersions: defineTable({
    userId: v.string(),
    conversationId: v.id("conversations"),
    // The message's id while it was in `messages`.
    docId: v.string(),
    // The user message that replaced this branch.
    supersededBy: v.string(),
    supersededAt: v.number(),
    // Its index in the conversation when it was superseded, and its original _creationTime.
    position: v.number(),
    createdAt: v.number(),
    // The message document without _id and _creationTime (every field kept, unknown ones too).
    message: v.any(),
  })
    .index("by_conversation", ["conversationId"])
    .index("by_doc", ["docId"]),
};
