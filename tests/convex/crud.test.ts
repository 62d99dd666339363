// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The web-style CRUD the web app and desktop screens use.
import { describe, expect, test } from "vitest";
import { api } from "../../convex/_generated/api";
import { expectCode, newBackend } from "./setup";

describe("harnesses", () => {
  test("create, list, get, update, touch, remove", async () => {
    const { alice } = newBackend();
    const id = await alice.mutation(api.harnesses.create, {
      name: "Research",
      model: "anthropic/claude-sonnet-4",
      mcps: ["legacy-string-form", { name: "fs", url: "https://mcp.example.com/mcp", authType: "oauth" }],
      skills: ["web"],
      systemPrompt: "Be brief.",
    });
    const draft = await alice.mutation(api.harnesses.create, { name: "Draft", model: "openai/gpt-4o" });

    const h = await alice.query(api.harnesses.get, { id });
    expect(h).toMatchObject({ name: "Research", status: "draft", skills: ["web"], systemPrompt: "Be brief.", clientId: id });
    expect((await alice.query(api.harnesses.list, {})).map((x: any) => x._id)).toEqual([id, draft]);

    await alice.mutation(api.harnesses.update, { id, status: "started", systemPrompt: null, suggestedPrompts: ["Hi"] });
    const updated = await alice.query(api.harnesses.get, { id });
    expect(updated.status).toBe("started");
    expect(updated.systemPrompt).toBeUndefined();
    expect(updated.suggestedPrompts).toEqual(["Hi"]);
    expect(updated.name).toBe("Research");
    expect(updated.updatedAt).toBeGreaterThan(h.updatedAt);

    expect(updated.lastUsedAt).toBeUndefined();
    await alice.mutation(api.harnesses.touch, { id });
    expect((await alice.query(api.harnesses.get, { id })).lastUsedAt).toBeGreaterThan(0);

    await alice.mutation(api.harnesses.remove, { id });
    expect((await alice.query(api.harnesses.list, {})).map((x: any) => x._id)).toEqual([draft]);
    await expectCode(alice.query(api.harnesses.get, { id }), "not_found");
    await expectCode(alice.mutation(api.harnesses.update, { id, name: "zombie" }), "not_found");
    // The tombstone stays, so the delete reaches the other devices.
    expect((await alice.query(api.harnesses.getByClient, { clientId: id })).deletedAt).toBeGreaterThan(0);
  });

  test("creating with a clientId twice makes one row", async () => {
    const { alice } = newBackend();
    const a = await alice.mutation(api.harnesses.create, { clientId: "h", name: "A", model: "m" });
    const b = await alice.mutation(api.harnesses.create, { clientId: "h", name: "A", model: "m" });
    expect(b).toBe(a);
    expect(await alice.query(api.harnesses.list, {})).toHaveLength(1);
  });

  test("no secrets: MCP entries with a token or URLs with credentials are refused", async () => {
    const { alice } = newBackend();
    await expect(
      alice.mutation(api.harnesses.create, {
        name: "A",
        model: "m",
        mcps: [{ name: "x", url: "https://x.example", authType: "bearer", authToken: "sk-secret" } as any],
      }),
    ).rejects.toThrow(/authToken/);
    await expectCode(
      alice.mutation(api.harnesses.create, { name: "A", model: "m", mcps: [{ name: "x", url: "https://u:p@x.example" }] }),
      "invalid_argument",
    );
    await expectCode(
      alice.mutation(api.mcpServers.upsert, {
        clientId: "s",
        updatedAt: 1,
        fields: { name: "x", transport: "http", url: "https://token@x.example/mcp" },
      }),
      "invalid_argument",
    );
  });

  test("a new harness needs a name and a model", async () => {
    const { alice } = newBackend();
    await expectCode(alice.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: 1, fields: { name: "only name" } }), "invalid_argument");
  });
});

