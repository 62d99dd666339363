// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The write paths shared by the per-table mutations and sync:push. Each takes the caller's
// userId (from requireUser) and only ever touches rows of that user.
import type { Infer } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { fail, getByClientId } from "./auth";
import type {
  conversationFields,
  harnessFields,
  mcpServerFields,
  messageFields,
  settingsFields,
} from "./validators";

export type SyncedTable = "harnesses" | "conversations" | "messages" | "mcpServers" | "userSettings";
export const SYNCED_TABLES: SyncedTable[] = [
  "harnesses",
  "conversations",
  "messages",
  "mcpServers",
  "userSettings",
];
export const SETTINGS_CLIENT_ID = "settings";

export type WriteResult = {
  table: SyncedTable;
  clientId: string;
  /** inserted | updated: the row changed (updatedAt is its new stamp); unchanged: the write was
   *  a retry or lost to a newer edit; deleted: the row (or its conversation) is a tombstone, the
   *  write was dropped; not_found: a delete of a row the server never had. */
  result: "inserted" | "updated" | "unchanged" | "deleted" | "not_found";
  id?: string;
  updatedAt?: number;
};

/** Hands out the next change stamp of the user: max(now, last + 1). Reading and writing the
 *  user's syncState row serialises the user's writes, so stamps commit in increasing order. */
export async function nextStamp(ctx: MutationCtx, userId: string): Promise<number> {
  const state = await ctx.db
    .query("syncState")
    .withIndex("by_user", (q) => q.eq("userId", userId))
    .unique();
  const stamp = Math.max(Date.now(), (state?.lastStamp ?? 0) + 1);
  if (state === null) {
    await ctx.db.insert("syncState", { userId, lastStamp: stamp });
  } else {
    await ctx.db.patch(state._id, { lastStamp: stamp });
  }
  return stamp;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as any)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as any)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as any)[k], (b as any)[k]));
}

function checkTime(name: string, t: number) {
  if (!Number.isFinite(t) || t < 0) fail("invalid_argument", `${name} must be a time in ms since the epoch.`);
}

/** How far ahead of the server a client's edit time may be. Later times are clamped, so a device
 *  whose clock runs fast cannot win every later edit of the fields it touched. */
export const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;

function editTime(name: string, t: number): number {
  checkTime(name, t);
  return Math.min(t, Date.now() + MAX_CLOCK_SKEW_MS);
}

/**
 * Per-field last-writer-wins. A field given in `fields` replaces the stored one when the edit's
 * client time `at` is newer than the time of the stored field's last edit; on a tie the stored
 * value stays (so a retried write is a no-op). null clears an optional field.
 */
export function mergeFields(
  existing: Record<string, any>,
  times: Record<string, number>,
  fields: Record<string, unknown>,
  at: number,
): { patch: Record<string, unknown>; times: Record<string, number>; changed: boolean; timesChanged: boolean } {
  const patch: Record<string, unknown> = {};
  const newTimes = { ...times };
  let changed = false;
  let timesChanged = false;
  for (const [key, raw] of Object.entries(fields)) {
    if (raw === undefined) continue;
    if (at <= (times[key] ?? -Infinity)) continue;
    newTimes[key] = at;
    timesChanged = true;
    const value = raw === null ? undefined : raw;
    if (!deepEqual(existing[key], value)) {
      patch[key] = value;
      changed = true;
    }
  }
  return { patch, times: newTimes, changed, timesChanged };
}

function initialTimes(fields: Record<string, unknown>, at: number): Record<string, number> {
  const times: Record<string, number> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) times[key] = at;
  return times;
}

