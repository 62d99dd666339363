// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The sync contract the desktop relies on: idempotent writes by client id, per-field
// last-writer-wins, append-only messages, tombstones, and exact paging of sync:pull.
import { afterEach, describe, expect, test, vi } from "vitest";
import { api } from "../../convex/_generated/api";
import { expectCode, newBackend } from "./setup";

const msg = (conversationClientId: string, content: string, status = "complete", createdAt = 1000) => ({
  conversationClientId,
  role: "assistant" as const,
  content,
  status,
  createdAt,
});

async function countRows(t: any, table: string) {
  return await t.run(async (ctx: any) => (await ctx.db.query(table).collect()).length);
}

describe("idempotent upserts", () => {
  test("the same clientId twice is one row, for every table", async () => {
    const { t, alice } = newBackend();
    for (let i = 0; i < 2; i++) {
      await alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: 10, fields: { name: "H", model: "m" } });
      await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 10, fields: { title: "C" } });
      await alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 10, fields: msg("c", "hi") });
      await alice.mutation(api.mcpServers.upsert, {
        clientId: "s",
        updatedAt: 10,
        fields: { name: "S", transport: "http", url: "https://s.example/mcp" },
      });
      await alice.mutation(api.userSettings.set, { autoSwitchHarness: false, updatedAt: 10 });
    }
    for (const table of ["harnesses", "conversations", "messages", "mcpServers", "userSettings"]) {
      expect(await countRows(t, table), table).toBe(1);
    }
  });

  test("a retried upsert reports unchanged and does not move the row's change stamp", async () => {
    const { alice } = newBackend();
    const first = await alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: 10, fields: { name: "H", model: "m" } });
    const again = await alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: 10, fields: { name: "H", model: "m" } });
    expect(first.result).toBe("inserted");
    expect(again).toMatchObject({ result: "unchanged", id: first.id, updatedAt: first.updatedAt });
  });

  test("a whole push batch replayed changes nothing the second time", async () => {
    const { t, alice } = newBackend();
    const ops = [
      { table: "harnesses", op: "upsert", clientId: "h", updatedAt: 10, fields: { name: "H", model: "m", status: "started" } },
      { table: "conversations", op: "upsert", clientId: "c", updatedAt: 10, fields: { title: "C", lastHarnessClientId: "h" } },
      { table: "messages", op: "upsert", clientId: "m1", updatedAt: 10, fields: { ...msg("c", "q", "complete", 100), role: "user" } },
      { table: "messages", op: "upsert", clientId: "m2", updatedAt: 11, fields: msg("c", "a", "complete", 200) },
      { table: "userSettings", op: "upsert", updatedAt: 10, fields: { autoSwitchHarness: false } },
    ];
    const r1 = await alice.mutation(api.sync.push, { ops });
    expect(r1.results.map((r: any) => r.result)).toEqual(["inserted", "inserted", "inserted", "inserted", "inserted"]);
    const snapshot = await alice.query(api.sync.pull, {});
    const r2 = await alice.mutation(api.sync.push, { ops });
    expect(r2.results.map((r: any) => r.result)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(await alice.query(api.sync.pull, {})).toEqual(snapshot);
    expect(await countRows(t, "messages")).toBe(2);
    const c = snapshot.conversations[0];
    expect(c.lastHarnessId).toBe(snapshot.harnesses[0]._id);
    expect(c.lastMessageAt).toBe(200);
  });

  test("a bad op in a batch is rejected on its own; the others apply", async () => {
    const { alice } = newBackend();
    const r = await alice.mutation(api.sync.push, {
      ops: [
        { table: "messages", op: "upsert", clientId: "orphan", updatedAt: 10, fields: msg("never-pushed", "x") },
        { table: "harnesses", op: "upsert", clientId: "h", updatedAt: 10, fields: { name: "no model" } },
        { table: "conversations", op: "upsert", clientId: "c", updatedAt: 10, fields: { title: "fine" } },
      ],
    });
    expect(r.results.map((x: any) => [x.result, x.error?.code])).toEqual([
      ["rejected", "not_found"],
      ["rejected", "invalid_argument"],
      ["inserted", undefined],
    ]);
    const pulled = await alice.query(api.sync.pull, {});
    expect([pulled.harnesses.length, pulled.messages.length, pulled.conversations.length]).toEqual([0, 0, 1]);
  });

  test("a push carrying more than 8 MiB is refused as a whole, so the client splits it", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 1, fields: {} });
    const content = "z".repeat(900 * 1024);
    const ops = Array.from({ length: 10 }, (_, i) => ({
      table: "messages" as const,
      op: "upsert" as const,
      clientId: `m${i}`,
      updatedAt: 1,
      fields: msg("c", content, "complete", i),
    }));
    await expectCode(alice.mutation(api.sync.push, { ops }), "invalid_argument");
    const half = await alice.mutation(api.sync.push, { ops: ops.slice(0, 5) });
    expect(half.results.map((r: any) => r.result)).toEqual(["inserted", "inserted", "inserted", "inserted", "inserted"]);
  });

  test("a push larger than the batch limit is refused as a whole", async () => {
    const { alice } = newBackend();
    const ops = Array.from({ length: 501 }, (_, i) => ({
      table: "conversations",
      op: "upsert",
      clientId: `c${i}`,
      updatedAt: 1,
      fields: {},
    }));
    await expectCode(alice.mutation(api.sync.push, { ops }), "invalid_argument");
  });
});

