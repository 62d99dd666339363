// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Upserts of harnesses, conversations and user settings. Without a known document they insert
// one with the web's required fields; with one they patch ONLY the given fields (every field the
// desktop does not know stays as it is), and a field whose stored value differs from the op's
// `base` (the value the desktop last pulled) is left as stored and named in `conflicts`.
import { assertSystemPromptLength } from "../harnesses";
import { getOrCreateDefaultWorkspace } from "../workspaces";
import type { Doc, Id } from "../_generated/dataModel";
import { ownedConversation, ownedHarness } from "./access";
import { canonicalJson, hashDocument } from "./hash";
import type { OpResult, Push } from "./push";
import {
  HARNESS_STATUSES,
  list,
  mcpServer,
  num,
  objectArg,
  oneOf,
  onlyKeys,
  reject,
  skill,
  str,
  bool,
  type Record_,
} from "./validate";

type Field = {
  /** The value to store (undefined: clear the field); `stored` is the document's current value. */
  next: (stored: unknown) => unknown;
  /** The value compared with `base` (what the desktop sees of the stored value). */
  seen?: (stored: unknown) => unknown;
  /** Never conflicts: the field only moves forward (a max). */
  monotonic?: boolean;
};

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Patches `doc` with `fields` honouring `base`; the op's result. */
async function patchFields(
  push: Push,
  doc: Doc<"harnesses"> | Doc<"conversations"> | Doc<"userSettings">,
  fields: Record<string, Field>,
  base: Record_,
  conflicts: string[],
): Promise<Omit<OpResult, "table" | "clientId">> {
  const current = doc as unknown as Record_;
  const patch: Record_ = {};
  for (const [key, field] of Object.entries(fields)) {
    if (!field.monotonic && key in base) {
      const seen = field.seen ? field.seen(current[key]) : current[key];
      if (!same(seen, base[key])) {
        conflicts.push(key);
        continue;
      }
    }
    const next = field.next(current[key]);
    if (!same(next, current[key])) patch[key] = next;
  }
  let after = doc;
  if (Object.keys(patch).length) {
    push.writes++;
    await push.ctx.db.patch(doc._id, patch);
    after = (await push.ctx.db.get(doc._id))!;
  }
  return {
    result: Object.keys(patch).length ? "updated" : "unchanged",
    id: doc._id,
    h: hashDocument(after).h,
    ...(conflicts.length ? { conflicts, doc: after } : {}),
  };
}

function opParts(op: Record_, allowed: readonly string[], what: string) {
  const fields = objectArg(op.fields ?? {}, `${what}.fields`);
  onlyKeys(fields, allowed, `${what}.fields`);
  const base = op.base === undefined ? {} : objectArg(op.base, `${what}.base`);
  return { fields, base };
}

const max = (given: number) => (stored: unknown) => (typeof stored === "number" && stored > given ? stored : given);
const orClear = <T>(value: T | null) => () => (value === null ? undefined : value);
const value = (v: unknown) => () => v;

// ------------------------------------------------------------------ harnesses

const HARNESS_FIELDS = ["name", "model", "status", "mcpServers", "skills", "systemPrompt", "suggestedPrompts", "lastUsedAt"] as const;
type McpEntry = Doc<"harnesses">["mcpServers"][number];

/** The desktop's list of URL servers merged by url into the stored one: an entry the web has keeps
 *  its authToken, commandIds and every other field; only name and authType come from the desktop. */
function mergeMcpServers(desktop: ReturnType<typeof mcpServer>[]) {
  return (stored: unknown): McpEntry[] => {
    const byUrl = new Map(((stored as McpEntry[] | undefined) ?? []).map((s) => [s.url, s]));
    return desktop.map((d) => ({ ...(byUrl.get(d.url) ?? {}), ...d }));
  };
}

const mcpView = (stored: unknown) =>
  ((stored as McpEntry[] | undefined) ?? []).map((s) => ({ name: s.name, url: s.url, authType: s.authType }));

