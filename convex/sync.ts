// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// sync:pull — every row of the caller changed since a cursor, in change order, paged.
// sync:push — an outbox batch applied in order, idempotently (client ids + client edit times).
import { ConvexError, v } from "convex/values";
import type { Doc } from "./_generated/dataModel";
import { mutation, query } from "./_generated/server";
import { requireUser } from "./lib/auth";
import {
  SYNCED_TABLES,
  type SyncedTable,
  type WriteResult,
  setSettings,
  tombstone,
  upsertConversation,
  upsertHarness,
  upsertMcpServer,
  supersedeMessage,
  upsertMessage,
} from "./lib/sync";
import {
  conversationFields,
  harnessFields,
  mcpServerFields,
  messageFields,
  settingsFields,
} from "./lib/validators";

export const DEFAULT_PULL_LIMIT = 200;
export const MAX_PULL_LIMIT = 1000;
export const MAX_PUSH_OPS = 500;
/** A push batch's ops may hold at most this much JSON, so its writes fit one mutation. */
export const MAX_PUSH_BYTES = 8 * 1024 * 1024;

type AnyRow = Doc<"harnesses"> | Doc<"conversations"> | Doc<"messages"> | Doc<"mcpServers"> | Doc<"userSettings">;

/** A page stops growing once its rows reach this many bytes (JSON size), so a page of big
 *  messages stays well inside Convex's per-function read and return limits. */
export const PULL_PAGE_BYTES = 4 * 1024 * 1024;

/**
 * Rows of the caller with updatedAt > cursor (tombstones included), oldest change first: at
 * most `limit` rows and about PULL_PAGE_BYTES across all tables (always at least one row).
 * Returns them grouped by table, plus `cursor` (pass it back to continue; it stays put when
 * nothing changed) and `hasMore`. Change stamps are unique per user, so paging never skips or
 * repeats a change. The tables are merged lazily (a k-way merge of their by_user_updatedAt
 * streams), so a page reads only its own rows plus one look-ahead row per table. Subscribing to
 * this query gives live updates.
 */
export const pull = query({
  args: { cursor: v.optional(v.union(v.number(), v.null())), limit: v.optional(v.number()) },
  handler: async (ctx, args) => {
    const userId = await requireUser(ctx);
    const cursor = args.cursor ?? 0;
    if (!Number.isFinite(cursor)) throw new ConvexError({ code: "invalid_argument", message: "Bad cursor." });
    const limit = Math.max(1, Math.min(Math.floor(args.limit ?? DEFAULT_PULL_LIMIT), MAX_PULL_LIMIT));

    const streams = SYNCED_TABLES.map((table) => ({
      table,
      iterator: (ctx.db.query(table) as any)
        .withIndex("by_user_updatedAt", (q: any) => q.eq("userId", userId).gt("updatedAt", cursor))
        [Symbol.asyncIterator]() as AsyncIterator<AnyRow>,
      head: null as AnyRow | null,
    }));
    for (const s of streams) {
      const n = await s.iterator.next();
      s.head = n.done ? null : n.value;
    }
    const out = {
      harnesses: [] as Doc<"harnesses">[],
      conversations: [] as Doc<"conversations">[],
      messages: [] as Doc<"messages">[],
      mcpServers: [] as Doc<"mcpServers">[],
      userSettings: [] as Doc<"userSettings">[],
    };
    let count = 0;
    let bytes = 0;
    let last = cursor;
    for (;;) {
      let next: (typeof streams)[number] | null = null;
      for (const s of streams) {
        if (s.head !== null && (next === null || s.head.updatedAt < next.head!.updatedAt)) next = s;
      }
      if (next === null || count >= limit || (count > 0 && bytes >= PULL_PAGE_BYTES)) break;
      const row = next.head!;
      (out[next.table] as AnyRow[]).push(row);
      count++;
      bytes += JSON.stringify(row).length;
      last = row.updatedAt;
      const n = await next.iterator.next();
      next.head = n.done ? null : n.value;
    }
    return {
      ...out,
      cursor: last,
      hasMore: streams.some((s) => s.head !== null),
    };
  },
});