describe("per-field last-writer-wins", () => {
  test("each field keeps its newest edit, whatever order the edits arrive in", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.harnesses.upsert, {
      clientId: "h",
      updatedAt: 100,
      fields: { name: "v0", model: "m0", status: "draft", systemPrompt: "p0" },
    });
    // Device A renamed at t=300; device B changed the model at t=200 and the name at t=200.
    await alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: 300, fields: { name: "A's name" } });
    const late = await alice.mutation(api.harnesses.upsert, {
      clientId: "h",
      updatedAt: 200,
      fields: { name: "B's name", model: "B's model" },
    });
    expect(late.result).toBe("updated");
    let h = await alice.query(api.harnesses.getByClient, { clientId: "h" });
    expect([h.name, h.model, h.status, h.systemPrompt]).toEqual(["A's name", "B's model", "draft", "p0"]);
    expect(h.fieldUpdatedAt).toMatchObject({ name: 300, model: 200, status: 100, systemPrompt: 100 });

    // An older edit of every field loses entirely; clearing with a newer time wins.
    const stale = await alice.mutation(api.harnesses.upsert, {
      clientId: "h",
      updatedAt: 99,
      fields: { name: "old", model: "old", systemPrompt: "old" },
    });
    expect(stale.result).toBe("unchanged");
    // A field edited later than its last edit wins even when the edit is older than others.
    const mixed = await alice.mutation(api.harnesses.upsert, {
      clientId: "h",
      updatedAt: 150,
      fields: { name: "old", systemPrompt: "p150" },
    });
    expect(mixed.result).toBe("updated");
    await alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: 400, fields: { systemPrompt: null } });
    h = await alice.query(api.harnesses.getByClient, { clientId: "h" });
    expect([h.name, h.model, h.systemPrompt]).toEqual(["A's name", "B's model", undefined]);
    expect(h.fieldUpdatedAt).toMatchObject({ name: 300, model: 200, systemPrompt: 400 });
  });

  test("conversations: title by LWW, lastMessageAt only forward, harness resolved to the caller's own", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.harnesses.upsert, { clientId: "h1", updatedAt: 1, fields: { name: "H1", model: "m" } });
    await alice.mutation(api.conversations.upsert, {
      clientId: "c",
      updatedAt: 100,
      fields: { title: "new", lastMessageAt: 500, lastHarnessClientId: "h1" },
    });
    await alice.mutation(api.conversations.upsert, {
      clientId: "c",
      updatedAt: 50,
      fields: { title: "older title", lastMessageAt: 400 },
    });
    let c = await alice.query(api.conversations.getByClient, { clientId: "c" });
    expect([c.title, c.lastMessageAt, c.lastHarnessClientId]).toEqual(["new", 500, "h1"]);
    const h1 = await alice.query(api.harnesses.getByClient, { clientId: "h1" });
    expect(c.lastHarnessId).toBe(h1._id);
    await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 60, fields: { lastMessageAt: 900 } });
    c = await alice.query(api.conversations.getByClient, { clientId: "c" });
    expect(c.lastMessageAt).toBe(900);
  });
});

