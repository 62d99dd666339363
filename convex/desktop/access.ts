// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Identity and ownership checks of the desktop functions. Every row belongs to
// identity.subject, as the web keys them; another user's row is answered exactly like a missing
// one. Errors are ConvexError {code, message} so the desktop can tell them apart.
import { ConvexError } from "convex/values";
import type { Doc, Id, TableNames } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";

export type ErrorCode = "unauthenticated" | "not_found" | "invalid_argument" | "too_large";

export function fail(code: ErrorCode, message: string): never {
  throw new ConvexError({ code, message });
}

/** The caller's identity.subject; ConvexError unauthenticated without a signed-in user. */
export async function requireUser(ctx: QueryCtx): Promise<string> {
  const identity = await ctx.auth.getUserIdentity();
  if (!identity) fail("unauthenticated", "Sign in to sync.");
  return identity.subject;
}

/** A document id of `table` from a string sent by the desktop, or null if it is not one. */
export function asId<T extends TableNames>(ctx: QueryCtx, table: T, id: unknown): Id<T> | null {
  if (typeof id !== "string" || id === "") return null;
  return ctx.db.normalizeId(table, id);
}

/** The user's conversation, or null when it is missing, foreign or not a conversation id. */
export async function ownedConversation(
  ctx: QueryCtx,
  userId: string,
  id: unknown,
): Promise<Doc<"conversations"> | null> {
  const convId = asId(ctx, "conversations", id);
  if (!convId) return null;
  const convo = await ctx.db.get(convId);
  return convo && convo.userId === userId ? convo : null;
}

export async function ownedHarness(ctx: QueryCtx, userId: string, id: unknown): Promise<Doc<"harnesses"> | null> {
  const harnessId = asId(ctx, "harnesses", id);
  if (!harnessId) return null;
  const harness = await ctx.db.get(harnessId);
  return harness && harness.userId === userId ? harness : null;
}

/** As the web's messages:list decides: a message is the user's when its conversation is. */
export async function ownedMessage(
  ctx: QueryCtx,
  userId: string,
  id: unknown,
  conversations = new Map<string, Doc<"conversations"> | null>(),
): Promise<Doc<"messages"> | null> {
  const messageId = asId(ctx, "messages", id);
  if (!messageId) return null;
  const message = await ctx.db.get(messageId);
  if (!message) return null;
  if (!conversations.has(message.conversationId)) {
    conversations.set(message.conversationId, await ownedConversation(ctx, userId, message.conversationId));
  }
  return conversations.get(message.conversationId) ? message : null;
}

/**
 * The user's Default workspace without creating it (queries cannot write): the one flagged
 * isDefault, else the one named "Default" that the web's getOrCreateDefaultWorkspace would adopt.
 */
export async function findDefaultWorkspace(ctx: QueryCtx, userId: string): Promise<Id<"workspaces"> | null> {
  const all = await ctx.db
    .query("workspaces")
    .withIndex("by_user", (q) => q.eq("userId", userId))
    .collect();
  return (all.find((w) => w.isDefault) ?? all.find((w) => w.name === "Default"))?._id ?? null;
}