function withoutNulls<T extends Record<string, unknown>>(fields: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

function checkUrl(url: string | null | undefined) {
  if (url === undefined || url === null) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail("invalid_argument", `Not a URL: ${url}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    fail("invalid_argument", "MCP server URLs must be http or https.");
  }
  if (parsed.username !== "" || parsed.password !== "") {
    fail("invalid_argument", "MCP server URLs may not carry credentials; keep secrets in the keychain.");
  }
}

/** Generic "update by per-field LWW" used by harnesses, conversations, MCP servers, settings. */
async function applyMerge(
  ctx: MutationCtx,
  userId: string,
  table: "harnesses" | "conversations" | "mcpServers" | "userSettings",
  existing: Doc<"harnesses"> | Doc<"conversations"> | Doc<"mcpServers"> | Doc<"userSettings">,
  fields: Record<string, unknown>,
  at: number,
  extraPatch: (patch: Record<string, unknown>) => Promise<void> = async () => {},
): Promise<WriteResult> {
  const base = { table, clientId: existing.clientId, id: existing._id as string };
  if (existing.deletedAt !== undefined) return { ...base, result: "deleted" };
  const merged = mergeFields(existing, existing.fieldUpdatedAt, fields, at);
  if (!merged.changed) {
    if (merged.timesChanged) await ctx.db.patch(existing._id, { fieldUpdatedAt: merged.times } as any);
    return { ...base, result: "unchanged", updatedAt: existing.updatedAt };
  }
  await extraPatch(merged.patch);
  const updatedAt = await nextStamp(ctx, userId);
  await ctx.db.patch(existing._id, { ...merged.patch, fieldUpdatedAt: merged.times, updatedAt } as any);
  return { ...base, result: "updated", updatedAt };
}

// ---------------------------------------------------------------- harnesses

export async function upsertHarness(
  ctx: MutationCtx,
  userId: string,
  clientId: string,
  at: number,
  fields: Infer<typeof harnessFields>,
): Promise<WriteResult> {
  at = editTime("updatedAt", at);
  for (const m of fields.mcps ?? []) if (typeof m !== "string") checkUrl(m.url);
  const existing = await getByClientId(ctx, "harnesses", userId, clientId);
  if (existing !== null) return await applyMerge(ctx, userId, "harnesses", existing, fields, at);
  if (fields.name === undefined || fields.model === undefined) {
    fail("invalid_argument", "A new harness needs a name and a model.");
  }
  const updatedAt = await nextStamp(ctx, userId);
  const id = await ctx.db.insert("harnesses", {
    status: "draft",
    mcps: [],
    skills: [],
    ...(withoutNulls(fields) as { name: string; model: string }),
    userId,
    clientId,
    updatedAt,
    fieldUpdatedAt: initialTimes(fields, at),
  });
  return { table: "harnesses", clientId, result: "inserted", id, updatedAt };
}

// ---------------------------------------------------------------- conversations

async function resolveHarness(ctx: MutationCtx, userId: string, harnessClientId: string | null | undefined) {
  if (harnessClientId === undefined || harnessClientId === null) return undefined;
  const h = await getByClientId(ctx, "harnesses", userId, harnessClientId);
  return h === null || h.deletedAt !== undefined ? undefined : h._id;
}

export async function upsertConversation(
  ctx: MutationCtx,
  userId: string,
  clientId: string,
  at: number,
  fields: Infer<typeof conversationFields>,
): Promise<WriteResult> {
  at = editTime("updatedAt", at);
  if (fields.lastMessageAt !== undefined) checkTime("lastMessageAt", fields.lastMessageAt);
  const existing = await getByClientId(ctx, "conversations", userId, clientId);
  // lastMessageAt only moves forward (it is a max, not a last-writer-wins field).
  const { lastMessageAt, ...lwwFields } = fields;
  if (existing !== null) {
    if (existing.deletedAt !== undefined) {
      return { table: "conversations", clientId, result: "deleted", id: existing._id };
    }
    const merged = mergeFields(existing, existing.fieldUpdatedAt, lwwFields, at);
    const bumpLast = lastMessageAt !== undefined && lastMessageAt > existing.lastMessageAt;
    if (!merged.changed && !bumpLast) {
      if (merged.timesChanged) await ctx.db.patch(existing._id, { fieldUpdatedAt: merged.times });
      return { table: "conversations", clientId, result: "unchanged", id: existing._id, updatedAt: existing.updatedAt };
    }
    const patch: Record<string, unknown> = { ...merged.patch };
    if ("lastHarnessClientId" in merged.patch) {
      patch.lastHarnessId = await resolveHarness(ctx, userId, merged.patch.lastHarnessClientId as string | undefined);
    }
    if (bumpLast) patch.lastMessageAt = lastMessageAt;
    const updatedAt = await nextStamp(ctx, userId);
    await ctx.db.patch(existing._id, { ...patch, fieldUpdatedAt: merged.times, updatedAt });
    return { table: "conversations", clientId, result: "updated", id: existing._id, updatedAt };
  }
  const updatedAt = await nextStamp(ctx, userId);
  const lastHarnessId = await resolveHarness(ctx, userId, fields.lastHarnessClientId);
  const id = await ctx.db.insert("conversations", {
    userId,
    clientId,
    updatedAt,
    fieldUpdatedAt: initialTimes(lwwFields, at),
    title: fields.title ?? "New chat",
    lastMessageAt: lastMessageAt ?? at,
    ...(fields.lastHarnessClientId ? { lastHarnessClientId: fields.lastHarnessClientId } : {}),
    ...(lastHarnessId ? { lastHarnessId } : {}),
  });
  return { table: "conversations", clientId, result: "inserted", id, updatedAt };
}

// ---------------------------------------------------------------- messages

const FINAL_STATUSES = new Set(["complete", "stopped", "interrupted", "error"]);

/** Longest clientId accepted as `supersededBy` (client ids are short random strings). */
export const MAX_CLIENT_ID_LENGTH = 200;

function checkSupersededBy(clientId: string, supersededBy: string | null | undefined) {
  if (supersededBy === undefined || supersededBy === null) return;
  if (supersededBy.length === 0 || supersededBy.length > MAX_CLIENT_ID_LENGTH) {
    fail("invalid_argument", `supersededBy must be a message clientId of 1 to ${MAX_CLIENT_ID_LENGTH} characters.`);
  }
  if (supersededBy === clientId) fail("invalid_argument", "A message cannot supersede itself.", { clientId });
}

/**
 * Last-writer-wins for a message's branch mark (its own clock `supersededAt`, so marking an
 * earlier version never touches the append-only content). Returns the patch to write: `changed`
 * when the value moves, otherwise only the clock (or nothing when the edit is not newer).
 */
function branchPatch(
  existing: Doc<"messages">,
  supersededBy: string | null | undefined,
  at: number,
): { patch: Record<string, unknown>; changed: boolean } {
  if (supersededBy === undefined || at <= (existing.supersededAt ?? -Infinity)) return { patch: {}, changed: false };
  const value = supersededBy === null ? undefined : supersededBy;
  return { patch: { supersededBy: value, supersededAt: at }, changed: existing.supersededBy !== value };
}

export async function upsertMessage(
  ctx: MutationCtx,
  userId: string,
  clientId: string,
  at: number,
  fields: Infer<typeof messageFields>,
): Promise<WriteResult> {
  at = editTime("updatedAt", at);
  checkTime("createdAt", fields.createdAt);
  checkSupersededBy(clientId, fields.supersededBy);
  const base = { table: "messages" as const, clientId };
  const { supersededBy, ...rest } = fields;
  const existing = await getByClientId(ctx, "messages", userId, clientId);
  if (existing !== null) {
    if (existing.deletedAt !== undefined) return { ...base, result: "deleted", id: existing._id };
    if (existing.conversationClientId !== fields.conversationClientId || existing.role !== fields.role) {
      fail("conflict", "A message cannot move to another conversation or change its role.", { clientId });
    }
    const branch = branchPatch(existing, supersededBy, at);
    // Append-only: only a streaming message may still change, and only to a newer version.
    const grows = !FINAL_STATUSES.has(existing.status) && at > existing.clientUpdatedAt;
    if (!grows && !branch.changed) {
      if (Object.keys(branch.patch).length > 0) await ctx.db.patch(existing._id, branch.patch);
      return { ...base, result: "unchanged", id: existing._id, updatedAt: existing.updatedAt };
    }
    const updatedAt = await nextStamp(ctx, userId);
    await ctx.db.patch(existing._id, {
      ...branch.patch,
      updatedAt,
      ...(grows
        ? {
            content: rest.content,
            status: rest.status,
            clientUpdatedAt: at,
            ...(rest.parts !== undefined ? { parts: rest.parts } : {}),
            ...(rest.usage !== undefined ? { usage: rest.usage } : {}),
            ...(rest.model !== undefined ? { model: rest.model } : {}),
            ...(rest.error !== undefined ? { error: rest.error } : {}),
          }
        : {}),
    });
    return { ...base, result: "updated", id: existing._id, updatedAt };
  }
  const conversation = await getByClientId(ctx, "conversations", userId, fields.conversationClientId);
  if (conversation === null) {
    fail("not_found", "The message's conversation does not exist (push the conversation first).", {
      table: "conversations",
      clientId: fields.conversationClientId,
    });
  }
  if (conversation.deletedAt !== undefined) return { ...base, result: "deleted" };
  const updatedAt = await nextStamp(ctx, userId);
  const id = await ctx.db.insert("messages", {
    ...rest,
    ...(typeof supersededBy === "string" ? { supersededBy, supersededAt: at } : {}),
    userId,
    clientId,
    conversationId: conversation._id,
    clientUpdatedAt: at,
    updatedAt,
  });
  if (fields.createdAt > conversation.lastMessageAt) {
    await ctx.db.patch(conversation._id, {
      lastMessageAt: fields.createdAt,
      updatedAt: await nextStamp(ctx, userId),
    });
  }
  return { ...base, result: "inserted", id, updatedAt };
}

/**
 * Marks a message the caller already stored as an earlier version (edit and resend replaced it
 * with the branch starting at user message `supersededBy`), or as current again (null). Only the
 * branch mark changes, by last-writer-wins on the client edit time `at`; the message itself stays
 * append-only. A message the server never had is `not_found` (its first upsert carries the mark).
 */
export async function supersedeMessage(
  ctx: MutationCtx,
  userId: string,
  clientId: string,
  at: number,
  supersededBy: string | null,
): Promise<WriteResult> {
  at = editTime("updatedAt", at);
  checkSupersededBy(clientId, supersededBy);
  const base = { table: "messages" as const, clientId };
  const existing = await getByClientId(ctx, "messages", userId, clientId);
  if (existing === null) return { ...base, result: "not_found" };
  if (existing.deletedAt !== undefined) return { ...base, result: "deleted", id: existing._id };
  const branch = branchPatch(existing, supersededBy, at);
  if (!branch.changed) {
    if (Object.keys(branch.patch).length > 0) await ctx.db.patch(existing._id, branch.patch);
    return { ...base, result: "unchanged", id: existing._id, updatedAt: existing.updatedAt };
  }
  const updatedAt = await nextStamp(ctx, userId);
  await ctx.db.patch(existing._id, { ...branch.patch, updatedAt });
  return { ...base, result: "updated", id: existing._id, updatedAt };
}

// ---------------------------------------------------------------- MCP servers

export async function upsertMcpServer(
  ctx: MutationCtx,
  userId: string,
  clientId: string,
  at: number,
  fields: Infer<typeof mcpServerFields>,
): Promise<WriteResult> {
  at = editTime("updatedAt", at);
  checkUrl(fields.url);
  const existing = await getByClientId(ctx, "mcpServers", userId, clientId);
  if (existing !== null) return await applyMerge(ctx, userId, "mcpServers", existing, fields, at);
  if (fields.name === undefined || fields.transport === undefined) {
    fail("invalid_argument", "A new MCP server needs a name and a transport.");
  }
  if (fields.transport === "stdio" ? !fields.command : !fields.url) {
    fail("invalid_argument", fields.transport === "stdio" ? "A stdio MCP server needs a command." : "A remote MCP server needs a URL.");
  }
  const updatedAt = await nextStamp(ctx, userId);
  const id = await ctx.db.insert("mcpServers", {
    authType: "none",
    enabled: true,
    ...(withoutNulls(fields) as { name: string; transport: "stdio" | "http" | "sse" }),
    userId,
    clientId,
    updatedAt,
    fieldUpdatedAt: initialTimes(fields, at),
  });
  return { table: "mcpServers", clientId, result: "inserted", id, updatedAt };
}

// ---------------------------------------------------------------- settings

export async function getSettingsRow(ctx: MutationCtx | { db: MutationCtx["db"] }, userId: string) {
  return await ctx.db
    .query("userSettings")
    .withIndex("by_user", (q) => q.eq("userId", userId))
    .first();
}

export async function setSettings(
  ctx: MutationCtx,
  userId: string,
  at: number,
  fields: Infer<typeof settingsFields>,
): Promise<WriteResult> {
  at = editTime("updatedAt", at);
  const existing = await getSettingsRow(ctx, userId);
  if (existing !== null) return await applyMerge(ctx, userId, "userSettings", existing, fields, at);
  const updatedAt = await nextStamp(ctx, userId);
  const id = await ctx.db.insert("userSettings", {
    autoSwitchHarness: true,
    ...fields,
    userId,
    clientId: SETTINGS_CLIENT_ID,
    updatedAt,
    fieldUpdatedAt: initialTimes(fields, at),
  });
  return { table: "userSettings", clientId: SETTINGS_CLIENT_ID, result: "inserted", id, updatedAt };
}

// ---------------------------------------------------------------- deletes (tombstones)

export async function tombstone(
  ctx: MutationCtx,
  userId: string,
  table: "harnesses" | "conversations" | "messages" | "mcpServers",
  clientId: string,
  at: number,
): Promise<WriteResult> {
  checkTime("deletedAt", at);
  const existing = await getByClientId(ctx, table, userId, clientId);
  if (existing === null) return { table, clientId, result: "not_found" };
  return await tombstoneRow(ctx, userId, table, existing, at);
}

/** What a message tombstone keeps: its identity and place, not its text. */
const ERASED_MESSAGE = { content: "", parts: undefined, usage: undefined, error: undefined };

/** Bounds of one conversation delete's cascade, well inside a mutation's read/write limits. */
const CASCADE_MAX_WRITES = 2000;
const CASCADE_MAX_READ_BYTES = 8 * 1024 * 1024;

/**
 * Turns the caller's messages of a deleted conversation into tombstones (their text erased),
 * at most CASCADE_MAX_WRITES / CASCADE_MAX_READ_BYTES per call. Returns false when messages are
 * left; deleting the conversation again continues. Clients treat every message of a deleted
 * conversation as deleted anyway, so an unfinished cascade only costs storage.
 */
async function cascadeMessages(ctx: MutationCtx, userId: string, conversationId: Id<"conversations">, at: number) {
  let writes = 0;
  let bytes = 0;
  for await (const m of ctx.db.query("messages").withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))) {
    bytes += m.content.length + 200;
    if (m.deletedAt === undefined && m.userId === userId) {
      if (writes >= CASCADE_MAX_WRITES || bytes > CASCADE_MAX_READ_BYTES) return false;
      await ctx.db.patch(m._id, { ...ERASED_MESSAGE, deletedAt: at, updatedAt: await nextStamp(ctx, userId) });
      writes++;
    }
  }
  return true;
}

export async function tombstoneRow(
  ctx: MutationCtx,
  userId: string,
  table: "harnesses" | "conversations" | "messages" | "mcpServers",
  row: Doc<"harnesses"> | Doc<"conversations"> | Doc<"messages"> | Doc<"mcpServers">,
  at: number,
): Promise<WriteResult> {
  const base = { table, clientId: row.clientId, id: row._id as string };
  if (row.deletedAt !== undefined) {
    // Deleting again finishes an unfinished cascade.
    if (table === "conversations") await cascadeMessages(ctx, userId, row._id as Id<"conversations">, row.deletedAt);
    return { ...base, result: "unchanged", updatedAt: row.updatedAt };
  }
  const updatedAt = await nextStamp(ctx, userId);
  await ctx.db.patch(row._id, { deletedAt: at, updatedAt, ...(table === "messages" ? ERASED_MESSAGE : {}) });
  if (table === "conversations") {
    // The conversation's messages go with it, each as its own tombstone so pull carries them.
    await cascadeMessages(ctx, userId, row._id as Id<"conversations">, at);
  }
  return { ...base, result: "deleted", updatedAt };
}