describe("clock skew", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("an edit time far in the future is clamped, so a fast clock does not win forever", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const now = Date.UTC(2026, 0, 1);
    vi.setSystemTime(now);
    const { alice } = newBackend();
    await alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: now, fields: { name: "v1", model: "m" } });
    // A device whose clock is a year ahead.
    await alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: now + 365 * 864e5, fields: { name: "fast clock" } });
    let h: any = await alice.query(api.harnesses.getByClient, { clientId: "h" });
    expect(h.name).toBe("fast clock");
    expect(h.fieldUpdatedAt.name).toBe(now + 10 * 60 * 1000);
    // Half an hour later an honest device's edit wins again.
    vi.setSystemTime(now + 30 * 60 * 1000);
    await alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: now + 30 * 60 * 1000, fields: { name: "honest" } });
    h = await alice.query(api.harnesses.getByClient, { clientId: "h" });
    expect(h.name).toBe("honest");
  });
});

describe("append-only messages", () => {
  test("a streaming message grows and completes, then never changes", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 1, fields: { title: "t" } });
    await alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 10, fields: msg("c", "Hel", "streaming") });
    await alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 20, fields: msg("c", "Hello wor", "streaming") });
    // A delayed older flush does not roll the text back.
    const older = await alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 15, fields: msg("c", "Hell", "streaming") });
    expect(older.result).toBe("unchanged");
    const done = await alice.mutation(api.messages.upsert, {
      clientId: "m",
      updatedAt: 30,
      fields: { ...msg("c", "Hello world", "complete"), usage: { totalTokens: 12 } },
    });
    expect(done.result).toBe("updated");
    const after = await alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 40, fields: msg("c", "rewritten", "complete") });
    expect(after.result).toBe("unchanged");
    const m = await alice.query(api.messages.getByClient, { clientId: "m" });
    expect([m.content, m.status, m.usage]).toEqual(["Hello world", "complete", { totalTokens: 12 }]);
  });

  test("an interrupted answer keeps its partial text and is final", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 1, fields: {} });
    await alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 10, fields: msg("c", "partial ans", "interrupted") });
    await alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 20, fields: msg("c", "other", "complete") });
    const m = await alice.query(api.messages.getByClient, { clientId: "m" });
    expect([m.content, m.status]).toEqual(["partial ans", "interrupted"]);
  });

  test("a message cannot move to another conversation or change role", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.conversations.upsert, { clientId: "c1", updatedAt: 1, fields: {} });
    await alice.mutation(api.conversations.upsert, { clientId: "c2", updatedAt: 1, fields: {} });
    await alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 10, fields: msg("c1", "x", "streaming") });
    await expectCode(alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 20, fields: msg("c2", "x") }), "conflict");
    await expectCode(
      alice.mutation(api.messages.upsert, { clientId: "m", updatedAt: 20, fields: { ...msg("c1", "x"), role: "user" } }),
      "conflict",
    );
  });
});

