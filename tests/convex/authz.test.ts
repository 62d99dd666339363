// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Every public function, tried (1) without sign-in and (2) by a second user against the first
// user's rows. The first user's rows must be byte-for-byte unchanged after every attempt, and a
// function missing from this table fails the coverage test.
import { describe, expect, test } from "vitest";
import { makeFunctionReference } from "convex/server";
import { api } from "../../convex/_generated/api";
import { convexModules } from "./modules";
import { expectCode, newBackend } from "./setup";

type Fixture = Awaited<ReturnType<typeof makeFixture>>;

async function makeFixture() {
  const { t, alice, bob } = newBackend();
  const harnessId = await alice.mutation(api.harnesses.create, {
    clientId: "h1",
    name: "Alice's harness",
    model: "anthropic/claude-sonnet-4",
    status: "started",
    mcps: [{ name: "fs", url: "https://mcp.example.com/mcp", authType: "bearer" }],
    skills: ["search"],
  });
  const conversationId = await alice.mutation(api.conversations.create, {
    clientId: "c1",
    title: "Alice's secrets",
    lastHarnessId: harnessId,
  });
  const messageId = await alice.mutation(api.messages.add, {
    conversationId,
    clientId: "m1",
    role: "user",
    content: "my password is hunter2",
  });
  await alice.mutation(api.mcpServers.upsert, {
    clientId: "s1",
    updatedAt: 1000,
    fields: { name: "fs", transport: "http", url: "https://mcp.example.com/mcp", authType: "bearer" },
  });
  const mcpServerId = (await alice.query(api.mcpServers.list, {}))[0]._id;
  await alice.mutation(api.userSettings.set, { autoSwitchHarness: false, updatedAt: 1000 });
  // Bob's own rows, to try pointing them at Alice's.
  const bobConversationId = await bob.mutation(api.conversations.create, { clientId: "bc1", title: "Bob's" });
  return { t, alice, bob, harnessId, conversationId, messageId, mcpServerId, bobConversationId };
}

/** Everything stored for Alice (all tables, tombstones included). */
async function aliceSnapshot(f: Fixture) {
  return await f.t.run(async (ctx) => {
    const out: Record<string, unknown[]> = {};
    for (const table of ["harnesses", "conversations", "messages", "mcpServers", "userSettings"] as const) {
      out[table] = (await ctx.db.query(table).collect()).filter((r: any) => r.userId.endsWith("|alice"));
    }
    return out;
  });
}

const FUTURE = 9e12;
const aliceStrings = ["Alice", "hunter2", "h1", "c1", "m1", "s1"];

/** The result reveals nothing of Alice's. */
function revealsNothing(result: unknown) {
  const text = JSON.stringify(result ?? null);
  for (const s of ["Alice", "hunter2", "|alice"]) expect(text).not.toContain(s);
}

type Case = {
  kind: "query" | "mutation";
  args: (f: Fixture) => Record<string, unknown>;
  /** What the second user gets: a refused call with this code, or a result to check. */
  bob: { code: string } | { check: (result: any, f: Fixture) => void };
};

const msgFields = (conversationClientId: string) => ({
  conversationClientId,
  role: "assistant",
  content: "injected",
  status: "complete",
  createdAt: 5000,
});