describe("conversations", () => {
  test("listed by recency of their last message, tombstones left out", async () => {
    const { alice } = newBackend();
    const h = await alice.mutation(api.harnesses.create, { clientId: "h", name: "H", model: "m" });
    const c1 = await alice.mutation(api.conversations.create, { title: "first" });
    const c2 = await alice.mutation(api.conversations.create, { title: "second", lastHarnessId: h });
    const c3 = await alice.mutation(api.conversations.create, {});
    expect((await alice.query(api.conversations.get, { id: c3 })).title).toBe("New chat");
    expect((await alice.query(api.conversations.get, { id: c2 })).lastHarnessClientId).toBe("h");

    await alice.mutation(api.messages.add, { conversationId: c1, role: "user", content: "bump" });
    expect((await alice.query(api.conversations.list, {})).map((c: any) => c.title)).toEqual(["first", "New chat", "second"]);
    expect((await alice.query(api.conversations.list, { limit: 2 })).map((c: any) => c.title)).toEqual(["first", "New chat"]);

    await alice.mutation(api.conversations.update, { id: c2, title: "renamed", lastHarnessId: null });
    const c2row = await alice.query(api.conversations.get, { id: c2 });
    expect([c2row.title, c2row.lastHarnessId, c2row.lastHarnessClientId]).toEqual(["renamed", undefined, undefined]);
    await alice.mutation(api.conversations.update, { id: c3, lastHarnessId: h });
    expect((await alice.query(api.conversations.get, { id: c3 })).lastHarnessId).toBe(h);

    await alice.mutation(api.conversations.remove, { id: c1 });
    expect((await alice.query(api.conversations.list, {})).map((c: any) => c.title)).toEqual(["New chat", "renamed"]);
    await expectCode(alice.query(api.messages.list, { conversationId: c1 }), "not_found");
  });
});

describe("messages", () => {
  test("add and list in order, with parts, usage and status", async () => {
    const { alice } = newBackend();
    const c = await alice.mutation(api.conversations.create, { title: "t" });
    await alice.mutation(api.messages.add, { conversationId: c, role: "user", content: "What is 2+2?" });
    const a = await alice.mutation(api.messages.add, {
      conversationId: c,
      role: "assistant",
      content: "4",
      model: "anthropic/claude-sonnet-4",
      parts: [
        { type: "reasoning", text: "Simple arithmetic." },
        { type: "tool_call", callId: "call_1", name: "calc__add", arguments: '{"a":2,"b":2}', server: "calc" },
        { type: "tool_result", callId: "call_1", content: "4", items: [{ type: "image", mimeType: "image/png", data: "iVBOR" }] },
        { type: "text", text: "4" },
      ],
      usage: { promptTokens: 10, completionTokens: 2, cost: 0.0001 },
    });
    const list = await alice.query(api.messages.list, { conversationId: c });
    expect(list.map((m: any) => [m.role, m.content, m.status])).toEqual([
      ["user", "What is 2+2?", "complete"],
      ["assistant", "4", "complete"],
    ]);
    expect(list[1].parts).toHaveLength(4);
    expect(list[1].usage.cost).toBe(0.0001);
    expect(list[1].conversationClientId).toBe(c);

    await alice.mutation(api.messages.remove, { id: a });
    expect((await alice.query(api.messages.list, { conversationId: c })).map((m: any) => m.role)).toEqual(["user"]);
    // The tombstone keeps the message's place, not its text.
    const tomb = await alice.query(api.messages.getByClient, { clientId: a });
    expect([tomb.deletedAt > 0, tomb.content, tomb.parts, tomb.usage]).toEqual([true, "", undefined, undefined]);
  });

  test("a message for a conversation that was never pushed is refused", async () => {
    const { alice } = newBackend();
    await expectCode(
      alice.mutation(api.messages.upsert, {
        clientId: "m",
        updatedAt: 1,
        fields: { conversationClientId: "nope", role: "user", content: "x", status: "complete", createdAt: 1 },
      }),
      "not_found",
    );
  });
});

