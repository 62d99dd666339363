// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// desktop/sync:push semantics: exactly once (the same push twice, a retry after a lost reply),
// unknown fields survive a desktop edit, `base` conflicts never overwrite a web edit, MCP servers
// merged by url keep their tokens, deletes and tombstones, supersede and earlier versions, and a
// bad op rejected alone.
import { describe, expect, test } from "vitest";
import { baseHarness, errorData, expectCode, m, newBackend, q } from "./setup";

type B = ReturnType<typeof newBackend>;
const push = async (b: B, ...ops: any[]) => (await b.alice.mutation(m("desktop/sync:push"), { ops })).results;
const count = (b: B, table: string) => b.t.run(async (ctx: any) => (await ctx.db.query(table).collect()).length);

describe("exactly once", () => {
  test("the same push twice writes once; the second answers unchanged with the same ids and hashes", async () => {
    const b = newBackend();
    const ops = [
      { table: "harnesses", op: "upsert", clientId: "h", fields: { name: "H", model: "m" } },
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t", lastHarnessClientId: "h" } },
      { table: "messages", op: "insert", clientId: "m1", conversationClientId: "c", fields: { role: "user", content: "once" } },
      { table: "userSettings", op: "upsert", fields: { autoSwitchHarness: false } },
    ];
    const first = await push(b, ...ops);
    expect(first.map((r: any) => r.result)).toEqual(["inserted", "inserted", "inserted", "inserted"]);
    const convo = await b.alice.query(q("conversations:get"), { id: first[1].id });
    const second = await push(b, ...ops);
    expect(second.map((r: any) => r.result)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(second.map((r: any) => [r.id, r.h])).toEqual([
      [first[0].id, first[0].h],
      // The message insert moved the conversation's lastMessageAt: its result says the new hash.
      [first[1].id, first[2].conversationH],
      [first[2].id, first[2].h],
      [first[3].id, first[3].h],
    ]);
    expect(first[2].conversationId).toBe(first[1].id);
    expect(await count(b, "harnesses")).toBe(1);
    expect(await count(b, "conversations")).toBe(1);
    expect(await count(b, "messages")).toBe(1);
    expect(await count(b, "userSettings")).toBe(1);
    expect(await count(b, "workspaces")).toBe(1);
    // A retried message insert does not move lastMessageAt again.
    expect(await b.alice.query(q("conversations:get"), { id: first[1].id })).toEqual(convo);
  });

  test("the hash a push returns is the one the queries show (no refetch needed)", async () => {
    const b = newBackend();
    const [c, msg] = await push(
      b,
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t" } },
      { table: "messages", op: "insert", clientId: "m", conversationClientId: "c", fields: { role: "user", content: "x" } },
    );
    const index = await b.alice.query(q("desktop/sync:messageIndex"), { conversationId: c.id });
    expect(index.messages).toEqual([{ _id: msg.id, _creationTime: expect.any(Number), h: msg.h }]);
    // The message moved lastMessageAt, so the conversation's hash is the one after the insert.
    const [doc] = await b.alice.query(q("desktop/sync:conversations"), { ids: [c.id] });
    const again = await push(b, { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t" } });
    expect(again[0]).toMatchObject({ result: "unchanged", h: doc.h });
  });
});

describe("desktop edits of web rows", () => {
  async function webHarness(b: B) {
    const id = await b.alice.mutation(m("harnesses:create"), {
      ...baseHarness({ mcpServers: [{ name: "Docs", url: "https://mcp.example.com/mcp", authType: "bearer", authToken: "tok-123" }] }),
      agent: "claude-code",
      reasoningEffort: "high",
      sandboxEnabled: true,
      sandboxConfig: { persistent: true, autoStart: false, defaultLanguage: "python", resourceTier: "basic" },
    });
    await b.alice.mutation(m("harnesses:update"), { id, suggestedPrompts: ["web prompt"] });
    return id;
  }

  test("fields the desktop does not know survive its edit untouched (agent, sandbox, tokens)", async () => {
    const b = newBackend();
    const id = await webHarness(b);
    const before = await b.alice.query(q("harnesses:get"), { id });
    const [r] = await push(b, { table: "harnesses", op: "upsert", clientId: "local", id, fields: { name: "Renamed on the desktop" } });
    expect(r.result).toBe("updated");
    const after = await b.alice.query(q("harnesses:get"), { id });
    expect(after).toEqual({ ...before, name: "Renamed on the desktop" });
  });

  test("MCP servers are merged by url: the web's entry keeps its authToken; new ones come without", async () => {
    const b = newBackend();
    const id = await webHarness(b);
    await push(b, {
      table: "harnesses",
      op: "upsert",
      clientId: "local",
      id,
      fields: {
        mcpServers: [
          { name: "Docs (renamed)", url: "https://mcp.example.com/mcp", authType: "bearer" },
          { name: "Search", url: "https://search.example.com/mcp", authType: "none" },
        ],
      },
    });
    expect((await b.alice.query(q("harnesses:get"), { id })).mcpServers).toEqual([
      { name: "Docs (renamed)", url: "https://mcp.example.com/mcp", authType: "bearer", authToken: "tok-123" },
      { name: "Search", url: "https://search.example.com/mcp", authType: "none" },
    ]);
    const [bad] = await push(b, {
      table: "harnesses",
      op: "upsert",
      clientId: "local",
      fields: { mcpServers: [{ name: "x", url: "https://x", authType: "bearer", authToken: "leak" }] },
    });
    expect(bad).toMatchObject({ result: "rejected", error: { code: "invalid_argument" } });
    expect(bad.error.message).toMatch(/never sends MCP tokens/);
  });

  test("base: a field someone else changed since the desktop pulled it is kept and named in conflicts", async () => {
    const b = newBackend();
    const id = await webHarness(b);
    const pulled = await b.alice.query(q("harnesses:get"), { id });
    await b.alice.mutation(m("harnesses:update"), { id, name: "Web rename", model: "gpt-5" });
    const [r] = await push(b, {
      table: "harnesses",
      op: "upsert",
      clientId: "local",
      id,
      fields: { name: "Desktop rename", systemPrompt: "new prompt", model: "claude-sonnet-4.6" },
      base: { name: pulled.name, systemPrompt: null, model: "gpt-5" },
    });
    expect(r.result).toBe("updated");
    expect(r.conflicts).toEqual(["name"]);
    expect(r.doc).toMatchObject({ name: "Web rename", systemPrompt: "new prompt", model: "claude-sonnet-4.6" });
    expect(await b.alice.query(q("harnesses:get"), { id })).toMatchObject({ name: "Web rename", systemPrompt: "new prompt" });
    // MCP base compares what the desktop sees (no tokens).
    const [mcp] = await push(b, {
      table: "harnesses",
      op: "upsert",
      clientId: "local",
      fields: { mcpServers: [] },
      base: { mcpServers: [{ name: "Docs", url: "https://mcp.example.com/mcp", authType: "bearer" }] },
    });
    expect(mcp).toMatchObject({ result: "updated" });
    expect(mcp.conflicts).toBeUndefined();
  });

  test("conversations: title conflicts with a web rename; lastMessageAt only moves forward; null clears pinnedAt", async () => {
    const b = newBackend();
    const harnessId = await b.alice.mutation(m("harnesses:create"), baseHarness());
    const id = await b.alice.mutation(m("conversations:create"), { title: "Original", harnessId });
    await b.alice.mutation(m("conversations:setPinned"), { id, pinned: true });
    await b.alice.mutation(m("conversations:updateTitle"), { id, title: "Web title" });
    const stored = await b.alice.query(q("conversations:get"), { id });
    const [r] = await push(b, {
      table: "conversations",
      op: "upsert",
      clientId: "lc",
      id,
      fields: { title: "Desktop title", lastMessageAt: 1, pinnedAt: null },
      base: { title: "Original", pinnedAt: stored.pinnedAt, lastMessageAt: 0 },
    });
    expect(r.conflicts).toEqual(["title"]);
    const after = await b.alice.query(q("conversations:get"), { id });
    expect(after).toMatchObject({ title: "Web title", lastMessageAt: stored.lastMessageAt, lastHarnessId: harnessId });
    expect(after.pinnedAt).toBeUndefined();
  });

  test("a harness that is not the caller's is never linked (the field stays, named in conflicts)", async () => {
    const b = newBackend();
    const bobs = await b.bob.mutation(m("harnesses:create"), baseHarness());
    const [r] = await push(b, { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t", lastHarnessId: bobs } });
    expect(r).toMatchObject({ result: "inserted", conflicts: ["lastHarnessId"] });
    expect((await b.alice.query(q("conversations:get"), { id: r.id })).lastHarnessId).toBeUndefined();
  });
});

describe("deletes", () => {
  test("a conversation goes with its messages and versions; a late upsert or insert for it creates nothing", async () => {
    const b = newBackend();
    const [c, m1, m2, m3] = await push(
      b,
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t" } },
      { table: "messages", op: "insert", clientId: "m1", conversationClientId: "c", fields: { role: "user", content: "a" } },
      { table: "messages", op: "insert", clientId: "m2", conversationClientId: "c", fields: { role: "assistant", content: "b" } },
      { table: "messages", op: "insert", clientId: "m3", conversationClientId: "c", fields: { role: "user", content: "a2" } },
    );
    await push(b, { table: "messages", op: "supersede", clientId: "m2", supersededBy: m3.id, supersededAt: 5 });
    expect(await count(b, "desktopMessageVersions")).toBe(1);
    const del = await push(b, { table: "conversations", op: "delete", clientId: "c" });
    expect(del[0]).toMatchObject({ result: "deleted", id: c.id });
    expect([await count(b, "conversations"), await count(b, "messages"), await count(b, "desktopMessageVersions")]).toEqual([0, 0, 0]);
    const late = await push(
      b,
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "resurrect?" } },
      { table: "messages", op: "insert", clientId: "m4", conversationClientId: "c", fields: { role: "user", content: "late" } },
      { table: "messages", op: "insert", clientId: "m5", conversationId: c.id, fields: { role: "user", content: "late" } },
      { table: "conversations", op: "delete", clientId: "c" },
      { table: "messages", op: "delete", clientId: "m1" },
    );
    expect(late.map((r: any) => r.result)).toEqual(["deleted", "deleted", "deleted", "not_found", "not_found"]);
    expect(await count(b, "conversations")).toBe(0);
    expect(m1.id).toBeDefined();
    expect(m2.id).toBeDefined();
  });

  test("a row the web deleted answers deleted to a desktop edit, and stays deleted", async () => {
    const b = newBackend();
    const [h, c] = await push(
      b,
      { table: "harnesses", op: "upsert", clientId: "h", fields: { name: "H", model: "m" } },
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t" } },
    );
    await b.alice.mutation(m("harnesses:remove"), { id: h.id });
    await b.alice.mutation(m("conversations:remove"), { id: c.id });
    const r = await push(
      b,
      { table: "harnesses", op: "upsert", clientId: "h", fields: { name: "edited offline" } },
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "edited offline" } },
      { table: "harnesses", op: "upsert", clientId: "h", fields: { name: "again" } },
    );
    expect(r.map((x: any) => x.result)).toEqual(["deleted", "deleted", "deleted"]);
    expect(await count(b, "harnesses")).toBe(0);
  });

  test("a harness delete removes its share grants, as harnesses:remove does", async () => {
    const b = newBackend();
    const [h] = await push(b, { table: "harnesses", op: "upsert", clientId: "h", fields: { name: "Shared", model: "m" } });
    await b.t.run(async (ctx: any) => {
      await ctx.db.insert("harnessShareGrants", { harnessId: h.id, ownerUserId: "user_alice", role: "viewer", publicToken: "t".repeat(43), createdAt: 1 });
    });
    await push(b, { table: "harnesses", op: "delete", clientId: "h" });
    expect(await count(b, "harnessShareGrants")).toBe(0);
  });

  test("a conversation too big for one push is emptied over several (more: true until done)", async () => {
    const b = newBackend();
    const [c] = await push(b, { table: "conversations", op: "upsert", clientId: "big", fields: { title: "big" } });
    await b.t.run(async (ctx: any) => {
      const convo = await ctx.db.get(c.id);
      for (let i = 0; i < 9000; i++) {
        await ctx.db.insert("messages", { conversationId: c.id, workspaceId: convo.workspaceId, userId: "user_alice", role: "user", content: `m${i}` });
      }
    });
    const first = await push(b, { table: "conversations", op: "delete", clientId: "big" });
    expect(first[0]).toMatchObject({ result: "updated", more: true });
    expect(await count(b, "conversations")).toBe(1);
    const second = await push(b, { table: "conversations", op: "delete", clientId: "big" });
    expect(second[0]).toMatchObject({ result: "deleted" });
    expect([await count(b, "conversations"), await count(b, "messages")]).toEqual([0, 0]);
  }, 120000);
});

describe("edit & resend: supersede", () => {
  test("superseded messages move to desktopMessageVersions with every field; the web shows the current branch", async () => {
    const b = newBackend();
    const [c, u1, a1] = await push(
      b,
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t" } },
      { table: "messages", op: "insert", clientId: "u1", conversationClientId: "c", fields: { role: "user", content: "first try" } },
      { table: "messages", op: "insert", clientId: "a1", conversationClientId: "c", fields: { role: "assistant", content: "answer 1", model: "gpt-5" } },
    );
    const digestBefore = (await b.alice.query(q("desktop/sync:digests"), { conversationIds: [c.id] })).digests[0];
    const r = await push(
      b,
      { table: "messages", op: "insert", clientId: "u2", conversationClientId: "c", fields: { role: "user", content: "second try" } },
      { table: "messages", op: "supersede", clientId: "u1", supersededByClientId: "u2", supersededAt: 100 },
      { table: "messages", op: "supersede", clientId: "a1", supersededByClientId: "u2", supersededAt: 100 },
    );
    expect(r.map((x: any) => x.result)).toEqual(["inserted", "updated", "updated"]);
    expect((await b.alice.query(q("messages:list"), { conversationId: c.id })).map((x: any) => x.content)).toEqual(["second try"]);
    const versions = await b.alice.query(q("desktop/sync:versions"), { conversationId: c.id });
    expect(versions.map((v: any) => [v.docId, v.supersededBy, v.position, v.h])).toEqual([
      [u1.id, r[0].id, 0, r[1].h],
      [a1.id, r[0].id, 0, r[2].h],
    ]);
    expect(versions.map((v: any) => v._id)).toEqual([r[1].versionId, r[2].versionId]);
    expect(versions[1].message).toMatchObject({ role: "assistant", content: "answer 1", model: "gpt-5", conversationId: c.id });
    // The digest covers the versions, and the desktop can compute it from what push returned.
    const index = await b.alice.query(q("desktop/sync:messageIndex"), { conversationId: c.id });
    expect(index.versions).toEqual([{ _id: r[1].versionId, h: r[1].h }, { _id: r[2].versionId, h: r[2].h }]);
    const digest = (await b.alice.query(q("desktop/sync:digests"), { conversationIds: [c.id] })).digests[0];
    expect(digest).toMatchObject({ count: 1, versions: 2 });
    expect(digest.h).not.toBe(digestBefore.h);
    // Retries are no-ops; deleting an earlier version deletes it.
    const again = await push(b, { table: "messages", op: "supersede", clientId: "u1", supersededByClientId: "u2", supersededAt: 100 });
    expect(again[0]).toMatchObject({ result: "unchanged", versionId: r[1].versionId });
    expect((await push(b, { table: "messages", op: "insert", clientId: "u1", conversationClientId: "c", fields: { role: "user", content: "first try" } }))[0].result).toBe("unchanged");
    expect((await push(b, { table: "messages", op: "delete", clientId: "a1" }))[0].result).toBe("deleted");
    expect(await b.alice.query(q("desktop/sync:versions"), { conversationId: c.id })).toHaveLength(1);
    expect((await push(b, { table: "messages", op: "supersede", clientId: "never", supersededBy: r[0].id, supersededAt: 1 }))[0].result).toBe("not_found");
  });
});

describe("bad ops", () => {
  test("each bad op is rejected with a clear message; the good ones around it apply", async () => {
    const b = newBackend();
    const r = await push(
      b,
      { table: "harnesses", op: "upsert", clientId: "ok1", fields: { name: "fine", model: "m" } },
      { table: "harnesses", op: "upsert", clientId: "nomodel", fields: { name: "no model" } },
      { table: "harnesses", op: "upsert", clientId: "long", fields: { name: "x", model: "m", systemPrompt: "p".repeat(4001) } },
      { table: "harnesses", op: "upsert", clientId: "unknown", fields: { name: "x", model: "m", sandbox: true } },
      { table: "messages", op: "insert", clientId: "huge", conversationClientId: "nowhere", fields: { role: "user", content: "x".repeat(16001) } },
      { table: "messages", op: "insert", clientId: "sys", conversationClientId: "nowhere", fields: { role: "system", content: "x" } },
      { table: "nope", op: "upsert", clientId: "x" },
      "not an op",
      { table: "conversations", op: "upsert", clientId: "ok2", fields: { title: "fine" } },
    );
    expect(r.map((x: any) => x.result)).toEqual(["inserted", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "inserted"]);
    expect(r.map((x: any) => x.error?.code)).toEqual([undefined, "invalid_argument", "too_large", "invalid_argument", "too_large", "invalid_argument", "invalid_argument", "invalid_argument", undefined]);
    expect(r[2].error.message).toMatch(/4000/);
    expect(r[3].error.message).toMatch(/sandbox/);
    expect(r[4].error.message).toMatch(/16000/);
    expect(await count(b, "harnesses")).toBe(1);
  });

  test("too many ops or bytes fail the whole push with too_large", async () => {
    const b = newBackend();
    const many = Array.from({ length: 201 }, (_, i) => ({ table: "conversations", op: "upsert", clientId: `c${i}`, fields: { title: "t" } }));
    const e = await expectCode(b.alice.mutation(m("desktop/sync:push"), { ops: many }), "too_large");
    expect(errorData(e).message).toMatch(/200/);
    const big = Array.from({ length: 5 }, (_, i) => ({ table: "messages", op: "insert", clientId: `m${i}`, conversationClientId: "c", fields: { role: "assistant", content: "x".repeat(900_000) } }));
    await expectCode(b.alice.mutation(m("desktop/sync:push"), { ops: big }), "too_large");
    expect(await count(b, "conversations")).toBe(0);
  });
});
