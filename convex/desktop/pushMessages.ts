// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Message ops. An insert appends to the conversation as the web's messages:send does (the
// conversation's lastMessageAt moves) and stores an assistant message the way the web's backend
// saves one (content = the join of its text parts, empty optional fields left out). A message is
// never edited in place; edit & resend supersedes it: the message moves to desktopMessageVersions.
import { contentFromParts } from "../messageParts";
import { MAX_MESSAGE_CONTENT_CHARS } from "../shares";
import type { Doc, Id } from "../_generated/dataModel";
import { asId, ownedConversation, ownedMessage } from "./access";
import { hashDocument } from "./hash";
import { LIMITS } from "./limits";
import type { OpResult, Push } from "./push";
import {
  bool,
  list,
  num,
  objectArg,
  oneOf,
  onlyKeys,
  part,
  reject,
  str,
  toolCall,
  usage,
  type Record_,
} from "./validate";

const MESSAGE_FIELDS = [
  "role",
  "content",
  "reasoning",
  "toolCalls",
  "parts",
  "usage",
  "model",
  "interrupted",
  "interruptionReason",
] as const;

function messageFields(op: Record_) {
  const f = objectArg(op.fields, "messages.insert.fields");
  onlyKeys(f, MESSAGE_FIELDS, "messages.insert.fields");
  const role = oneOf(f.role, ["user", "assistant"] as const, "role");
  const parts = f.parts === undefined ? [] : list(f.parts, part, "parts");
  const content = role === "assistant" && parts.length > 0 ? contentFromParts(parts) : str(f.content, "content");
  if (f.content !== undefined) str(f.content, "content");
  if (role === "user" && content.length > MAX_MESSAGE_CONTENT_CHARS) {
    reject("too_large", `A message may have at most ${MAX_MESSAGE_CONTENT_CHARS} characters, as on the web (this one has ${content.length}).`);
  }
  const reasoning = f.reasoning === undefined ? undefined : str(f.reasoning, "reasoning");
  const toolCalls = f.toolCalls === undefined ? [] : list(f.toolCalls, toolCall, "toolCalls");
  const interrupted = f.interrupted === undefined ? false : bool(f.interrupted, "interrupted");
  const interruptionReason = f.interruptionReason === undefined ? undefined : str(f.interruptionReason, "interruptionReason");
  if (interruptionReason && !interrupted) reject("invalid_argument", "interruptionReason needs interrupted: true.");
  return {
    role,
    content,
    ...(reasoning ? { reasoning } : {}),
    ...(toolCalls.length ? { toolCalls } : {}),
    ...(parts.length ? { parts } : {}),
    ...(f.usage !== undefined ? { usage: usage(f.usage, "usage") } : {}),
    ...(f.model !== undefined && f.model !== "" ? { model: str(f.model, "model") } : {}),
    ...(interrupted ? { interrupted: true } : {}),
    ...(interruptionReason ? { interruptionReason } : {}),
  };
}

async function versionOf(push: Push, docId: string) {
  const row = await push.ctx.db
    .query("desktopMessageVersions")
    .withIndex("by_doc", (q) => q.eq("docId", docId))
    .first();
  return row && row.userId === push.userId ? row : null;
}

export async function insertMessage(push: Push, clientId: string, op: Record_): Promise<OpResult> {
  const fields = messageFields(op);
  const done = await push.row("messages", clientId);
  if (done?.deletedAt !== undefined) return { table: "messages", result: "deleted", id: done.docId };
  if (done) {
    // A retry: the message is there (or was superseded since), never inserted twice.
    const message = await ownedMessage(push.ctx, push.userId, done.docId);
    if (message) return { table: "messages", result: "unchanged", id: message._id, h: hashDocument(message).h };
    const version = await versionOf(push, done.docId);
    if (version) return { table: "messages", result: "unchanged", id: done.docId, versionId: version._id, h: hashDocument(version).h };
    await push.tombstone("messages", clientId, done.docId);
    return { table: "messages", result: "deleted", id: done.docId };
  }
  const conversationRef = await push.reference("conversations", op.conversationId, op.conversationClientId, "conversationId");
  if (conversationRef === undefined || conversationRef === null) reject("invalid_argument", "conversationId (or conversationClientId) is required.");
  const convo = conversationRef ? await ownedConversation(push.ctx, push.userId, conversationRef) : null;
  if (!convo) {
    // The conversation is gone (deleted on the web or by another desktop): so is the message.
    return { table: "messages", result: "deleted" };
  }
  push.writes += 3;
  const id = await push.ctx.db.insert("messages", {
    conversationId: convo._id,
    workspaceId: convo.workspaceId,
    userId: push.userId,
    ...fields,
  });
  const now = Date.now();
  await push.ctx.db.patch(convo._id, { lastMessageAt: Math.max(convo.lastMessageAt, now) });
  await push.remember("messages", clientId, id, null);
  return {
    table: "messages",
    result: "inserted",
    id,
    h: hashDocument((await push.ctx.db.get(id))!).h,
    // The append moved lastMessageAt: the conversation's hash after it, so no refetch is needed.
    conversationId: convo._id,
    conversationH: hashDocument((await push.ctx.db.get(convo._id))!).h,
  };
}

/** Conversation message ids in order, read once per push (a push supersedes several at a time). */
async function positions(push: Push, conversationId: Id<"conversations">, cache: Map<string, string[]>) {
  let ids = cache.get(conversationId);
  if (!ids) {
    const rows = await push.ctx.db
      .query("messages")
      .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
      .take(LIMITS.positionScan);
    ids = rows.map((m) => m._id as string);
    cache.set(conversationId, ids);
  }
  return ids;
}

const positionCaches = new WeakMap<Push, Map<string, string[]>>();

export async function supersedeMessage(push: Push, clientId: string, op: Record_): Promise<OpResult> {
  const supersededAt = num(op.supersededAt, "supersededAt");
  const byRef = await push.reference("messages", op.supersededBy, op.supersededByClientId, "supersededBy");
  if (!byRef) reject("invalid_argument", "supersededBy (the replacing user message's id or supersededByClientId, pushed first) is required.");
  const supersededBy = asId(push.ctx, "messages", byRef);
  if (!supersededBy) reject("invalid_argument", "supersededBy is not a message id.");

  const target = await push.resolve("messages", clientId, op.id);
  if (target.docId === null) return { table: "messages", result: "not_found" };
  const message = await ownedMessage(push.ctx, push.userId, target.docId);
  if (!message) {
    const version = await versionOf(push, target.docId);
    if (version) return { table: "messages", result: "unchanged", id: target.docId, versionId: version._id, h: hashDocument(version).h };
    return { table: "messages", result: target.deleted ? "deleted" : "not_found", id: target.docId };
  }
  await push.remember("messages", clientId, message._id, target.row);
  let cache = positionCaches.get(push);
  if (!cache) positionCaches.set(push, (cache = new Map()));
  const ids = await positions(push, message.conversationId, cache);
  const position = ids.indexOf(message._id);
  const { _id, _creationTime, ...rest } = message as Doc<"messages">;
  push.writes += 2;
  const versionId = await push.ctx.db.insert("desktopMessageVersions", {
    userId: push.userId,
    conversationId: message.conversationId,
    docId: _id,
    supersededBy,
    supersededAt,
    position,
    createdAt: _creationTime,
    message: rest,
  });
  await push.ctx.db.delete(_id);
  ids.splice(position, 1);
  return { table: "messages", result: "updated", id: _id, versionId, h: hashDocument((await push.ctx.db.get(versionId))!).h };
}
