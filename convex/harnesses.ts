// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Harnesses: a model + MCP servers + skills + system prompt. Web-style CRUD by document id, and
// the desktop's upsert/delete by client id with per-field last-writer-wins.
import { v } from "convex/values";
import type { Id } from "./_generated/dataModel";
import { mutation, query } from "./_generated/server";
import { getByClientId, getOwned, requireUser } from "./lib/auth";
import { tombstone, tombstoneRow, upsertHarness } from "./lib/sync";
import { harnessFields, harnessStatus, mcpRef } from "./lib/validators";

/** The caller's harnesses (tombstones left out), oldest first. */
export const list = query({
  args: {},
  handler: async (ctx) => {
    const userId = await requireUser(ctx);
    const rows = await ctx.db
      .query("harnesses")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .collect();
    return rows.filter((h) => h.deletedAt === undefined);
  },
});

export const get = query({
  args: { id: v.id("harnesses") },
  handler: async (ctx, { id }) => {
    const userId = await requireUser(ctx);
    return await getOwned(ctx, "harnesses", id, userId);
  },
});

/** The caller's harness with this client id (tombstone included), or null. */
export const getByClient = query({
  args: { clientId: v.string() },
  handler: async (ctx, { clientId }) => {
    const userId = await requireUser(ctx);
    return await getByClientId(ctx, "harnesses", userId, clientId);
  },
});

/** Web-style create. With a clientId it is idempotent (a retry returns the same row). */
export const create = mutation({
  args: {
    clientId: v.optional(v.string()),
    name: v.string(),
    model: v.string(),
    status: v.optional(harnessStatus),
    mcps: v.optional(v.array(mcpRef)),
    skills: v.optional(v.array(v.string())),
    systemPrompt: v.optional(v.string()),
    suggestedPrompts: v.optional(v.array(v.string())),
  },
  handler: async (ctx, { clientId, ...fields }) => {
    const userId = await requireUser(ctx);
    const cid = clientId ?? `pending-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const r = await upsertHarness(ctx, userId, cid, Date.now(), fields);
    if (clientId === undefined) await ctx.db.patch(r.id as any, { clientId: r.id });
    return r.id as Id<"harnesses">;
  },
});

/** Web-style edit of the given fields (null clears systemPrompt/suggestedPrompts). */
export const update = mutation({
  args: { id: v.id("harnesses"), ...harnessFields.fields },
  handler: async (ctx, { id, ...fields }) => {
    const userId = await requireUser(ctx);
    const h = await getOwned(ctx, "harnesses", id, userId);
    return await upsertHarness(ctx, userId, h.clientId, Date.now(), fields);
  },
});

/** Marks the harness as just used (lastUsedAt = now). */
export const touch = mutation({
  args: { id: v.id("harnesses") },
  handler: async (ctx, { id }) => {
    const userId = await requireUser(ctx);
    const h = await getOwned(ctx, "harnesses", id, userId);
    const now = Date.now();
    return await upsertHarness(ctx, userId, h.clientId, now, { lastUsedAt: now });
  },
});

export const remove = mutation({
  args: { id: v.id("harnesses") },
  handler: async (ctx, { id }) => {
    const userId = await requireUser(ctx);
    const h = await getOwned(ctx, "harnesses", id, userId, { includeDeleted: true });
    return await tombstoneRow(ctx, userId, "harnesses", h, Date.now());
  },
});

/** Desktop upsert: creates the row for a new clientId (name and model required) or merges the
 *  given fields by per-field last-writer-wins on `updatedAt` (the client's edit time, ms). */
export const upsert = mutation({
  args: { clientId: v.string(), updatedAt: v.number(), fields: harnessFields },
  handler: async (ctx, { clientId, updatedAt, fields }) => {
    const userId = await requireUser(ctx);
    return await upsertHarness(ctx, userId, clientId, updatedAt, fields);
  },
});

export const removeByClient = mutation({
  args: { clientId: v.string(), deletedAt: v.number() },
  handler: async (ctx, { clientId, deletedAt }) => {
    const userId = await requireUser(ctx);
    return await tombstone(ctx, userId, "harnesses", clientId, deletedAt);
  },
});