const upsertOp = {
  op: v.literal("upsert"),
  clientId: v.string(),
  updatedAt: v.number(),
};

/** One outbox entry. `updatedAt` / `deletedAt` are the client's edit times (ms). */
export const pushOp = v.union(
  v.object({ table: v.literal("harnesses"), ...upsertOp, fields: harnessFields }),
  v.object({ table: v.literal("conversations"), ...upsertOp, fields: conversationFields }),
  v.object({ table: v.literal("messages"), ...upsertOp, fields: messageFields }),
  v.object({ table: v.literal("mcpServers"), ...upsertOp, fields: mcpServerFields }),
  v.object({
    table: v.literal("userSettings"),
    op: v.literal("upsert"),
    clientId: v.optional(v.string()),
    updatedAt: v.number(),
    fields: settingsFields,
  }),
  // Edit and resend on a message the server already has: only its branch mark changes.
  v.object({
    table: v.literal("messages"),
    op: v.literal("supersede"),
    clientId: v.string(),
    updatedAt: v.number(),
    supersededBy: v.union(v.string(), v.null()),
  }),
  v.object({
    table: v.union(
      v.literal("harnesses"),
      v.literal("conversations"),
      v.literal("messages"),
      v.literal("mcpServers"),
    ),
    op: v.literal("delete"),
    clientId: v.string(),
    deletedAt: v.number(),
  }),
);

/**
 * Applies an outbox batch in order in one transaction. Each op is idempotent, so re-sending a
 * batch (or part of one) after a lost reply changes nothing twice. An op the server cannot apply
 * (bad data, a message whose conversation was never pushed) is answered with
 * `result: "rejected"` and its error, without failing the others.
 */
export const push = mutation({
  args: { ops: v.array(pushOp) },
  handler: async (ctx, { ops }) => {
    const userId = await requireUser(ctx);
    if (ops.length > MAX_PUSH_OPS) {
      throw new ConvexError({ code: "invalid_argument", message: `At most ${MAX_PUSH_OPS} ops per push.` });
    }
    if (JSON.stringify(ops).length > MAX_PUSH_BYTES) {
      throw new ConvexError({
        code: "invalid_argument",
        message: `A push may carry at most ${MAX_PUSH_BYTES} bytes of ops; split the batch.`,
      });
    }
    const results: (WriteResult | { table: string; clientId: string; result: "rejected"; error: unknown })[] = [];
    for (const op of ops) {
      try {
        if (op.op === "delete") {
          results.push(await tombstone(ctx, userId, op.table, op.clientId, op.deletedAt));
          continue;
        }
        if (op.op === "supersede") {
          results.push(await supersedeMessage(ctx, userId, op.clientId, op.updatedAt, op.supersededBy));
          continue;
        }
        switch (op.table) {
          case "harnesses":
            results.push(await upsertHarness(ctx, userId, op.clientId, op.updatedAt, op.fields));
            break;
          case "conversations":
            results.push(await upsertConversation(ctx, userId, op.clientId, op.updatedAt, op.fields));
            break;
          case "messages":
            results.push(await upsertMessage(ctx, userId, op.clientId, op.updatedAt, op.fields));
            break;
          case "mcpServers":
            results.push(await upsertMcpServer(ctx, userId, op.clientId, op.updatedAt, op.fields));
            break;
          case "userSettings":
            results.push(await setSettings(ctx, userId, op.updatedAt, op.fields));
            break;
        }
      } catch (e) {
        // Validation happens before any write of the op, so nothing of it was applied.
        if (e instanceof ConvexError) {
          results.push({ table: op.table, clientId: op.clientId ?? "", result: "rejected", error: e.data });
        } else {
          throw e;
        }
      }
    }
    return { results };
  },
});