export async function upsertHarness(push: Push, clientId: string, op: Record_): Promise<OpResult> {
  const what = "harnesses.upsert";
  const { fields, base } = opParts(op, HARNESS_FIELDS, what);
  const name = fields.name === undefined ? undefined : str(fields.name, "name", { nonEmpty: true });
  const model = fields.model === undefined ? undefined : str(fields.model, "model", { nonEmpty: true });
  const status = fields.status === undefined ? undefined : oneOf(fields.status, HARNESS_STATUSES, "status");
  const mcpServers = fields.mcpServers === undefined ? undefined : list(fields.mcpServers, mcpServer, "mcpServers");
  if (mcpServers && new Set(mcpServers.map((s) => s.url)).size !== mcpServers.length) {
    reject("invalid_argument", "mcpServers: two entries have the same url.");
  }
  const skills = fields.skills === undefined ? undefined : list(fields.skills, skill, "skills");
  const systemPrompt = fields.systemPrompt === undefined || fields.systemPrompt === null ? fields.systemPrompt : str(fields.systemPrompt, "systemPrompt");
  try {
    assertSystemPromptLength(systemPrompt ?? undefined);
  } catch (e) {
    reject("too_large", (e as Error).message);
  }
  const suggestedPrompts =
    fields.suggestedPrompts === undefined || fields.suggestedPrompts === null
      ? fields.suggestedPrompts
      : list(fields.suggestedPrompts, str, "suggestedPrompts");
  const lastUsedAt = fields.lastUsedAt === undefined ? undefined : num(fields.lastUsedAt, "lastUsedAt");

  const target = await push.resolve("harnesses", clientId, op.id);
  if (target.deleted) return { table: "harnesses", result: "deleted", id: target.docId };
  if (target.docId === null) {
    if (name === undefined || model === undefined) reject("invalid_argument", "A new harness needs a name and a model.");
    const doc = {
      name,
      model,
      status: status ?? "started",
      mcpServers: (mcpServers ?? []) as McpEntry[],
      skills: skills ?? [],
      userId: push.userId,
      lastUsedAt: lastUsedAt ?? Date.now(),
      ...(typeof systemPrompt === "string" ? { systemPrompt } : {}),
      ...(Array.isArray(suggestedPrompts) ? { suggestedPrompts } : {}),
    };
    push.writes++;
    const id = await push.ctx.db.insert("harnesses", doc);
    await push.remember("harnesses", clientId, id, null);
    return { table: "harnesses", result: "inserted", id, h: hashDocument((await push.ctx.db.get(id))!).h };
  }
  const harness = await ownedHarness(push.ctx, push.userId, target.docId);
  if (!harness) {
    await push.tombstone("harnesses", clientId, target.docId);
    return { table: "harnesses", result: "deleted", id: target.docId };
  }
  await push.remember("harnesses", clientId, harness._id, target.row);
  const patch: Record<string, Field> = {};
  if (name !== undefined) patch.name = { next: value(name) };
  if (model !== undefined) patch.model = { next: value(model) };
  if (status !== undefined) patch.status = { next: value(status) };
  if (mcpServers !== undefined) patch.mcpServers = { next: mergeMcpServers(mcpServers), seen: mcpView };
  if (skills !== undefined) patch.skills = { next: value(skills) };
  if (systemPrompt !== undefined) patch.systemPrompt = { next: orClear(systemPrompt) };
  if (suggestedPrompts !== undefined) patch.suggestedPrompts = { next: orClear(suggestedPrompts) };
  if (lastUsedAt !== undefined) patch.lastUsedAt = { next: max(lastUsedAt), monotonic: true };
  return { table: "harnesses", ...(await patchFields(push, harness, patch, base, [])) };
}

// ------------------------------------------------------------------ conversations

const CONVERSATION_FIELDS = ["title", "lastHarnessId", "lastHarnessClientId", "lastMessageAt", "pinnedAt"] as const;

