// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Conversations: web-style CRUD by document id, recency list for the sidebar, and the desktop's
// upsert/delete by client id (title and lastHarness by per-field last-writer-wins,
// lastMessageAt only moves forward).
import { paginationOptsValidator } from "convex/server";
import { v } from "convex/values";
import type { Id } from "./_generated/dataModel";
import { mutation, query } from "./_generated/server";
import { getByClientId, getOwned, requireUser } from "./lib/auth";
import { tombstone, tombstoneRow, upsertConversation } from "./lib/sync";
import { conversationFields } from "./lib/validators";

/** The caller's conversations, most recent message first (tombstones left out). */
export const list = query({
  args: { limit: v.optional(v.number()) },
  handler: async (ctx, { limit }) => {
    const userId = await requireUser(ctx);
    const n = Math.max(1, Math.min(Math.floor(limit ?? 100), 1000));
    return await ctx.db
      .query("conversations")
      .withIndex("by_user_lastMessageAt", (q) => q.eq("userId", userId))
      .order("desc")
      .filter((q) => q.eq(q.field("deletedAt"), undefined))
      .take(n);
  },
});

/** The same, as pages for an infinite sidebar (usePaginatedQuery). */
export const page = query({
  args: { paginationOpts: paginationOptsValidator },
  handler: async (ctx, { paginationOpts }) => {
    const userId = await requireUser(ctx);
    return await ctx.db
      .query("conversations")
      .withIndex("by_user_lastMessageAt", (q) => q.eq("userId", userId))
      .order("desc")
      .filter((q) => q.eq(q.field("deletedAt"), undefined))
      .paginate(paginationOpts);
  },
});

export const get = query({
  args: { id: v.id("conversations") },
  handler: async (ctx, { id }) => {
    const userId = await requireUser(ctx);
    return await getOwned(ctx, "conversations", id, userId);
  },
});

export const getByClient = query({
  args: { clientId: v.string() },
  handler: async (ctx, { clientId }) => {
    const userId = await requireUser(ctx);
    return await getByClientId(ctx, "conversations", userId, clientId);
  },
});

/** Web-style create; lastHarnessId must be one of the caller's harnesses. */
export const create = mutation({
  args: {
    clientId: v.optional(v.string()),
    title: v.optional(v.string()),
    lastHarnessId: v.optional(v.id("harnesses")),
  },
  handler: async (ctx, { clientId, title, lastHarnessId }) => {
    const userId = await requireUser(ctx);
    const harness = lastHarnessId ? await getOwned(ctx, "harnesses", lastHarnessId, userId) : null;
    const cid = clientId ?? `pending-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const r = await upsertConversation(ctx, userId, cid, Date.now(), {
      title,
      lastHarnessClientId: harness?.clientId,
    });
    if (clientId === undefined) await ctx.db.patch(r.id as any, { clientId: r.id });
    return r.id as Id<"conversations">;
  },
});

/** Web-style edit: rename, or switch the harness (null clears it). */
export const update = mutation({
  args: {
    id: v.id("conversations"),
    title: v.optional(v.string()),
    lastHarnessId: v.optional(v.union(v.id("harnesses"), v.null())),
  },
  handler: async (ctx, { id, title, lastHarnessId }) => {
    const userId = await requireUser(ctx);
    const c = await getOwned(ctx, "conversations", id, userId);
    let lastHarnessClientId: string | null | undefined = undefined;
    if (lastHarnessId === null) lastHarnessClientId = null;
    else if (lastHarnessId !== undefined) {
      lastHarnessClientId = (await getOwned(ctx, "harnesses", lastHarnessId, userId)).clientId;
    }
    return await upsertConversation(ctx, userId, c.clientId, Date.now(), { title, lastHarnessClientId });
  },
});

/** Deletes the conversation and its messages (as tombstones). */
export const remove = mutation({
  args: { id: v.id("conversations") },
  handler: async (ctx, { id }) => {
    const userId = await requireUser(ctx);
    const c = await getOwned(ctx, "conversations", id, userId, { includeDeleted: true });
    return await tombstoneRow(ctx, userId, "conversations", c, Date.now());
  },
});

export const upsert = mutation({
  args: { clientId: v.string(), updatedAt: v.number(), fields: conversationFields },
  handler: async (ctx, { clientId, updatedAt, fields }) => {
    const userId = await requireUser(ctx);
    return await upsertConversation(ctx, userId, clientId, updatedAt, fields);
  },
});

export const removeByClient = mutation({
  args: { clientId: v.string(), deletedAt: v.number() },
  handler: async (ctx, { clientId, deletedAt }) => {
    const userId = await requireUser(ctx);
    return await tombstone(ctx, userId, "conversations", clientId, deletedAt);
  },
});