const cases: Record<string, Case> = {
  "harnesses:list": { kind: "query", args: () => ({}), bob: { check: (r) => expect(r).toEqual([]) } },
  "harnesses:get": { kind: "query", args: (f) => ({ id: f.harnessId }), bob: { code: "not_found" } },
  "harnesses:getByClient": { kind: "query", args: () => ({ clientId: "h1" }), bob: { check: (r) => expect(r).toBeNull() } },
  "harnesses:create": {
    kind: "mutation",
    args: () => ({ clientId: "h1", name: "Bob's", model: "x/y" }),
    bob: { check: (r, f) => expect(r).not.toBe(f.harnessId) },
  },
  "harnesses:update": { kind: "mutation", args: (f) => ({ id: f.harnessId, name: "pwned" }), bob: { code: "not_found" } },
  "harnesses:touch": { kind: "mutation", args: (f) => ({ id: f.harnessId }), bob: { code: "not_found" } },
  "harnesses:remove": { kind: "mutation", args: (f) => ({ id: f.harnessId }), bob: { code: "not_found" } },
  "harnesses:upsert": {
    kind: "mutation",
    args: () => ({ clientId: "h1", updatedAt: FUTURE, fields: { name: "pwned", model: "x/y" } }),
    bob: { check: (r, f) => expect([r.result, r.id === f.harnessId]).toEqual(["inserted", false]) },
  },
  "harnesses:removeByClient": {
    kind: "mutation",
    args: () => ({ clientId: "h1", deletedAt: FUTURE }),
    bob: { check: (r) => expect(r.result).toBe("not_found") },
  },

  "conversations:list": { kind: "query", args: () => ({}), bob: { check: (r) => expect(r.map((c: any) => c.clientId)).toEqual(["bc1"]) } },
  "conversations:page": {
    kind: "query",
    args: () => ({ paginationOpts: { numItems: 10, cursor: null } }),
    bob: { check: (r) => expect(r.page.map((c: any) => c.clientId)).toEqual(["bc1"]) },
  },
  "conversations:get": { kind: "query", args: (f) => ({ id: f.conversationId }), bob: { code: "not_found" } },
  "conversations:getByClient": { kind: "query", args: () => ({ clientId: "c1" }), bob: { check: (r) => expect(r).toBeNull() } },
  "conversations:create": {
    kind: "mutation",
    args: (f) => ({ title: "uses Alice's harness", lastHarnessId: f.harnessId }),
    bob: { code: "not_found" },
  },
  "conversations:update": { kind: "mutation", args: (f) => ({ id: f.conversationId, title: "pwned" }), bob: { code: "not_found" } },
  "conversations:remove": { kind: "mutation", args: (f) => ({ id: f.conversationId }), bob: { code: "not_found" } },
  "conversations:upsert": {
    kind: "mutation",
    args: () => ({ clientId: "c1", updatedAt: FUTURE, fields: { title: "pwned", lastHarnessClientId: "h1", lastMessageAt: FUTURE } }),
    bob: { check: (r, f) => expect([r.result, r.id === f.conversationId]).toEqual(["inserted", false]) },
  },
  "conversations:removeByClient": {
    kind: "mutation",
    args: () => ({ clientId: "c1", deletedAt: FUTURE }),
    bob: { check: (r) => expect(r.result).toBe("not_found") },
  },

  "messages:list": { kind: "query", args: (f) => ({ conversationId: f.conversationId }), bob: { code: "not_found" } },
  "messages:page": {
    kind: "query",
    args: (f) => ({ conversationId: f.conversationId, paginationOpts: { numItems: 10, cursor: null } }),
    bob: { code: "not_found" },
  },
  "messages:getByClient": { kind: "query", args: () => ({ clientId: "m1" }), bob: { check: (r) => expect(r).toBeNull() } },
  "messages:add": {
    kind: "mutation",
    args: (f) => ({ conversationId: f.conversationId, role: "assistant", content: "injected" }),
    bob: { code: "not_found" },
  },
  "messages:upsert": {
    kind: "mutation",
    args: () => ({ clientId: "m1", updatedAt: FUTURE, fields: msgFields("c1") }),
    bob: { code: "not_found" },
  },
  "messages:supersede": {
    kind: "mutation",
    args: () => ({ clientId: "m1", updatedAt: FUTURE, supersededBy: "m9" }),
    bob: { check: (r) => expect(r.result).toBe("not_found") },
  },
  "messages:remove": { kind: "mutation", args: (f) => ({ id: f.messageId }), bob: { code: "not_found" } },
  "messages:removeByClient": {
    kind: "mutation",
    args: () => ({ clientId: "m1", deletedAt: FUTURE }),
    bob: { check: (r) => expect(r.result).toBe("not_found") },
  },

  "mcpServers:list": { kind: "query", args: () => ({}), bob: { check: (r) => expect(r).toEqual([]) } },
  "mcpServers:upsert": {
    kind: "mutation",
    args: () => ({ clientId: "s1", updatedAt: FUTURE, fields: { name: "evil", transport: "http", url: "https://evil.example/mcp" } }),
    bob: { check: (r) => expect(r.result).toBe("inserted") },
  },
  "mcpServers:remove": { kind: "mutation", args: (f) => ({ id: f.mcpServerId }), bob: { code: "not_found" } },
  "mcpServers:removeByClient": {
    kind: "mutation",
    args: () => ({ clientId: "s1", deletedAt: FUTURE }),
    bob: { check: (r) => expect(r.result).toBe("not_found") },
  },

  "userSettings:get": { kind: "query", args: () => ({}), bob: { check: (r) => expect(r).toEqual({ autoSwitchHarness: true, updatedAt: null }) } },
  "userSettings:set": {
    kind: "mutation",
    args: () => ({ autoSwitchHarness: true, updatedAt: FUTURE }),
    bob: { check: (r) => expect(r.result).toBe("inserted") },
  },

  "sync:pull": {
    kind: "query",
    args: () => ({ cursor: null }),
    bob: {
      check: (r) => {
        expect(r.conversations.map((c: any) => c.clientId)).toEqual(["bc1"]);
        expect([r.harnesses, r.messages, r.mcpServers, r.userSettings]).toEqual([[], [], [], []]);
      },
    },
  },
  "sync:push": {
    kind: "mutation",
    args: () => ({
      ops: [
        { table: "messages", op: "upsert", clientId: "m9", updatedAt: FUTURE, fields: msgFields("c1") },
        { table: "harnesses", op: "delete", clientId: "h1", deletedAt: FUTURE },
        { table: "conversations", op: "delete", clientId: "c1", deletedAt: FUTURE },
        { table: "messages", op: "supersede", clientId: "m1", updatedAt: FUTURE, supersededBy: "m9" },
        { table: "messages", op: "delete", clientId: "m1", deletedAt: FUTURE },
        { table: "mcpServers", op: "delete", clientId: "s1", deletedAt: FUTURE },
        { table: "userSettings", op: "upsert", updatedAt: FUTURE, fields: { autoSwitchHarness: true } },
      ],
    }),
    bob: {
      check: (r) =>
        expect(r.results.map((x: any) => x.result)).toEqual([
          "rejected",
          "not_found",
          "not_found",
          "not_found",
          "not_found",
          "not_found",
          "inserted",
        ]),
    },
  },
};