describe("edit and resend: earlier versions (supersededBy)", () => {
  async function conversationWithAnswer(alice: any) {
    await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 1, fields: { title: "t" } });
    await alice.mutation(api.messages.upsert, { clientId: "q", updatedAt: 10, fields: { ...msg("c", "old question", "complete", 100), role: "user" } });
    await alice.mutation(api.messages.upsert, { clientId: "a", updatedAt: 11, fields: msg("c", "old answer", "complete", 200) });
  }

  test("a stored final message can be marked superseded; pull carries the mark, its content stays", async () => {
    const { alice } = newBackend();
    await conversationWithAnswer(alice);
    const before = await alice.query(api.sync.pull, {});
    const r = await alice.mutation(api.sync.push, {
      ops: [
        { table: "messages", op: "upsert", clientId: "q2", updatedAt: 30, fields: { ...msg("c", "new question", "complete", 300), role: "user" } },
        { table: "messages", op: "supersede", clientId: "q", updatedAt: 30, supersededBy: "q2" },
        { table: "messages", op: "supersede", clientId: "a", updatedAt: 30, supersededBy: "q2" },
      ],
    });
    expect(r.results.map((x: any) => x.result)).toEqual(["inserted", "updated", "updated"]);
    const changed = await alice.query(api.sync.pull, { cursor: before.cursor });
    const byId = Object.fromEntries(changed.messages.map((m: any) => [m.clientId, m]));
    expect(Object.keys(byId).sort()).toEqual(["a", "q", "q2"]);
    expect([byId.q.supersededBy, byId.q.supersededAt, byId.q.content]).toEqual(["q2", 30, "old question"]);
    expect([byId.a.supersededBy, byId.a.content, byId.a.status]).toEqual(["q2", "old answer", "complete"]);
    expect(byId.q2.supersededBy).toBeUndefined();
    // The web app's lists show the conversation as it is now; earlier versions on request.
    const conversationId = byId.q2.conversationId;
    expect((await alice.query(api.messages.list, { conversationId })).map((m: any) => m.clientId)).toEqual(["q2"]);
    expect(
      (await alice.query(api.messages.list, { conversationId, includeEarlierVersions: true })).map((m: any) => m.clientId),
    ).toEqual(["q", "a", "q2"]);
    const page = await alice.query(api.messages.page, { conversationId, paginationOpts: { numItems: 10, cursor: null } });
    expect(page.page.map((m: any) => m.clientId)).toEqual(["q2"]);
    // A retry changes nothing and does not move the change stamp.
    const again = await alice.mutation(api.messages.supersede, { clientId: "q", updatedAt: 30, supersededBy: "q2" });
    expect(again).toMatchObject({ result: "unchanged", updatedAt: byId.q.updatedAt });
  });

  test("the branch mark is last-writer-wins on its own clock, whatever order edits arrive in", async () => {
    const { alice } = newBackend();
    await conversationWithAnswer(alice);
    expect((await alice.mutation(api.messages.supersede, { clientId: "a", updatedAt: 50, supersededBy: "q3" })).result).toBe("updated");
    // An older edit (another device that superseded it earlier, pushed late) loses.
    expect((await alice.mutation(api.messages.supersede, { clientId: "a", updatedAt: 40, supersededBy: "q2" })).result).toBe("unchanged");
    expect((await alice.query(api.messages.getByClient, { clientId: "a" })).supersededBy).toBe("q3");
    // A newer edit may make it current again (null clears the mark).
    expect((await alice.mutation(api.messages.supersede, { clientId: "a", updatedAt: 60, supersededBy: null })).result).toBe("updated");
    const a = await alice.query(api.messages.getByClient, { clientId: "a" });
    expect([a.supersededBy, a.supersededAt]).toEqual([undefined, 60]);
    // The mark's clock is separate from the append-only content: a full upsert of the final
    // message with a newer mark moves only the mark.
    const r = await alice.mutation(api.messages.upsert, {
      clientId: "a",
      updatedAt: 70,
      fields: { ...msg("c", "rewritten", "complete", 200), supersededBy: "q4" },
    });
    expect(r.result).toBe("updated");
    const after = await alice.query(api.messages.getByClient, { clientId: "a" });
    expect([after.content, after.supersededBy, after.supersededAt]).toEqual(["old answer", "q4", 70]);
  });

  test("a message superseded before its first push is inserted with the mark", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 1, fields: {} });
    const r = await alice.mutation(api.sync.push, {
      ops: [{ table: "messages", op: "upsert", clientId: "a", updatedAt: 20, fields: { ...msg("c", "x"), supersededBy: "q2" } }],
    });
    expect(r.results[0].result).toBe("inserted");
    const a = await alice.query(api.messages.getByClient, { clientId: "a" });
    expect([a.supersededBy, a.supersededAt, a.clientUpdatedAt]).toEqual(["q2", 20, 20]);
    // null on insert means "current": no mark stored.
    await alice.mutation(api.messages.upsert, { clientId: "b", updatedAt: 20, fields: { ...msg("c", "y"), supersededBy: null } });
    const b = await alice.query(api.messages.getByClient, { clientId: "b" });
    expect("supersededBy" in b || "supersededAt" in b).toBe(false);
  });

  test("bad marks are refused; unknown and deleted messages are reported, not created", async () => {
    const { alice } = newBackend();
    await conversationWithAnswer(alice);
    await expectCode(alice.mutation(api.messages.supersede, { clientId: "a", updatedAt: 30, supersededBy: "a" }), "invalid_argument");
    await expectCode(alice.mutation(api.messages.supersede, { clientId: "a", updatedAt: 30, supersededBy: "" }), "invalid_argument");
    await expectCode(
      alice.mutation(api.messages.supersede, { clientId: "a", updatedAt: 30, supersededBy: "x".repeat(201) }),
      "invalid_argument",
    );
    await expectCode(
      alice.mutation(api.messages.upsert, { clientId: "n", updatedAt: 30, fields: { ...msg("c", "z"), supersededBy: "n" } }),
      "invalid_argument",
    );
    // In a push, a bad mark is rejected on its own.
    const r = await alice.mutation(api.sync.push, {
      ops: [
        { table: "messages", op: "supersede", clientId: "a", updatedAt: 30, supersededBy: "a" },
        { table: "messages", op: "supersede", clientId: "never", updatedAt: 30, supersededBy: "q2" },
        { table: "messages", op: "supersede", clientId: "q", updatedAt: 30, supersededBy: "q2" },
      ],
    });
    expect(r.results.map((x: any) => [x.result, x.error?.code])).toEqual([
      ["rejected", "invalid_argument"],
      ["not_found", undefined],
      ["updated", undefined],
    ]);
    await alice.mutation(api.messages.removeByClient, { clientId: "a", deletedAt: 40 });
    expect((await alice.mutation(api.messages.supersede, { clientId: "a", updatedAt: 50, supersededBy: "q2" })).result).toBe("deleted");
    // The push validator refuses a mark of the wrong type outright.
    await expect(
      alice.mutation(api.sync.push, { ops: [{ table: "messages", op: "supersede", clientId: "q", updatedAt: 60, supersededBy: 5 }] } as any),
    ).rejects.toThrow();
  });
});

