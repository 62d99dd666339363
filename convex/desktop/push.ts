// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// desktop/sync:push — the desktop's ops, applied in order in one transaction. Each op is
// idempotent on its own (desktopRows remembers which document a desktop row became) and an op
// the server cannot apply is answered `rejected` without failing the others.
import { convexToJson, type Value } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { fail } from "./access";
import { hashDocument } from "./hash";
import { LIMITS } from "./limits";
import { deleteConversation, deleteHarness, deleteMessage } from "./pushDeletes";
import { insertMessage, supersedeMessage } from "./pushMessages";
import { upsertConversation, upsertHarness, upsertSettings } from "./pushRows";
import { isObject, reject, rejectionOf, str } from "./validate";

export type Table = "harnesses" | "conversations" | "messages" | "userSettings";
export type RowTable = "harnesses" | "conversations" | "messages";

export type OpResult = {
  table: string;
  clientId?: string;
  result: "inserted" | "updated" | "unchanged" | "deleted" | "not_found" | "rejected";
  id?: string;
  /** messages.supersede: the desktopMessageVersions row the message became (h is its hash). */
  versionId?: string;
  h?: string;
  /** messages.insert: the conversation and its hash after the append (lastMessageAt moved). */
  conversationId?: string;
  conversationH?: string;
  conflicts?: string[];
  doc?: unknown;
  more?: boolean;
  error?: { code: string; message: string };
};

/** What the ops of one push share: the caller, the transaction and what it wrote so far. */
export class Push {
  writes = 0;

  constructor(
    readonly ctx: MutationCtx,
    readonly userId: string,
  ) {}

  /** The desktopRows entry of a desktop row, if the server has seen it. */
  async row(table: RowTable, clientId: string): Promise<Doc<"desktopRows"> | null> {
    return await this.ctx.db
      .query("desktopRows")
      .withIndex("by_user_table_client", (q) => q.eq("userId", this.userId).eq("table", table).eq("clientId", clientId))
      .first();
  }

  /** Records that desktop row `clientId` is document `docId` (adopting a web row, or a new one). */
  async remember(table: RowTable, clientId: string, docId: string, existing: Doc<"desktopRows"> | null) {
    if (existing && existing.docId === docId && existing.deletedAt === undefined) return;
    this.writes++;
    if (existing) await this.ctx.db.patch(existing._id, { docId, deletedAt: undefined });
    else await this.ctx.db.insert("desktopRows", { userId: this.userId, table, clientId, docId });
  }

  /** Marks the document gone for every desktop row that maps to it (and `clientId` itself). */
  async tombstone(table: RowTable, clientId: string | undefined, docId: string) {
    const now = Date.now();
    const rows = await this.ctx.db
      .query("desktopRows")
      .withIndex("by_doc", (q) => q.eq("docId", docId))
      .collect();
    let seen = false;
    for (const r of rows) {
      if (r.userId !== this.userId || r.table !== table) continue;
      if (r.clientId === clientId) seen = true;
      if (r.deletedAt === undefined) {
        this.writes++;
        await this.ctx.db.patch(r._id, { deletedAt: now });
      }
    }
    if (clientId !== undefined && !seen) {
      const row = await this.row(table, clientId);
      this.writes++;
      if (row) await this.ctx.db.patch(row._id, { deletedAt: now });
      else await this.ctx.db.insert("desktopRows", { userId: this.userId, table, clientId, docId, deletedAt: now });
    }
  }

  /** The web document id of a desktop row: through desktopRows, else the id the op names. */
  async resolve(table: RowTable, clientId: string | undefined, id: unknown) {
    const row = clientId !== undefined ? await this.row(table, clientId) : null;
    if (row?.deletedAt !== undefined) return { row, docId: row.docId, deleted: true as const };
    if (row) return { row, docId: row.docId, deleted: false as const };
    if (id === undefined || id === null) return { row, docId: null, deleted: false as const };
    return { row, docId: str(id, "id", { nonEmpty: true }), deleted: false as const };
  }

  /** The web id of a row given either as a web id (`idKey`) or as the desktop's clientId. */
  async reference(table: RowTable, id: unknown, clientId: unknown, what: string): Promise<string | null | undefined> {
    if (id !== undefined) return id === null ? null : str(id, what, { nonEmpty: true });
    if (clientId === undefined) return undefined;
    if (clientId === null) return null;
    const row = await this.row(table, str(clientId, `${what} (clientId)`, { nonEmpty: true }));
    return row && row.deletedAt === undefined ? row.docId : "";
  }
}

export function stored(doc: object) {
  return { h: hashDocument(doc).h };
}

async function applyOp(push: Push, op: unknown): Promise<OpResult> {
  if (!isObject(op)) reject("invalid_argument", "An op must be an object.");
  const table = op.table;
  const kind = op.op;
  const clientId = op.clientId === undefined ? undefined : str(op.clientId, "clientId", { nonEmpty: true });
  if (table !== "userSettings" && clientId === undefined) reject("invalid_argument", "clientId is required.");
  switch (`${String(table)}.${String(kind)}`) {
    case "harnesses.upsert":
      return await upsertHarness(push, clientId!, op);
    case "conversations.upsert":
      return await upsertConversation(push, clientId!, op);
    case "userSettings.upsert":
      return await upsertSettings(push, clientId, op);
    case "messages.insert":
      return await insertMessage(push, clientId!, op);
    case "messages.supersede":
      return await supersedeMessage(push, clientId!, op);
    case "harnesses.delete":
      return await deleteHarness(push, clientId!, op);
    case "conversations.delete":
      return await deleteConversation(push, clientId!, op);
    case "messages.delete":
      return await deleteMessage(push, clientId!, op);
    default:
      reject("invalid_argument", `Unknown op ${String(kind)} on table ${String(table)}.`);
  }
}

export async function runPush(ctx: MutationCtx, userId: string, ops: unknown[]) {
  if (ops.length > LIMITS.pushOps) fail("too_large", `At most ${LIMITS.pushOps} ops per push (got ${ops.length}).`);
  const bytes = JSON.stringify(convexToJson(ops as Value)).length;
  if (bytes > LIMITS.pushBytes) fail("too_large", `At most ${LIMITS.pushBytes} bytes of ops per push (got ${bytes}).`);
  const push = new Push(ctx, userId);
  const results: OpResult[] = [];
  for (const op of ops) {
    const o = isObject(op) ? op : {};
    const echo = { table: String(o.table ?? ""), ...(typeof o.clientId === "string" ? { clientId: o.clientId } : {}) };
    try {
      results.push({ ...echo, ...(await applyOp(push, op)) });
    } catch (e) {
      const rejection = rejectionOf(e);
      if (!rejection) throw e;
      results.push({ ...echo, result: "rejected", error: rejection });
    }
  }
  return { results };
}