describe("authorization of every public function", () => {
  test("the table covers every exported function, and all of them are public queries or mutations", async () => {
    const found: string[] = [];
    for (const [file, load] of Object.entries(convexModules())) {
      const rel = file.split("/convex/").pop()!.replace(/\.[^.]+$/, "");
      const mod = await load();
      for (const [name, fn] of Object.entries(mod) as [string, any][]) {
        if (!fn || typeof fn !== "function" || !(fn.isQuery || fn.isMutation || fn.isAction)) continue;
        found.push(`${rel}:${name}`);
        expect(fn.isPublic, `${rel}:${name} must not be internal (no unchecked backend-only path)`).toBe(true);
        expect(cases[`${rel}:${name}`]?.kind, `${rel}:${name}`).toBe(fn.isQuery ? "query" : fn.isMutation ? "mutation" : "action");
      }
    }
    expect(found.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [path, c] of Object.entries(cases)) {
    test(`${path}: refused without sign-in`, async () => {
      const f = await makeFixture();
      const before = await aliceSnapshot(f);
      const ref = makeFunctionReference<any>(path);
      await expectCode(c.kind === "query" ? f.t.query(ref, c.args(f)) : f.t.mutation(ref, c.args(f)), "unauthenticated");
      expect(await aliceSnapshot(f)).toEqual(before);
    });

    test(`${path}: a second user can neither read nor change the first user's rows`, async () => {
      const f = await makeFixture();
      const before = await aliceSnapshot(f);
      const ref = makeFunctionReference<any>(path);
      const call = c.kind === "query" ? f.bob.query(ref, c.args(f)) : f.bob.mutation(ref, c.args(f));
      if ("code" in c.bob) {
        await expectCode(call, c.bob.code);
      } else {
        const result = await call;
        revealsNothing(result);
        c.bob.check(result, f);
      }
      expect(await aliceSnapshot(f)).toEqual(before);
      // And Alice still sees all of her data through the functions.
      const pulled = await f.alice.query(api.sync.pull, {});
      expect(JSON.stringify(pulled)).toContain("hunter2");
      expect(pulled.harnesses.map((h: any) => h.name)).toEqual(["Alice's harness"]);
      for (const s of aliceStrings) expect(JSON.stringify(pulled)).toContain(s);
    });
  }
});

test("a token from an untrusted issuer is refused when HARNESS_OIDC_ISSUER is configured", async () => {
  const f = await makeFixture();
  const mallory = f.t.withIdentity({ subject: "alice", issuer: "https://evil.example" });
  const old = process.env.HARNESS_OIDC_ISSUER;
  process.env.HARNESS_OIDC_ISSUER = "https://issuer.harness.test/";
  try {
    await expectCode(mallory.query(api.harnesses.list, {}), "unauthenticated");
    expect((await f.alice.query(api.harnesses.list, {})).length).toBe(1);
  } finally {
    if (old === undefined) delete process.env.HARNESS_OIDC_ISSUER;
    else process.env.HARNESS_OIDC_ISSUER = old;
  }
});
