// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Tables shared by the Harness web app and Harness Desktop.
//
// Every synced row carries:
//   userId          the owner's identity.tokenIdentifier ("<issuer>|<subject>")
//   clientId        a stable id chosen by the client that created the row; (userId, clientId) is
//                   unique, so a retried write updates instead of duplicating
//   updatedAt       server change stamp (ms, strictly increasing per user across all tables); the
//                   cursor of sync:pull
//   fieldUpdatedAt  per-field client edit times, the clocks of per-field last-writer-wins
//   deletedAt       set once the row is deleted (a tombstone, so deletes propagate through pull)
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import {
  authType,
  harnessStatus,
  mcpRef,
  messagePart,
  messageRole,
  messageStatus,
  mcpTransport,
  usage,
} from "./lib/validators";

const syncFields = {
  userId: v.string(),
  clientId: v.string(),
  updatedAt: v.number(),
  fieldUpdatedAt: v.record(v.string(), v.number()),
  deletedAt: v.optional(v.number()),
};

export default defineSchema({
  harnesses: defineTable({
    ...syncFields,
    name: v.string(),
    model: v.string(),
    status: harnessStatus,
    mcps: v.array(mcpRef),
    skills: v.array(v.string()),
    systemPrompt: v.optional(v.string()),
    suggestedPrompts: v.optional(v.array(v.string())),
    lastUsedAt: v.optional(v.number()),
  })
    .index("by_user", ["userId"])
    .index("by_user_clientId", ["userId", "clientId"])
    .index("by_user_updatedAt", ["userId", "updatedAt"]),

  conversations: defineTable({
    ...syncFields,
    title: v.string(),
    lastHarnessId: v.optional(v.id("harnesses")),
    lastHarnessClientId: v.optional(v.string()),
    lastMessageAt: v.number(),
  })
    .index("by_user", ["userId"])
    .index("by_user_lastMessageAt", ["userId", "lastMessageAt"])
    .index("by_user_clientId", ["userId", "clientId"])
    .index("by_user_updatedAt", ["userId", "updatedAt"]),

  // Append-only: a message is written once; while its status is "streaming" it may grow and
  // finally move to complete|stopped|interrupted|error, after which its content never changes
  // again. The one later change is `supersededBy`: "edit and resend" replaced the message (and
  // what followed it) with a new branch starting at the user message of that clientId; the row
  // stays as the earlier version. Its own last-writer-wins clock is `supersededAt` (client edit
  // time, ms). Both are optional, so rows and clients from before branches stay valid.
  messages: defineTable({
    userId: v.string(),
    clientId: v.string(),
    updatedAt: v.number(),
    deletedAt: v.optional(v.number()),
    conversationId: v.id("conversations"),
    conversationClientId: v.string(),
    role: messageRole,
    content: v.string(),
    parts: v.optional(v.array(messagePart)),
    usage: v.optional(usage),
    model: v.optional(v.string()),
    harnessClientId: v.optional(v.string()),
    status: messageStatus,
    error: v.optional(v.string()),
    createdAt: v.number(),
    clientUpdatedAt: v.number(),
    supersededBy: v.optional(v.string()),
    supersededAt: v.optional(v.number()),
  })
    .index("by_user", ["userId"])
    .index("by_conversation", ["conversationId", "createdAt"])
    .index("by_user_clientId", ["userId", "clientId"])
    .index("by_user_updatedAt", ["userId", "updatedAt"]),

  // MCP server definitions. Never secrets: bearer tokens, OAuth tokens and environment values
  // stay in the desktop's OS keychain.
  mcpServers: defineTable({
    ...syncFields,
    name: v.string(),
    transport: mcpTransport,
    url: v.optional(v.string()),
    command: v.optional(v.string()),
    args: v.optional(v.array(v.string())),
    authType: authType,
    description: v.optional(v.string()),
    enabled: v.boolean(),
  })
    .index("by_user", ["userId"])
    .index("by_user_clientId", ["userId", "clientId"])
    .index("by_user_updatedAt", ["userId", "updatedAt"]),

  userSettings: defineTable({
    ...syncFields,
    autoSwitchHarness: v.boolean(),
  })
    .index("by_user", ["userId"])
    .index("by_user_clientId", ["userId", "clientId"])
    .index("by_user_updatedAt", ["userId", "updatedAt"]),

  // Bookkeeping, not synced: the last change stamp handed out for the user. Every write reads and
  // bumps it, so stamps are unique and commit in stamp order (Convex serialises the transactions
  // that touch this row), which makes "changed since cursor" exact.
  syncState: defineTable({
    userId: v.string(),
    lastStamp: v.number(),
  }).index("by_user", ["userId"]),
});
