// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The desktop's reads stay inside Convex's per-function limits (enforced here as on a
// deployment): digests stop at their budget and say partial, a conversation too large for one
// digest is named, and every list pages with `more` and `after`.
import { describe, expect, test } from "vitest";
import { m, newBackend, q } from "./setup";

type B = ReturnType<typeof newBackend>;

async function conversationWith(b: B, title: string, messages: number, contentBytes: number) {
  const { results } = await b.alice.mutation(m("desktop/sync:push"), { ops: [{ table: "conversations", op: "upsert", clientId: title, fields: { title } }] });
  const id = results[0].id;
  const content = "x".repeat(contentBytes);
  for (let first = 0; first < messages; first += 2000) {
    await b.t.run(async (ctx: any) => {
      for (let i = first; i < Math.min(messages, first + 2000); i++) {
        await ctx.db.insert("messages", { conversationId: id, userId: "user_alice", role: i % 2 ? "assistant" : "user", content });
      }
    });
  }
  return id as string;
}

describe("digests within the read budget", () => {
  test("past about 8,000 documents: partial, with the conversations it finished", async () => {
    const b = newBackend();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await conversationWith(b, `c${i}`, 3000, 10));
    const r = await b.alice.query(q("desktop/sync:digests"), { conversationIds: ids });
    expect(r.partial).toBe(true);
    expect(r.digests.map((d: any) => [d.conversationId, d.count])).toEqual([[ids[0], 3000], [ids[1], 3000]]);
    // The desktop splits the group: the rest in a query of its own is complete.
    const rest = await b.alice.query(q("desktop/sync:digests"), { conversationIds: [ids[2]] });
    expect(rest).toEqual({ digests: [{ conversationId: ids[2], count: 3000, versions: 0, h: expect.stringMatching(/^[0-9a-f]{16}$/) }], partial: false });
    // The same digests when each is asked alone.
    const alone = await b.alice.query(q("desktop/sync:digests"), { conversationIds: [ids[1]] });
    expect(alone.digests[0]).toEqual(r.digests[1]);
  }, 120000);

  test("a first conversation over the hard budget is named in tooLarge; messageIndex pages it", async () => {
    const b = newBackend();
    const id = await conversationWith(b, "huge", 14, 900_000);
    const r = await b.alice.query(q("desktop/sync:digests"), { conversationIds: [id] });
    expect(r).toEqual({ digests: [], partial: true, tooLarge: [id] });
    const seen: string[] = [];
    let after: number | undefined;
    let pages = 0;
    for (;;) {
      const page = await b.alice.query(q("desktop/sync:messageIndex"), { conversationId: id, ...(after !== undefined ? { after } : {}) });
      seen.push(...page.messages.map((x: any) => x._id));
      pages++;
      if (!page.more) break;
      after = page.messages.at(-1)._creationTime;
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(14);
  }, 120000);

  test("at most 100 conversations per digests call", async () => {
    const b = newBackend();
    await expect(b.alice.query(q("desktop/sync:digests"), { conversationIds: Array.from({ length: 101 }, (_, i) => `x${i}`) })).rejects.toThrow(/100/);
  });
});

describe("paging", () => {
  test("messages: pages of `limit`, at most about 4 MiB, continued by after", async () => {
    const b = newBackend();
    const id = await conversationWith(b, "c", 25, 10);
    const small = await b.alice.query(q("desktop/sync:messages"), { conversationId: id, limit: 10 });
    expect([small.messages.length, small.more]).toEqual([10, true]);
    const next = await b.alice.query(q("desktop/sync:messages"), { conversationId: id, limit: 10, after: small.messages.at(-1)._creationTime });
    expect(next.messages[0]._creationTime).toBeGreaterThan(small.messages.at(-1)._creationTime);
    const bigId = await conversationWith(b, "big", 10, 900_000);
    const big = await b.alice.query(q("desktop/sync:messages"), { conversationId: bigId });
    expect(big.more).toBe(true);
    expect(big.messages.length).toBeLessThan(10);
    expect(big.messages.length).toBeGreaterThan(0);
  }, 120000);

  test("state lists 8,000 conversations and says more; conversationIndex pages the rest", async () => {
    const b = newBackend();
    await b.t.run(async (ctx: any) => {
      for (let i = 0; i < 8005; i++) await ctx.db.insert("conversations", { title: `c${i}`, userId: "user_alice", lastMessageAt: i });
    });
    const s = await b.alice.query(q("desktop/sync:state"), {});
    expect([s.conversations.length, s.more]).toEqual([8000, true]);
    const rest = await b.alice.query(q("desktop/sync:conversationIndex"), { after: s.conversations.at(-1)._creationTime });
    expect([rest.conversations.length, rest.more]).toEqual([5, false]);
    const ids = new Set([...s.conversations, ...rest.conversations].map((c: any) => c._id));
    expect(ids.size).toBe(8005);
    const limited = await b.alice.query(q("desktop/sync:conversationIndex"), { after: 0, limit: 3 });
    expect([limited.conversations.length, limited.more]).toEqual([3, true]);
  }, 120000);
});

describe("page ends", () => {
  test("a page never ends inside a group of equal creation times (after would skip the rest)", async () => {
    const { join } = await import("node:path");
    const { CONVEX_DIR } = await import("./modules");
    const { cutAtCreationTime } = await import(/* @vite-ignore */ join(CONVEX_DIR, "desktop/limits.ts"));
    const rows = [1, 2, 3, 3].map((t) => ({ _creationTime: t }));
    expect(cutAtCreationTime(rows, 3).map((r: any) => r._creationTime)).toEqual([1, 2]);
    expect(cutAtCreationTime(rows, 4)).toEqual(rows);
    expect(cutAtCreationTime(rows, undefined)).toEqual(rows);
    const same = [5, 5].map((t) => ({ _creationTime: t }));
    expect(cutAtCreationTime(same, 5)).toEqual(same);
  });
});