describe("tombstones and pull", () => {
  test("a deleted conversation reaches another device through pull, with its messages", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 1, fields: { title: "doomed" } });
    await alice.mutation(api.messages.upsert, { clientId: "m1", updatedAt: 2, fields: msg("c", "one") });
    await alice.mutation(api.messages.upsert, { clientId: "m2", updatedAt: 3, fields: msg("c", "two") });
    // Device B is up to date here.
    const b0 = await alice.query(api.sync.pull, {});
    expect(b0.messages).toHaveLength(2);
    // Device A deletes.
    const del = await alice.mutation(api.conversations.removeByClient, { clientId: "c", deletedAt: 50 });
    expect(del.result).toBe("deleted");
    const b1 = await alice.query(api.sync.pull, { cursor: b0.cursor });
    expect(b1.conversations.map((c: any) => [c.clientId, c.deletedAt])).toEqual([["c", 50]]);
    expect(b1.messages.map((m: any) => [m.clientId, m.deletedAt, m.content]).sort()).toEqual([
      ["m1", 50, ""],
      ["m2", 50, ""],
    ]);
    expect(b1.cursor).toBeGreaterThan(b0.cursor);
    // Nothing more since.
    const b2 = await alice.query(api.sync.pull, { cursor: b1.cursor });
    expect([b2.conversations, b2.messages, b2.cursor, b2.hasMore]).toEqual([[], [], b1.cursor, false]);
    // A late edit or message from an offline device does not resurrect it.
    const late = await alice.mutation(api.conversations.upsert, { clientId: "c", updatedAt: 999, fields: { title: "back?" } });
    expect(late.result).toBe("deleted");
    const lateMsg = await alice.mutation(api.messages.upsert, { clientId: "m3", updatedAt: 999, fields: msg("c", "three") });
    expect(lateMsg.result).toBe("deleted");
    expect(await alice.query(api.conversations.list, {})).toEqual([]);
    const b3 = await alice.query(api.sync.pull, { cursor: b1.cursor });
    expect([b3.conversations, b3.messages]).toEqual([[], []]);
    // Deleting again is a no-op; deleting what the server never had is reported.
    expect((await alice.mutation(api.conversations.removeByClient, { clientId: "c", deletedAt: 60 })).result).toBe("unchanged");
    expect((await alice.mutation(api.harnesses.removeByClient, { clientId: "nope", deletedAt: 60 })).result).toBe("not_found");
  });

  test("pull pages through every change exactly once, in change order, across tables", async () => {
    const { alice } = newBackend();
    const written: string[] = [];
    for (let i = 0; i < 7; i++) {
      await alice.mutation(api.harnesses.upsert, { clientId: `h${i}`, updatedAt: 1, fields: { name: `H${i}`, model: "m" } });
      written.push(`harnesses/h${i}`);
      await alice.mutation(api.conversations.upsert, { clientId: `c${i}`, updatedAt: 1, fields: { title: `C${i}`, lastMessageAt: 1 } });
      written.push(`conversations/c${i}`);
      for (let j = 0; j < 3; j++) {
        await alice.mutation(api.messages.upsert, { clientId: `m${i}.${j}`, updatedAt: 1, fields: msg(`c${i}`, `${j}`, "complete", 0) });
        written.push(`messages/m${i}.${j}`);
      }
    }
    await alice.mutation(api.userSettings.set, { autoSwitchHarness: false, updatedAt: 1 });
    written.push("userSettings/settings");

    const seen: string[] = [];
    let cursor: number | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await alice.query(api.sync.pull, { cursor, limit: 4 });
      pages++;
      const rows = ["harnesses", "conversations", "messages", "mcpServers", "userSettings"].flatMap((table) =>
        page[table].map((r: any) => ({ key: `${table}/${r.clientId}`, at: r.updatedAt })),
      );
      expect(rows.length).toBeLessThanOrEqual(4);
      rows.sort((a, b) => a.at - b.at);
      for (const r of rows) expect(r.at).toBeGreaterThan(cursor ?? 0);
      seen.push(...rows.map((r) => r.key));
      cursor = page.cursor;
      if (!page.hasMore) break;
      expect(rows).toHaveLength(4);
    }
    expect(seen).toEqual(written);
    expect(pages).toBe(Math.ceil(written.length / 4));

    // Changes after the last cursor show up on the next pull, and only they.
    await alice.mutation(api.harnesses.upsert, { clientId: "h3", updatedAt: 2, fields: { name: "renamed" } });
    const next: any = await alice.query(api.sync.pull, { cursor });
    expect(next.harnesses.map((h: any) => h.name)).toEqual(["renamed"]);
    expect(next.messages).toEqual([]);
  });

  test("deleting a huge conversation tombstones its messages in bounded steps", async () => {
    const { t, alice } = newBackend();
    await alice.mutation(api.conversations.upsert, { clientId: "huge", updatedAt: 1, fields: { title: "huge" } });
    await alice.mutation(api.messages.upsert, { clientId: "first", updatedAt: 1, fields: msg("huge", "hello", "complete", 0) });
    const first: any = await alice.query(api.messages.getByClient, { clientId: "first" });
    // 2,500 more messages, written directly (pushing them one by one is slow in convex-test).
    await t.run(async (ctx: any) => {
      for (let i = 0; i < 2500; i++) {
        const { _id, _creationTime, ...row } = first;
        await ctx.db.insert("messages", { ...row, clientId: `h${i}`, updatedAt: first.updatedAt + 1000 + i, createdAt: i + 1 });
      }
    });
    const liveCount = () =>
      t.run(async (ctx: any) => (await ctx.db.query("messages").collect()).filter((m: any) => m.deletedAt === undefined).length);
    expect(await liveCount()).toBe(2501);
    expect((await alice.mutation(api.conversations.removeByClient, { clientId: "huge", deletedAt: 9 })).result).toBe("deleted");
    expect(await liveCount()).toBe(501);
    expect((await alice.mutation(api.conversations.removeByClient, { clientId: "huge", deletedAt: 10 })).result).toBe("unchanged");
    expect(await liveCount()).toBe(0);
    const conv: any = await alice.query(api.conversations.getByClient, { clientId: "huge" });
    expect(conv.deletedAt).toBe(9);
  });

  test("pages of big messages stay within Convex's read limits (paged by bytes too)", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.conversations.upsert, { clientId: "big", updatedAt: 1, fields: { title: "big" } });
    const content = "y".repeat(900 * 1024);
    for (let i = 0; i < 20; i++) {
      await alice.mutation(api.messages.upsert, { clientId: `b${i}`, updatedAt: 1, fields: msg("big", content, "complete", i) });
    }
    // 18 MB of messages: one page with limit 1000 would read more than the 16 MiB a function may.
    let cursor: number | null = null;
    const got: string[] = [];
    let pages = 0;
    for (;;) {
      const page: any = await alice.query(api.sync.pull, { cursor, limit: 1000 });
      pages++;
      expect(JSON.stringify(page).length).toBeLessThan(6 * 1024 * 1024);
      got.push(...page.messages.map((m: any) => m.clientId));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(got).toEqual(Array.from({ length: 20 }, (_, i) => `b${i}`));
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  test("change stamps are unique and increasing even within one millisecond", async () => {
    const { alice } = newBackend();
    const r = await alice.mutation(api.sync.push, {
      ops: Array.from({ length: 50 }, (_, i) => ({
        table: "conversations",
        op: "upsert",
        clientId: `c${i}`,
        updatedAt: 1,
        fields: {},
      })),
    });
    const stamps = r.results.map((x: any) => x.updatedAt);
    expect(new Set(stamps).size).toBe(50);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });
});

