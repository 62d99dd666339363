// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Deletes are the web's hard deletes: a conversation goes with its messages (as
// conversations:remove does) and with its earlier versions, a harness with its share grants (as
// harnesses:remove does), a message alone (as messages:remove does). desktopRows keeps a
// tombstone so a late upsert of the same desktop row creates nothing.
import type { Id } from "../_generated/dataModel";
import { ownedConversation, ownedHarness, ownedMessage } from "./access";
import { LIMITS, ReadBudget } from "./limits";
import type { OpResult, Push } from "./push";
import type { Record_ } from "./validate";

export async function deleteHarness(push: Push, clientId: string, op: Record_): Promise<OpResult> {
  const target = await push.resolve("harnesses", clientId, op.id);
  const harness = target.docId ? await ownedHarness(push.ctx, push.userId, target.docId) : null;
  if (!harness) {
    if (target.docId && !target.deleted) await push.tombstone("harnesses", clientId, target.docId);
    return { table: "harnesses", result: "not_found", ...(target.docId ? { id: target.docId } : {}) };
  }
  const grants = await push.ctx.db
    .query("harnessShareGrants")
    .withIndex("by_harness", (q) => q.eq("harnessId", harness._id))
    .collect();
  for (const g of grants) await push.ctx.db.delete(g._id);
  await push.ctx.db.delete(harness._id);
  push.writes += grants.length + 1;
  await push.tombstone("harnesses", clientId, harness._id);
  return { table: "harnesses", result: "deleted", id: harness._id };
}

/**
 * A conversation with more messages than one push may still write is emptied batch by batch:
 * the op answers `updated` with more: true until the last batch, which deletes the conversation.
 */
export async function deleteConversation(push: Push, clientId: string, op: Record_): Promise<OpResult> {
  const target = await push.resolve("conversations", clientId, op.id);
  const convo = target.docId ? await ownedConversation(push.ctx, push.userId, target.docId) : null;
  if (!convo) {
    if (target.docId && !target.deleted) await push.tombstone("conversations", clientId, target.docId);
    return { table: "conversations", result: "not_found", ...(target.docId ? { id: target.docId } : {}) };
  }
  // Read the batch first (a write and a read budget: messages can be large), then delete it.
  const read = new ReadBudget(LIMITS.indexBytes, LIMITS.pushWrites);
  const batch: (Id<"messages"> | Id<"desktopMessageVersions">)[] = [];
  let more = false;
  for (const table of ["messages", "desktopMessageVersions"] as const) {
    for await (const row of push.ctx.db.query(table).withIndex("by_conversation", (q) => q.eq("conversationId", convo._id))) {
      if (push.writes + batch.length >= LIMITS.pushWrites - 2 || read.exhausted) {
        more = true;
        break;
      }
      read.add(JSON.stringify(row).length);
      batch.push(row._id);
    }
    if (more) break;
  }
  for (const id of batch) await push.ctx.db.delete(id);
  push.writes += batch.length;
  if (more) return { table: "conversations", result: "updated", id: convo._id, more: true };
  await push.ctx.db.delete(convo._id);
  push.writes++;
  await push.tombstone("conversations", clientId, convo._id);
  return { table: "conversations", result: "deleted", id: convo._id };
}

export async function deleteMessage(push: Push, clientId: string, op: Record_): Promise<OpResult> {
  const target = await push.resolve("messages", clientId, op.id);
  if (!target.docId) return { table: "messages", result: "not_found" };
  const message = await ownedMessage(push.ctx, push.userId, target.docId);
  if (message) {
    await push.ctx.db.delete(message._id);
    push.writes++;
    await push.tombstone("messages", clientId, message._id);
    return { table: "messages", result: "deleted", id: message._id };
  }
  // An earlier version (a superseded message) is deleted from where it went.
  const version = await push.ctx.db
    .query("desktopMessageVersions")
    .withIndex("by_doc", (q) => q.eq("docId", target.docId!))
    .first();
  if (version && version.userId === push.userId) {
    await push.ctx.db.delete(version._id);
    push.writes++;
    await push.tombstone("messages", clientId, target.docId);
    return { table: "messages", result: "deleted", id: target.docId };
  }
  if (!target.deleted) await push.tombstone("messages", clientId, target.docId);
  return { table: "messages", result: "not_found", id: target.docId };
}