export async function upsertConversation(push: Push, clientId: string, op: Record_): Promise<OpResult> {
  const what = "conversations.upsert";
  const { fields, base } = opParts(op, CONVERSATION_FIELDS, what);
  if (fields.lastHarnessId !== undefined && fields.lastHarnessClientId !== undefined) {
    reject("invalid_argument", "Give lastHarnessId or lastHarnessClientId, not both.");
  }
  const title = fields.title === undefined ? undefined : str(fields.title, "title");
  const lastMessageAt = fields.lastMessageAt === undefined ? undefined : num(fields.lastMessageAt, "lastMessageAt");
  const pinnedAt = fields.pinnedAt === undefined || fields.pinnedAt === null ? fields.pinnedAt : num(fields.pinnedAt, "pinnedAt");
  const harnessRef = await push.reference("harnesses", fields.lastHarnessId, fields.lastHarnessClientId, "lastHarnessId");
  const conflicts: string[] = [];
  // A harness that is not the caller's (or is gone) is never linked: the field stays as stored.
  let lastHarnessId: Id<"harnesses"> | null | undefined = harnessRef === null ? null : undefined;
  if (typeof harnessRef === "string") {
    const harness = harnessRef ? await ownedHarness(push.ctx, push.userId, harnessRef) : null;
    if (harness) lastHarnessId = harness._id;
    else conflicts.push("lastHarnessId");
  }

  const target = await push.resolve("conversations", clientId, op.id);
  if (target.deleted) return { table: "conversations", result: "deleted", id: target.docId };
  if (target.docId === null) {
    if (title === undefined) reject("invalid_argument", "A new conversation needs a title.");
    // New desktop conversations go to the Default workspace, created as the web creates it.
    const workspaceId = await getOrCreateDefaultWorkspace(push.ctx, push.userId);
    push.writes += 2;
    const id = await push.ctx.db.insert("conversations", {
      title,
      ...(lastHarnessId ? { lastHarnessId } : {}),
      workspaceId,
      userId: push.userId,
      lastMessageAt: lastMessageAt ?? Date.now(),
      ...(typeof pinnedAt === "number" ? { pinnedAt } : {}),
    });
    await push.remember("conversations", clientId, id, null);
    const doc = (await push.ctx.db.get(id))!;
    return {
      table: "conversations",
      result: "inserted",
      id,
      h: hashDocument(doc).h,
      ...(conflicts.length ? { conflicts, doc } : {}),
    };
  }
  const convo = await ownedConversation(push.ctx, push.userId, target.docId);
  if (!convo) {
    await push.tombstone("conversations", clientId, target.docId);
    return { table: "conversations", result: "deleted", id: target.docId };
  }
  await push.remember("conversations", clientId, convo._id, target.row);
  const patch: Record<string, Field> = {};
  if (title !== undefined) patch.title = { next: value(title) };
  if (lastHarnessId !== undefined) patch.lastHarnessId = { next: orClear(lastHarnessId) };
  if (lastMessageAt !== undefined) patch.lastMessageAt = { next: max(lastMessageAt), monotonic: true };
  if (pinnedAt !== undefined) patch.pinnedAt = { next: orClear(pinnedAt) };
  return { table: "conversations", ...(await patchFields(push, convo, patch, base, conflicts)) };
}

// ------------------------------------------------------------------ user settings

export async function upsertSettings(push: Push, clientId: string | undefined, op: Record_): Promise<OpResult> {
  const { fields, base } = opParts(op, ["autoSwitchHarness"], "userSettings.upsert");
  const autoSwitchHarness = fields.autoSwitchHarness === undefined ? undefined : bool(fields.autoSwitchHarness, "autoSwitchHarness");
  const echo = { table: "userSettings", ...(clientId !== undefined ? { clientId } : {}) };
  const existing = await push.ctx.db
    .query("userSettings")
    .withIndex("by_user", (q) => q.eq("userId", push.userId))
    .first();
  if (!existing) {
    if (autoSwitchHarness === undefined) return { ...echo, result: "unchanged" };
    // Only the field the desktop knows; userSettings:get gives the web's defaults for the rest.
    push.writes++;
    const id = await push.ctx.db.insert("userSettings", { userId: push.userId, autoSwitchHarness });
    return { ...echo, result: "inserted", id, h: hashDocument((await push.ctx.db.get(id))!).h };
  }
  const patch: Record<string, Field> = {};
  if (autoSwitchHarness !== undefined) patch.autoSwitchHarness = { next: value(autoSwitchHarness) };
  return { ...echo, ...(await patchFields(push, existing, patch, base, [])) };
}