describe("two desktops of one user converge", () => {
  test("offline edits from both devices merge per field and both pull the same state", async () => {
    const { alice } = newBackend();
    // Desktop 1 creates, desktop 2 pulls it.
    await alice.mutation(api.sync.push, {
      ops: [
        { table: "harnesses", op: "upsert", clientId: "h", updatedAt: 100, fields: { name: "Base", model: "m1", skills: [] } },
        { table: "conversations", op: "upsert", clientId: "c", updatedAt: 100, fields: { title: "Chat" } },
      ],
    });
    const d2 = await alice.query(api.sync.pull, {});
    // Both go offline and edit different and overlapping fields, then push (d2 first).
    await alice.mutation(api.sync.push, {
      ops: [
        { table: "harnesses", op: "upsert", clientId: "h", updatedAt: 250, fields: { model: "m2", name: "D2 name" } },
        { table: "messages", op: "upsert", clientId: "d2m", updatedAt: 250, fields: { ...msg("c", "from d2", "complete", 250), role: "user" } },
      ],
    });
    await alice.mutation(api.sync.push, {
      ops: [
        { table: "harnesses", op: "upsert", clientId: "h", updatedAt: 300, fields: { name: "D1 name", skills: ["s"] } },
        { table: "messages", op: "upsert", clientId: "d1m", updatedAt: 200, fields: { ...msg("c", "from d1", "complete", 200), role: "user" } },
      ],
    });
    const full = await alice.query(api.sync.pull, {});
    const incremental = await alice.query(api.sync.pull, { cursor: d2.cursor });
    expect(full.harnesses[0]).toMatchObject({ name: "D1 name", model: "m2", skills: ["s"] });
    expect(incremental.harnesses[0]).toEqual(full.harnesses[0]);
    expect((await alice.query(api.messages.list, { conversationId: full.conversations[0]._id })).map((m: any) => m.content)).toEqual([
      "from d1",
      "from d2",
    ]);
    expect(full.conversations[0].lastMessageAt).toBe(250);
  });
});
