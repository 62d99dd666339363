// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Messages are append-only: written once, a streaming message may grow and reach its final
// status (complete | stopped | interrupted | error), then its content never changes. Edit and
// resend marks the replaced branch with `supersededBy` (the clientId of the new user message):
// those rows are earlier versions, left out of list/page unless asked for. Only the owner of the
// conversation reads or writes them; there is no backend-only path that skips that check.
import { paginationOptsValidator } from "convex/server";
import { v } from "convex/values";
import type { Id } from "./_generated/dataModel";
import { mutation, query } from "./_generated/server";
import { getByClientId, getOwned, requireUser } from "./lib/auth";
import { supersedeMessage, tombstone, tombstoneRow, upsertMessage } from "./lib/sync";
import { messageFields, messagePart, messageRole, messageStatus, usage } from "./lib/validators";

/** The conversation's messages in order (tombstones left out; earlier versions of edited
 *  messages too, unless `includeEarlierVersions`). */
export const list = query({
  args: { conversationId: v.id("conversations"), includeEarlierVersions: v.optional(v.boolean()) },
  handler: async (ctx, { conversationId, includeEarlierVersions }) => {
    const userId = await requireUser(ctx);
    await getOwned(ctx, "conversations", conversationId, userId);
    const rows = await ctx.db
      .query("messages")
      .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
      .collect();
    return rows.filter(
      (m) =>
        m.deletedAt === undefined && m.userId === userId && (includeEarlierVersions === true || m.supersededBy === undefined),
    );
  },
});

/** The conversation's messages as pages, newest first (for long conversations, loaded as the
 *  user scrolls up); earlier versions of edited messages only with `includeEarlierVersions`. */
export const page = query({
  args: {
    conversationId: v.id("conversations"),
    paginationOpts: paginationOptsValidator,
    includeEarlierVersions: v.optional(v.boolean()),
  },
  handler: async (ctx, { conversationId, paginationOpts, includeEarlierVersions }) => {
    const userId = await requireUser(ctx);
    await getOwned(ctx, "conversations", conversationId, userId);
    return await ctx.db
      .query("messages")
      .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
      .order("desc")
      .filter((q) =>
        q.and(
          q.eq(q.field("deletedAt"), undefined),
          q.eq(q.field("userId"), userId),
          includeEarlierVersions === true ? true : q.eq(q.field("supersededBy"), undefined),
        ),
      )
      .paginate(paginationOpts);
  },
});

export const getByClient = query({
  args: { clientId: v.string() },
  handler: async (ctx, { clientId }) => {
    const userId = await requireUser(ctx);
    return await getByClientId(ctx, "messages", userId, clientId);
  },
});

/** Web-style append to a conversation the caller owns (what the seed's unchecked
 *  "save assistant message" did, with the ownership check). Idempotent with a clientId. */
export const add = mutation({
  args: {
    conversationId: v.id("conversations"),
    clientId: v.optional(v.string()),
    role: messageRole,
    content: v.string(),
    parts: v.optional(v.array(messagePart)),
    usage: v.optional(usage),
    model: v.optional(v.string()),
    status: v.optional(messageStatus),
    error: v.optional(v.string()),
  },
  handler: async (ctx, { conversationId, clientId, status, ...rest }) => {
    const userId = await requireUser(ctx);
    const c = await getOwned(ctx, "conversations", conversationId, userId);
    const now = Date.now();
    const cid = clientId ?? `pending-${now}-${Math.random().toString(36).slice(2)}`;
    const r = await upsertMessage(ctx, userId, cid, now, {
      ...rest,
      conversationClientId: c.clientId,
      status: status ?? "complete",
      createdAt: now,
    });
    if (clientId === undefined) await ctx.db.patch(r.id as any, { clientId: r.id });
    return r.id as Id<"messages">;
  },
});

/** Desktop upsert by client id: inserts once; a streaming message may be replaced by a newer
 *  version (updatedAt = client edit time) until it is final. */
export const upsert = mutation({
  args: { clientId: v.string(), updatedAt: v.number(), fields: messageFields },
  handler: async (ctx, { clientId, updatedAt, fields }) => {
    const userId = await requireUser(ctx);
    return await upsertMessage(ctx, userId, clientId, updatedAt, fields);
  },
});

/** Edit and resend: marks a stored message as an earlier version replaced by the branch that
 *  starts at user message `supersededBy` (its clientId), or as current again (null). Last writer
 *  (client edit time `updatedAt`) wins; the message's content stays as it was. */
export const supersede = mutation({
  args: { clientId: v.string(), updatedAt: v.number(), supersededBy: v.union(v.string(), v.null()) },
  handler: async (ctx, { clientId, updatedAt, supersededBy }) => {
    const userId = await requireUser(ctx);
    return await supersedeMessage(ctx, userId, clientId, updatedAt, supersededBy);
  },
});

export const remove = mutation({
  args: { id: v.id("messages") },
  handler: async (ctx, { id }) => {
    const userId = await requireUser(ctx);
    const m = await getOwned(ctx, "messages", id, userId, { includeDeleted: true });
    return await tombstoneRow(ctx, userId, "messages", m, Date.now());
  },
});

export const removeByClient = mutation({
  args: { clientId: v.string(), deletedAt: v.number() },
  handler: async (ctx, { clientId, deletedAt }) => {
    const userId = await requireUser(ctx);
    return await tombstone(ctx, userId, "messages", clientId, deletedAt);
  },
});