describe("paged lists", () => {
  test("conversations and messages page through everything once, newest first, tombstones left out", async () => {
    const { alice } = newBackend();
    const ops: any[] = [];
    for (let i = 0; i < 12; i++) {
      ops.push({ table: "conversations", op: "upsert", clientId: `c${i}`, updatedAt: 1, fields: { title: `C${i}`, lastMessageAt: 100 + i } });
    }
    for (let j = 0; j < 9; j++) {
      ops.push({
        table: "messages",
        op: "upsert",
        clientId: `m${j}`,
        updatedAt: 1,
        fields: { conversationClientId: "c0", role: "user", content: `${j}`, status: "complete", createdAt: j },
      });
    }
    ops.push({ table: "conversations", op: "delete", clientId: "c5", deletedAt: 2 });
    ops.push({ table: "messages", op: "delete", clientId: "m4", deletedAt: 2 });
    await alice.mutation(api.sync.push, { ops });

    const titles: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const r: any = await alice.query(api.conversations.page, { paginationOpts: { numItems: 5, cursor } });
      titles.push(...r.page.map((c: any) => c.title));
      if (r.isDone) break;
      cursor = r.continueCursor;
    }
    // c5 is a tombstone; c0 stays last (its messages are older than its lastMessageAt).
    expect(titles).toEqual(["C11", "C10", "C9", "C8", "C7", "C6", "C4", "C3", "C2", "C1", "C0"]);

    const c0 = (await alice.query(api.conversations.getByClient, { clientId: "c0" }))._id;
    const first: any = await alice.query(api.messages.page, { conversationId: c0, paginationOpts: { numItems: 4, cursor: null } });
    expect(first.page.map((m: any) => m.content)).toEqual(["8", "7", "6", "5"]);
    const second: any = await alice.query(api.messages.page, { conversationId: c0, paginationOpts: { numItems: 4, cursor: first.continueCursor } });
    expect(second.page.map((m: any) => m.content)).toEqual(["3", "2", "1", "0"]);
  });
});

describe("MCP servers and settings", () => {
  test("MCP server upsert, list, remove", async () => {
    const { alice } = newBackend();
    await alice.mutation(api.mcpServers.upsert, {
      clientId: "s1",
      updatedAt: 10,
      fields: { name: "everything", transport: "stdio", command: "npx", args: ["-y", "@modelcontextprotocol/server-everything"] },
    });
    await alice.mutation(api.mcpServers.upsert, {
      clientId: "s2",
      updatedAt: 10,
      fields: { name: "remote", transport: "http", url: "https://mcp.example.com/mcp", authType: "oauth" },
    });
    await expectCode(
      alice.mutation(api.mcpServers.upsert, { clientId: "s3", updatedAt: 10, fields: { name: "bad", transport: "stdio" } }),
      "invalid_argument",
    );
    let list = await alice.query(api.mcpServers.list, {});
    expect(list.map((s: any) => [s.name, s.enabled, s.authType])).toEqual([
      ["everything", true, "none"],
      ["remote", true, "oauth"],
    ]);
    await alice.mutation(api.mcpServers.upsert, { clientId: "s1", updatedAt: 11, fields: { enabled: false, args: null } });
    await alice.mutation(api.mcpServers.remove, { id: list[1]._id });
    list = await alice.query(api.mcpServers.list, {});
    expect(list.map((s: any) => [s.name, s.enabled, s.args])).toEqual([["everything", false, undefined]]);
  });

  test("settings default to auto-switch on, and can be set", async () => {
    const { alice } = newBackend();
    expect(await alice.query(api.userSettings.get, {})).toEqual({ autoSwitchHarness: true, updatedAt: null });
    await alice.mutation(api.userSettings.set, { autoSwitchHarness: false, updatedAt: 100 });
    expect((await alice.query(api.userSettings.get, {})).autoSwitchHarness).toBe(false);
    // An older edit (from another device) loses.
    const r = await alice.mutation(api.userSettings.set, { autoSwitchHarness: true, updatedAt: 50 });
    expect(r.result).toBe("unchanged");
    expect((await alice.query(api.userSettings.get, {})).autoSwitchHarness).toBe(false);
    await alice.mutation(api.userSettings.set, { autoSwitchHarness: true });
    expect((await alice.query(api.userSettings.get, {})).autoSwitchHarness).toBe(true);
  });
});
