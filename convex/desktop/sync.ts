// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// desktop/sync:* — what Harness Desktop calls on a Harness web deployment (PROTOCOL.md beside
// this file). The rows are the web's own documents; every function checks the caller's identity
// and answers only with rows of identity.subject.
import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import { mutation, query, type QueryCtx } from "../_generated/server";
import { fail, findDefaultWorkspace, ownedConversation, ownedMessage, requireUser } from "./access";
import { EMPTY_DIGEST, Fnv1a64, hashDocument } from "./hash";
import { cutAtCreationTime, LIMITS, ReadBudget } from "./limits";
import { runPush } from "./push";

type WithHash<T> = T & { h: string };

function withHash<T extends object>(doc: T, budget?: ReadBudget): WithHash<T> {
  const { h, size } = hashDocument(doc);
  budget?.add(size);
  return { ...doc, h };
}

function checkCount(name: string, list: unknown[], max: number) {
  if (list.length > max) fail("invalid_argument", `At most ${max} ${name} per call (got ${list.length}).`);
}

async function conversationPage(ctx: QueryCtx, userId: string, after: number | undefined, limit: number) {
  const rows = await ctx.db
    .query("conversations")
    .withIndex("by_user", (q) => (after === undefined ? q.eq("userId", userId) : q.eq("userId", userId).gt("_creationTime", after)))
    .take(limit + 1);
  const more = rows.length > limit;
  const page = cutAtCreationTime(rows.slice(0, limit), rows[limit]?._creationTime);
  return {
    conversations: page.map((c) => ({ _id: c._id, _creationTime: c._creationTime, h: hashDocument(c).h })),
    more,
  };
}

/** Everything small of the account plus the index of its conversations (live). */
export const state = query({
  args: {},
  handler: async (ctx) => {
    const userId = await requireUser(ctx);
    const harnesses = await ctx.db
      .query("harnesses")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .collect();
    const settings = await ctx.db
      .query("userSettings")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .first();
    const page = await conversationPage(ctx, userId, undefined, LIMITS.conversationIndex);
    return {
      userId,
      harnesses: harnesses.map((h) => withHash(h)),
      userSettings: settings ? withHash(settings) : null,
      defaultWorkspaceId: await findDefaultWorkspace(ctx, userId),
      conversations: page.conversations,
      more: page.more,
    };
  },
});

/** The rest of the conversation index after `state` (by _creationTime). */
export const conversationIndex = query({
  args: { after: v.number(), limit: v.optional(v.number()) },
  handler: async (ctx, args) => {
    const userId = await requireUser(ctx);
    const limit = Math.max(1, Math.min(LIMITS.conversationIndex, Math.floor(args.limit ?? LIMITS.conversationIndex)));
    return await conversationPage(ctx, userId, args.after, limit);
  },
});

/** Conversation documents by id; missing and foreign ids are left out. */
export const conversations = query({
  args: { ids: v.array(v.string()) },
  handler: async (ctx, args) => {
    const userId = await requireUser(ctx);
    checkCount("ids", args.ids, LIMITS.idsPerCall);
    const out: WithHash<Doc<"conversations">>[] = [];
    for (const id of new Set(args.ids)) {
      const convo = await ownedConversation(ctx, userId, id);
      if (convo) out.push(withHash(convo));
    }
    return out;
  },
});

/**
 * Message digests of conversations (live). Stops after about LIMITS.digestBytes or
 * digestDocuments and answers partial: true with the conversations it finished; a first
 * conversation too large even for the hard budget is named in tooLarge (page it with
 * messageIndex instead).
 */
export const digests = query({
  args: { conversationIds: v.array(v.string()) },
  handler: async (ctx, args) => {
    const userId = await requireUser(ctx);
    checkCount("conversationIds", args.conversationIds, LIMITS.digestConversations);
    const budget = new ReadBudget(LIMITS.digestBytes, LIMITS.digestDocuments);
    const out: { conversationId: string; count: number; versions: number; h: string }[] = [];
    const tooLarge: string[] = [];
    let partial = false;
    outer: for (const id of new Set(args.conversationIds)) {
      const convo = await ownedConversation(ctx, userId, id);
      if (!convo) continue;
      if (budget.exhausted) {
        partial = true;
        break;
      }
      const first = out.length === 0;
      const fnv = new Fnv1a64();
      let count = 0;
      let versions = 0;
      const overBudget = () =>
        first ? budget.over(LIMITS.digestHardBytes, LIMITS.digestHardDocuments) : budget.exhausted;
      for await (const m of ctx.db.query("messages").withIndex("by_conversation", (q) => q.eq("conversationId", convo._id))) {
        const { h, size } = hashDocument(m);
        budget.add(size);
        fnv.update(`${m._id}:${h}\n`);
        count++;
        if (overBudget()) {
          partial = true;
          if (first) tooLarge.push(convo._id);
          break outer;
        }
      }
      for await (const row of ctx.db
        .query("desktopMessageVersions")
        .withIndex("by_conversation", (q) => q.eq("conversationId", convo._id))) {
        const { h, size } = hashDocument(row);
        budget.add(size);
        fnv.update(`v:${row._id}:${h}\n`);
        versions++;
        if (overBudget()) {
          partial = true;
          if (first) tooLarge.push(convo._id);
          break outer;
        }
      }
      out.push({ conversationId: convo._id, count, versions, h: count + versions === 0 ? EMPTY_DIGEST : fnv.hex() });
    }
    return { digests: out, partial, ...(tooLarge.length ? { tooLarge } : {}) };
  },
});

