// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
import { v } from "convex/values";
import { mutation, query } from "./_generated/server";
import { requireUser } from "./lib/auth";
import { setSettings } from "./lib/sync";

/** The caller's settings, with defaults when none were saved yet. */
export const get = query({
  args: {},
  handler: async (ctx) => {
    const userId = await requireUser(ctx);
    const row = await ctx.db
      .query("userSettings")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .first();
    return {
      autoSwitchHarness: row?.autoSwitchHarness ?? true,
      updatedAt: row?.updatedAt ?? null,
    };
  },
});

/** Sets the given settings; updatedAt (client edit time, ms) defaults to now. Per-field
 *  last-writer-wins, like harnesses. */
export const set = mutation({
  args: { autoSwitchHarness: v.optional(v.boolean()), updatedAt: v.optional(v.number()) },
  handler: async (ctx, { updatedAt, ...fields }) => {
    const userId = await requireUser(ctx);
    return await setSettings(ctx, userId, updatedAt ?? Date.now(), fields);
  },
});
