// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// What the desktop pushes is returned by the web's own queries (conversations:list,
// messages:list, harnesses:list/get, userSettings:get, workspaces:list) looking as if the web had
// written it: the same fields, the same shapes, the Default workspace, lastMessageAt moving.
import { describe, expect, test } from "vitest";
import { baseHarness, internalM, m, newBackend, q } from "./setup";

type B = ReturnType<typeof newBackend>;
const push = (b: B, ...ops: any[]) => b.alice.mutation(m("desktop/sync:push"), { ops });
const strip = (doc: any) => {
  const { _id, _creationTime, ...rest } = doc;
  return rest;
};

describe("desktop pushes seen through the web's queries", () => {
  test("a harness pushed by the desktop is the web's harness (harnesses:list, harnesses:get)", async () => {
    const b = newBackend();
    const { results } = await push(b, {
      table: "harnesses",
      op: "upsert",
      clientId: "local-h1",
      fields: {
        name: "Desktop harness",
        model: "claude-sonnet-4.6",
        mcpServers: [{ name: "Docs", url: "https://mcp.example.com/mcp", authType: "bearer" }],
        skills: [{ name: "summarize", description: "Summaries" }],
        systemPrompt: "Be brief.",
        suggestedPrompts: ["Hello"],
      },
    });
    expect(results[0]).toMatchObject({ table: "harnesses", clientId: "local-h1", result: "inserted" });
    const list = await b.alice.query(q("harnesses:list"), {});
    expect(list).toHaveLength(1);
    expect(await b.alice.query(q("harnesses:get"), { id: results[0].id })).toEqual(list[0]);
    // The same fields the web's harnesses:create writes for the same input.
    const webId = await b.alice.mutation(m("harnesses:create"), {
      ...baseHarness({ name: "Desktop harness", mcpServers: [{ name: "Docs", url: "https://mcp.example.com/mcp", authType: "bearer" }] }),
      skills: [{ name: "summarize", description: "Summaries" }],
      systemPrompt: "Be brief.",
    });
    await b.alice.mutation(m("harnesses:update"), { id: webId, suggestedPrompts: ["Hello"] });
    const web = await b.alice.query(q("harnesses:get"), { id: webId });
    const { lastUsedAt: a, ...desktopFields } = strip(list[0]);
    const { lastUsedAt: c, ...webFields } = strip(web);
    expect(desktopFields).toEqual(webFields);
    expect(typeof a).toBe("number");
    // The web can use it: a conversation on it, created by the web.
    await b.alice.mutation(m("conversations:create"), { title: "on the desktop's harness", harnessId: results[0].id });
  });

  test("a conversation and its messages: conversations:list, messages:list, workspaces:list", async () => {
    const b = newBackend();
    const harness = await push(b, { table: "harnesses", op: "upsert", clientId: "h", fields: { name: "H", model: "gpt-5" } });
    const t0 = Date.now();
    const { results } = await push(
      b,
      { table: "conversations", op: "upsert", clientId: "c1", fields: { title: "Planned offline", lastHarnessClientId: "h", lastMessageAt: t0 - 60_000 } },
      { table: "messages", op: "insert", clientId: "m1", conversationClientId: "c1", fields: { role: "user", content: "What is 2+2?" } },
      {
        table: "messages",
        op: "insert",
        clientId: "m2",
        conversationClientId: "c1",
        fields: {
          role: "assistant",
          content: "ignored: the join of the text parts wins",
          reasoning: "simple",
          parts: [{ type: "reasoning", content: "simple" }, { type: "tool_call", tool: "calc", arguments: { e: "2+2" }, call_id: "c1", result: "4", status: "completed", server_name: "math" }, { type: "text", content: "It is " }, { type: "text", content: "4." }],
          toolCalls: [{ tool: "calc", arguments: { e: "2+2" }, call_id: "c1", result: "4" }],
          usage: { promptTokens: 20, completionTokens: 8, totalTokens: 28, cost: 0.0002 },
          model: "claude-sonnet-4.6",
        },
      },
    );
    expect(results.map((r: any) => r.result)).toEqual(["inserted", "inserted", "inserted"]);
    const [listed] = await b.alice.query(q("conversations:list"), {});
    expect(listed).toMatchObject({ _id: results[0].id, title: "Planned offline", lastHarnessId: harness.results[0].id, userId: "user_alice" });
    // Appending moved lastMessageAt to the time of the append, as messages:send does.
    expect(listed.lastMessageAt).toBeGreaterThanOrEqual(t0);
    const workspaces = await b.alice.query(q("workspaces:list"), {});
    expect(workspaces).toMatchObject([{ name: "Default", isDefault: true }]);
    expect(listed.workspaceId).toBe(workspaces[0]._id);
    expect((await b.alice.query(q("conversations:list"), { workspaceId: workspaces[0]._id })).map((c: any) => c._id)).toEqual([listed._id]);

    const messages = await b.alice.query(q("messages:list"), { conversationId: listed._id });
    expect(messages.map((x: any) => x._id)).toEqual([results[1].id, results[2].id]);
    // The user message is what messages:send writes for the same text.
    const webUser = await b.alice.mutation(m("messages:send"), { conversationId: listed._id, role: "user", content: "What is 2+2?" });
    const all = await b.alice.query(q("messages:list"), { conversationId: listed._id });
    expect(strip(messages[0])).toEqual(strip(all.find((x: any) => x._id === webUser)));
    // The assistant message is what the FastAPI backend saves for the same answer.
    await b.t.mutation(internalM("messages:saveAssistantMessage"), {
      conversationId: listed._id,
      content: "It is 4.",
      reasoning: "simple",
      parts: messages[1].parts,
      toolCalls: messages[1].toolCalls,
      usage: messages[1].usage,
      model: "claude-sonnet-4.6",
    });
    const saved = (await b.alice.query(q("messages:list"), { conversationId: listed._id })).at(-1);
    expect(strip(messages[1])).toEqual(strip(saved));
    expect(messages[1].content).toBe("It is 4.");
  });

  test("an interrupted answer looks like the web's: interrupted true, the reason, no empty fields", async () => {
    const b = newBackend();
    const { results } = await push(
      b,
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t" } },
      { table: "messages", op: "insert", clientId: "stopped", conversationClientId: "c", fields: { role: "assistant", content: "partial", interrupted: true, reasoning: "", toolCalls: [], parts: [] } },
      { table: "messages", op: "insert", clientId: "error", conversationClientId: "c", fields: { role: "assistant", content: "", interrupted: true, interruptionReason: "Network error: connection reset" } },
    );
    const [stopped, error] = await b.alice.query(q("messages:list"), { conversationId: results[0].id });
    expect(strip(stopped)).toEqual({ conversationId: results[0].id, workspaceId: stopped.workspaceId, userId: "user_alice", role: "assistant", content: "partial", interrupted: true });
    expect(error).toMatchObject({ interrupted: true, interruptionReason: "Network error: connection reset" });
  });

  test("renames, pins and unpins through the desktop are what updateTitle and setPinned show", async () => {
    const b = newBackend();
    const harnessId = await b.alice.mutation(m("harnesses:create"), baseHarness());
    const id = await b.alice.mutation(m("conversations:create"), { title: "Web made", harnessId });
    await push(b, { table: "conversations", op: "upsert", clientId: "adopted", id, fields: { title: "Desktop renamed", pinnedAt: 1234 } });
    expect(await b.alice.query(q("conversations:get"), { id })).toMatchObject({ title: "Desktop renamed", pinnedAt: 1234 });
    expect((await b.alice.query(q("conversations:list"), {}))[0]._id).toBe(id);
    await push(b, { table: "conversations", op: "upsert", clientId: "adopted", fields: { pinnedAt: null } });
    expect((await b.alice.query(q("conversations:get"), { id })).pinnedAt).toBeUndefined();
  });

  test("userSettings: userSettings:get answers as after the web's own update; other fields untouched", async () => {
    const b = newBackend();
    await push(b, { table: "userSettings", op: "upsert", fields: { autoSwitchHarness: false } });
    const desktop = await b.alice.query(q("userSettings:get"), {});
    await b.bob.mutation(m("userSettings:update"), { autoSwitchHarness: false });
    expect(desktop).toEqual(await b.bob.query(q("userSettings:get"), {}));
    await b.alice.mutation(m("userSettings:update"), { displayMode: "developer", workspacesMode: "basic" });
    await push(b, { table: "userSettings", op: "upsert", fields: { autoSwitchHarness: true } });
    expect(await b.alice.query(q("userSettings:get"), {})).toMatchObject({ autoSwitchHarness: true, displayMode: "developer", workspacesMode: "basic" });
  });

  test("deletes are the web's hard deletes: gone from conversations:list, messages:list, harnesses:list", async () => {
    const b = newBackend();
    const { results } = await push(
      b,
      { table: "harnesses", op: "upsert", clientId: "h", fields: { name: "H", model: "m" } },
      { table: "conversations", op: "upsert", clientId: "c", fields: { title: "t" } },
      { table: "messages", op: "insert", clientId: "m1", conversationClientId: "c", fields: { role: "user", content: "a" } },
      { table: "messages", op: "insert", clientId: "m2", conversationClientId: "c", fields: { role: "user", content: "b" } },
    );
    await push(b, { table: "messages", op: "delete", clientId: "m1" });
    expect((await b.alice.query(q("messages:list"), { conversationId: results[1].id })).map((x: any) => x.content)).toEqual(["b"]);
    const del = await push(b, { table: "conversations", op: "delete", clientId: "c" }, { table: "harnesses", op: "delete", clientId: "h" });
    expect(del.results.map((r: any) => r.result)).toEqual(["deleted", "deleted"]);
    expect(await b.alice.query(q("conversations:list"), {})).toEqual([]);
    expect(await b.alice.query(q("messages:list"), { conversationId: results[1].id })).toEqual([]);
    expect(await b.alice.query(q("harnesses:list"), {})).toEqual([]);
    const left = await b.t.run(async (ctx: any) => (await ctx.db.query("messages").collect()).length);
    expect(left).toBe(0);
  });
});