/** The ids and hashes of a conversation's messages (and, on the first page, its earlier versions). */
export const messageIndex = query({
  args: { conversationId: v.string(), after: v.optional(v.number()) },
  handler: async (ctx, args) => {
    const userId = await requireUser(ctx);
    const convo = await ownedConversation(ctx, userId, args.conversationId);
    if (!convo) fail("not_found", "No such conversation.");
    const budget = new ReadBudget(LIMITS.indexBytes, LIMITS.indexDocuments);
    const versions: { _id: string; h: string }[] = [];
    if (args.after === undefined) {
      const rows = await ctx.db
        .query("desktopMessageVersions")
        .withIndex("by_conversation", (q) => q.eq("conversationId", convo._id))
        .take(LIMITS.versionsDocuments);
      for (const row of rows) {
        const { h, size } = hashDocument(row);
        budget.add(size);
        versions.push({ _id: row._id, h });
      }
    }
    const after = args.after;
    const messages: { _id: string; _creationTime: number; h: string }[] = [];
    let next: number | undefined;
    for await (const m of ctx.db
      .query("messages")
      .withIndex("by_conversation", (q) =>
        after === undefined ? q.eq("conversationId", convo._id) : q.eq("conversationId", convo._id).gt("_creationTime", after),
      )) {
      if (budget.exhausted) {
        next = m._creationTime;
        break;
      }
      const { h, size } = hashDocument(m);
      budget.add(size);
      messages.push({ _id: m._id, _creationTime: m._creationTime, h });
    }
    return { messages: cutAtCreationTime(messages, next), versions, more: next !== undefined };
  },
});

/** A page of a conversation's messages in order, after `after` (_creationTime). */
export const messages = query({
  args: { conversationId: v.string(), after: v.optional(v.number()), limit: v.optional(v.number()) },
  handler: async (ctx, args) => {
    const userId = await requireUser(ctx);
    const convo = await ownedConversation(ctx, userId, args.conversationId);
    if (!convo) fail("not_found", "No such conversation.");
    const limit = Math.max(1, Math.min(LIMITS.messagesMax, Math.floor(args.limit ?? LIMITS.messagesDefault)));
    const budget = new ReadBudget(LIMITS.pageBytes, limit);
    const after = args.after;
    const page: WithHash<Doc<"messages">>[] = [];
    let next: number | undefined;
    for await (const m of ctx.db
      .query("messages")
      .withIndex("by_conversation", (q) =>
        after === undefined ? q.eq("conversationId", convo._id) : q.eq("conversationId", convo._id).gt("_creationTime", after),
      )) {
      if (budget.exhausted) {
        next = m._creationTime;
        break;
      }
      page.push(withHash(m, budget));
    }
    return { messages: cutAtCreationTime(page, next), more: next !== undefined };
  },
});

/** Message documents by id; missing and foreign ids are left out. */
export const messagesByIds = query({
  args: { ids: v.array(v.string()) },
  handler: async (ctx, args) => {
    const userId = await requireUser(ctx);
    checkCount("ids", args.ids, LIMITS.idsPerCall);
    const conversations = new Map<string, Doc<"conversations"> | null>();
    const out: WithHash<Doc<"messages">>[] = [];
    for (const id of new Set(args.ids)) {
      const message = await ownedMessage(ctx, userId, id, conversations);
      if (message) out.push(withHash(message));
    }
    return out;
  },
});

/** The earlier versions (superseded messages) of a conversation, oldest first. */
export const versions = query({
  args: { conversationId: v.string() },
  handler: async (ctx, args) => {
    const userId = await requireUser(ctx);
    const convo = await ownedConversation(ctx, userId, args.conversationId);
    if (!convo) fail("not_found", "No such conversation.");
    const budget = new ReadBudget(LIMITS.versionsBytes, LIMITS.versionsDocuments);
    const out: WithHash<Doc<"desktopMessageVersions">>[] = [];
    for await (const row of ctx.db
      .query("desktopMessageVersions")
      .withIndex("by_conversation", (q) => q.eq("conversationId", convo._id))) {
      if (budget.exhausted) break;
      out.push(withHash(row, budget));
    }
    return out;
  },
});

/** Applies the desktop's ops in order, each idempotent (see push.ts). */
export const push = mutation({
  args: { ops: v.array(v.any()) },
  handler: async (ctx, args) => runPush(ctx, await requireUser(ctx), args.ops),
});
