// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Writes made through the web's own functions (what the web app and its FastAPI backend call)
// show in the desktop's queries: new rows appear, changed rows get a new hash, a conversation's
// digest changes with its messages, hard deletes disappear.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CONVEX_DIR } from "./modules";
import { baseHarness, expectCode, internalM, m, newBackend, q } from "./setup";

const hash = await import(/* @vite-ignore */ join(CONVEX_DIR, "desktop/hash.ts"));

async function web() {
  const b = newBackend();
  const harnessId = await b.alice.mutation(m("harnesses:create"), baseHarness());
  const conversationId = await b.alice.mutation(m("conversations:create"), { title: "From the web", harnessId });
  return { ...b, harnessId, conversationId };
}

const state = (b: Awaited<ReturnType<typeof web>>) => b.alice.query(q("desktop/sync:state"), {});
const digestOf = async (b: Awaited<ReturnType<typeof web>>, id: string) =>
  (await b.alice.query(q("desktop/sync:digests"), { conversationIds: [id] })).digests[0];
const convHash = async (b: Awaited<ReturnType<typeof web>>, id: string) =>
  (await state(b)).conversations.find((c: any) => c._id === id)?.h;

describe("web writes reach the desktop queries", () => {
  test("harnesses:create and harnesses:update: the harness shows, its hash changes", async () => {
    const b = await web();
    const s1 = await state(b);
    expect(s1.harnesses).toHaveLength(1);
    expect(s1.harnesses[0]).toMatchObject({ _id: b.harnessId, name: "Web harness", model: "claude-sonnet-4.6", userId: "user_alice" });
    expect(s1.harnesses[0].h).toBe(hash.docHash({ ...s1.harnesses[0], h: undefined }));
    await b.alice.mutation(m("harnesses:update"), { id: b.harnessId, name: "Renamed on the web", systemPrompt: "Be brief." });
    const s2 = await state(b);
    expect(s2.harnesses[0]).toMatchObject({ name: "Renamed on the web", systemPrompt: "Be brief." });
    expect(s2.harnesses[0].h).not.toBe(s1.harnesses[0].h);
  });

  test("conversations:create, updateTitle, setPinned: listed, fetched, hash changes each time", async () => {
    const b = await web();
    const h0 = await convHash(b, b.conversationId);
    expect(h0).toMatch(/^[0-9a-f]{16}$/);
    await b.alice.mutation(m("conversations:updateTitle"), { id: b.conversationId, title: "Renamed" });
    const h1 = await convHash(b, b.conversationId);
    await b.alice.mutation(m("conversations:setPinned"), { id: b.conversationId, pinned: true });
    const h2 = await convHash(b, b.conversationId);
    expect(new Set([h0, h1, h2]).size).toBe(3);
    const [doc] = await b.alice.query(q("desktop/sync:conversations"), { ids: [b.conversationId] });
    expect(doc).toMatchObject({ title: "Renamed", lastHarnessId: b.harnessId, h: h2 });
    expect(typeof doc.pinnedAt).toBe("number");
    await b.alice.mutation(m("conversations:setPinned"), { id: b.conversationId, pinned: false });
    const [unpinned] = await b.alice.query(q("desktop/sync:conversations"), { ids: [b.conversationId] });
    expect(unpinned.pinnedAt).toBeUndefined();
  });

  test("messages:send: the digest changes, the index and the pages show the message, lastMessageAt moves", async () => {
    const b = await web();
    const empty = await digestOf(b, b.conversationId);
    expect(empty).toEqual({ conversationId: b.conversationId, count: 0, versions: 0, h: "0000000000000000" });
    const before = await convHash(b, b.conversationId);
    const id = await b.alice.mutation(m("messages:send"), { conversationId: b.conversationId, role: "user", content: "Hi from the browser" });
    const d1 = await digestOf(b, b.conversationId);
    expect(d1.count).toBe(1);
    expect(await convHash(b, b.conversationId)).not.toBe(before);
    const index = await b.alice.query(q("desktop/sync:messageIndex"), { conversationId: b.conversationId });
    expect(index.messages.map((x: any) => x._id)).toEqual([id]);
    // The desktop recomputes the digest from the index alone.
    expect(hash.messageDigest(index.messages.map((x: any) => ({ id: x._id, h: x.h })), [])).toBe(d1.h);
    const page = await b.alice.query(q("desktop/sync:messages"), { conversationId: b.conversationId });
    expect(page.more).toBe(false);
    expect(page.messages[0]).toMatchObject({ _id: id, role: "user", content: "Hi from the browser", userId: "user_alice", h: index.messages[0].h });
    expect(await b.alice.query(q("desktop/sync:messagesByIds"), { ids: [id] })).toEqual(page.messages);
  });

  test("saveAssistantMessage (the FastAPI backend's internal mutation): parts, usage, model arrive", async () => {
    const b = await web();
    await b.alice.mutation(m("messages:send"), { conversationId: b.conversationId, role: "user", content: "q" });
    const d1 = await digestOf(b, b.conversationId);
    await b.t.mutation(internalM("messages:saveAssistantMessage"), {
      conversationId: b.conversationId,
      content: "answer",
      reasoning: "thinking",
      parts: [{ type: "reasoning", content: "thinking" }, { type: "tool_call", tool: "search", arguments: { q: 1 }, call_id: "c1", result: "r", status: "completed", server_name: "docs" }, { type: "text", content: "answer" }],
      usage: { promptTokens: 10, completionTokens: 5, totalTokens: 15, cost: 0.001 },
      model: "claude-sonnet-4.6",
    });
    const d2 = await digestOf(b, b.conversationId);
    expect(d2.count).toBe(2);
    expect(d2.h).not.toBe(d1.h);
    const { messages } = await b.alice.query(q("desktop/sync:messages"), { conversationId: b.conversationId });
    expect(messages[1]).toMatchObject({ role: "assistant", content: "answer", reasoning: "thinking", model: "claude-sonnet-4.6", usage: { totalTokens: 15 } });
    expect(messages[1].parts).toHaveLength(3);
  });

  test("removeFrom (regenerate) and truncatePart (rewind): deleted messages leave the index, the cut one changes hash", async () => {
    const b = await web();
    const send = (role: string, content: string) => b.alice.mutation(m("messages:send"), { conversationId: b.conversationId, role, content });
    await send("user", "one");
    await b.t.mutation(internalM("messages:saveAssistantMessage"), {
      conversationId: b.conversationId,
      content: "ab",
      parts: [{ type: "text", content: "a" }, { type: "tool_call", tool: "t", call_id: "c", result: "r" }, { type: "text", content: "b" }],
    });
    const u2 = await send("user", "two");
    await send("assistant", "three");
    const i1 = await b.alice.query(q("desktop/sync:messageIndex"), { conversationId: b.conversationId });
    expect(i1.messages).toHaveLength(4);
    await b.alice.mutation(m("messages:removeFrom"), { id: u2 });
    const i2 = await b.alice.query(q("desktop/sync:messageIndex"), { conversationId: b.conversationId });
    expect(i2.messages.map((x: any) => x._id)).toEqual(i1.messages.slice(0, 2).map((x: any) => x._id));
    await b.alice.mutation(m("messages:truncatePart"), { id: i1.messages[1]._id, keepPartCount: 1 });
    const i3 = await b.alice.query(q("desktop/sync:messageIndex"), { conversationId: b.conversationId });
    expect(i3.messages[0].h).toBe(i2.messages[0].h);
    expect(i3.messages[1].h).not.toBe(i2.messages[1].h);
    const [cut] = await b.alice.query(q("desktop/sync:messagesByIds"), { ids: [i1.messages[1]._id] });
    expect(cut).toMatchObject({ content: "a", parts: [{ type: "text", content: "a" }] });
  });

  test("editForkAndSend and fork: the new conversations are listed (edit-fork siblings too)", async () => {
    const b = await web();
    await b.alice.mutation(m("messages:send"), { conversationId: b.conversationId, role: "user", content: "v1" });
    const edited = await b.alice.mutation(m("conversations:editForkAndSend"), { conversationId: b.conversationId, upToMessageCount: 0, newContent: "v2" });
    const forked = await b.alice.mutation(m("conversations:fork"), { conversationId: b.conversationId });
    const ids = (await state(b)).conversations.map((c: any) => c._id);
    expect(ids).toEqual([b.conversationId, edited, forked]);
    const [e] = await b.alice.query(q("desktop/sync:conversations"), { ids: [edited] });
    expect(e.editParentConversationId).toBe(b.conversationId);
  });

  test("conversations:remove and harnesses:remove (hard deletes): gone from every desktop query", async () => {
    const b = await web();
    const msg = await b.alice.mutation(m("messages:send"), { conversationId: b.conversationId, role: "user", content: "bye" });
    await b.alice.mutation(m("conversations:remove"), { id: b.conversationId });
    const s = await state(b);
    expect(s.conversations).toEqual([]);
    expect(await b.alice.query(q("desktop/sync:conversations"), { ids: [b.conversationId] })).toEqual([]);
    expect(await b.alice.query(q("desktop/sync:digests"), { conversationIds: [b.conversationId] })).toEqual({ digests: [], partial: false });
    expect(await b.alice.query(q("desktop/sync:messagesByIds"), { ids: [msg] })).toEqual([]);
    await expectCode(b.alice.query(q("desktop/sync:messages"), { conversationId: b.conversationId }), "not_found");
    await b.alice.mutation(m("harnesses:remove"), { id: b.harnessId });
    expect((await state(b)).harnesses).toEqual([]);
  });

  test("userSettings:update: the settings row shows with every web field, its hash changes", async () => {
    const b = await web();
    expect((await state(b)).userSettings).toBeNull();
    await b.alice.mutation(m("userSettings:update"), { autoSwitchHarness: false, displayMode: "zen" });
    const s1 = (await state(b)).userSettings;
    expect(s1).toMatchObject({ autoSwitchHarness: false, displayMode: "zen", userId: "user_alice" });
    await b.alice.mutation(m("userSettings:update"), { rewindSeams: false });
    const s2 = (await state(b)).userSettings;
    expect(s2.rewindSeams).toBe(false);
    expect(s2.h).not.toBe(s1.h);
  });

  test("the Default workspace the web creates is the state's defaultWorkspaceId", async () => {
    const b = await web();
    expect((await state(b)).defaultWorkspaceId).toBeNull();
    const ws = await b.alice.mutation(m("workspaces:ensureDefault"), {});
    expect((await state(b)).defaultWorkspaceId).toBe(ws);
  });
});
