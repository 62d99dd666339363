// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// MCP server definitions (no secrets: the schema has no token field and URLs with credentials
// are refused).
import { v } from "convex/values";
import { mutation, query } from "./_generated/server";
import { getOwned, requireUser } from "./lib/auth";
import { tombstone, tombstoneRow, upsertMcpServer } from "./lib/sync";
import { mcpServerFields } from "./lib/validators";

export const list = query({
  args: {},
  handler: async (ctx) => {
    const userId = await requireUser(ctx);
    const rows = await ctx.db
      .query("mcpServers")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .collect();
    return rows.filter((s) => s.deletedAt === undefined);
  },
});

export const upsert = mutation({
  args: { clientId: v.string(), updatedAt: v.number(), fields: mcpServerFields },
  handler: async (ctx, { clientId, updatedAt, fields }) => {
    const userId = await requireUser(ctx);
    return await upsertMcpServer(ctx, userId, clientId, updatedAt, fields);
  },
});

export const remove = mutation({
  args: { id: v.id("mcpServers") },
  handler: async (ctx, { id }) => {
    const userId = await requireUser(ctx);
    const s = await getOwned(ctx, "mcpServers", id, userId, { includeDeleted: true });
    return await tombstoneRow(ctx, userId, "mcpServers", s, Date.now());
  },
});

export const removeByClient = mutation({
  args: { clientId: v.string(), deletedAt: v.number() },
  handler: async (ctx, { clientId, deletedAt }) => {
    const userId = await requireUser(ctx);
    return await tombstone(ctx, userId, "mcpServers", clientId, deletedAt);
  },
});
