// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Every public desktop function refuses a caller without identity and shows a second user
// nothing of the first one's rows (and changes none of them). A coverage test fails when a
// function is added without its cases here.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CONVEX_DIR } from "./modules";
import { baseHarness, expectCode, m, newBackend, q } from "./setup";

type Backend = ReturnType<typeof newBackend>;
type Seed = { harnessId: string; conversationId: string; messageId: string; versionMessageId: string };

async function seed({ alice }: Backend): Promise<Seed> {
  const harnessId = await alice.mutation(m("harnesses:create"), baseHarness());
  const conversationId = await alice.mutation(m("conversations:create"), { title: "Alice's", harnessId });
  const messageId = await alice.mutation(m("messages:send"), { conversationId, role: "user", content: "secret" });
  const versionMessageId = await alice.mutation(m("messages:send"), { conversationId, role: "user", content: "old" });
  const replacement = await alice.mutation(m("messages:send"), { conversationId, role: "user", content: "new" });
  await alice.mutation(m("desktop/sync:push"), {
    ops: [{ table: "messages", op: "supersede", clientId: "v", id: versionMessageId, supersededBy: replacement, supersededAt: 1 }],
  });
  return { harnessId, conversationId, messageId, versionMessageId };
}

/** Per function: its args, and what the second user must see. */
const cases: Record<string, { kind: "query" | "mutation"; args: (s: Seed) => any; asBob: (b: Backend, s: Seed, r: any) => Promise<void> | void }> = {
  state: {
    kind: "query",
    args: () => ({}),
    asBob: (_b, _s, r) => {
      expect(r).toMatchObject({ userId: "user_bob", harnesses: [], userSettings: null, defaultWorkspaceId: null, conversations: [], more: false });
    },
  },
  conversationIndex: {
    kind: "query",
    args: () => ({ after: 0 }),
    asBob: (_b, _s, r) => expect(r).toEqual({ conversations: [], more: false }),
  },
  conversations: {
    kind: "query",
    args: (s) => ({ ids: [s.conversationId] }),
    asBob: (_b, _s, r) => expect(r).toEqual([]),
  },
  digests: {
    kind: "query",
    args: (s) => ({ conversationIds: [s.conversationId] }),
    asBob: (_b, _s, r) => expect(r).toEqual({ digests: [], partial: false }),
  },
  messageIndex: { kind: "query", args: (s) => ({ conversationId: s.conversationId }), asBob: () => {} },
  messages: { kind: "query", args: (s) => ({ conversationId: s.conversationId }), asBob: () => {} },
  messagesByIds: {
    kind: "query",
    args: (s) => ({ ids: [s.messageId, s.versionMessageId] }),
    asBob: (_b, _s, r) => expect(r).toEqual([]),
  },
  versions: { kind: "query", args: (s) => ({ conversationId: s.conversationId }), asBob: () => {} },
  push: {
    kind: "mutation",
    args: (s) => ({
      ops: [
        { table: "harnesses", op: "upsert", clientId: "h", id: s.harnessId, fields: { name: "Bob was here" } },
        { table: "conversations", op: "upsert", clientId: "c", id: s.conversationId, fields: { title: "Bob was here", pinnedAt: 5 } },
        { table: "messages", op: "insert", clientId: "m", conversationId: s.conversationId, fields: { role: "user", content: "from bob" } },
        { table: "messages", op: "supersede", clientId: "s", id: s.messageId, supersededBy: s.messageId, supersededAt: 2 },
        { table: "messages", op: "delete", clientId: "d", id: s.messageId },
        { table: "messages", op: "delete", clientId: "dv", id: s.versionMessageId },
        { table: "conversations", op: "delete", clientId: "c2", id: s.conversationId },
        { table: "harnesses", op: "delete", clientId: "h2", id: s.harnessId },
      ],
    }),
    asBob: (_b, _s, r) => {
      expect(r.results.map((x: any) => x.result)).toEqual(["deleted", "deleted", "deleted", "not_found", "not_found", "not_found", "not_found", "not_found"]);
    },
  },
};

/** The single-conversation reads answer not_found for another user's conversation. */
const notFoundForBob = new Set(["messageIndex", "messages", "versions"]);

test("every public desktop/sync function has an authorization case", async () => {
  const mod = await import(/* @vite-ignore */ join(CONVEX_DIR, "desktop/sync.ts"));
  const publicFunctions = Object.entries(mod)
    .filter(([, f]: [string, any]) => f && f.isPublic && (f.isQuery || f.isMutation || f.isAction))
    .map(([name]) => name)
    .sort();
  expect(publicFunctions).toEqual(Object.keys(cases).sort());
  for (const [name, f] of Object.entries(mod) as [string, any][]) {
    if (f?.isRegistered || f?.isQuery || f?.isMutation) expect(cases[name]?.kind, name).toBe(f.isQuery ? "query" : "mutation");
  }
});

describe.each(Object.entries(cases))("desktop/sync:%s", (name, c) => {
  test("refuses a caller without identity", async () => {
    const b = newBackend();
    const s = await seed(b);
    const ref = c.kind === "query" ? q(`desktop/sync:${name}`) : m(`desktop/sync:${name}`);
    await expectCode((b.t as any)[c.kind](ref, c.args(s)), "unauthenticated");
  });

  test("shows and changes nothing of another user's rows", async () => {
    const b = newBackend();
    const s = await seed(b);
    const before = await b.alice.query(q("desktop/sync:state"), {});
    const beforeDigests = await b.alice.query(q("desktop/sync:digests"), { conversationIds: [s.conversationId] });
    const ref = c.kind === "query" ? q(`desktop/sync:${name}`) : m(`desktop/sync:${name}`);
    if (notFoundForBob.has(name)) {
      await expectCode((b.bob as any)[c.kind](ref, c.args(s)), "not_found");
    } else {
      await c.asBob(b, s, await (b.bob as any)[c.kind](ref, c.args(s)));
    }
    // Alice's rows are exactly as they were.
    expect(await b.alice.query(q("desktop/sync:state"), {})).toEqual(before);
    expect(await b.alice.query(q("desktop/sync:digests"), { conversationIds: [s.conversationId] })).toEqual(beforeDigests);
    expect(await b.alice.query(q("messages:list"), { conversationId: s.conversationId })).toHaveLength(2);
  });
});
