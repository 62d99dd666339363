// @vitest-environment node
// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The local test backend serving the installed web backend, driven by the official convex npm
// clients (ConvexHttpClient and the WebSocket ConvexClient) as the oracle that the emulation is
// faithful, with real JWTs signed by a test key that a local OpenID issuer publishes (found by
// discovery, as a deployment finds it).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ConvexClient, ConvexHttpClient } from "convex/browser";
import { anyApi } from "convex/server";
import { ConvexError } from "convex/values";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import WebSocket from "ws";
import { BACKEND_DIR } from "./modules";

const api = anyApi as any;
const sync = api.desktop.sync;
const DESKTOP_CLIENT_ID = "harness-desktop-test";
const here = dirname(fileURLToPath(import.meta.url));
const recordFile = join(mkdtempSync(join(tmpdir(), "harness-convex-")), "frames.jsonl");

let issuerServer: http.Server;
let issuer = "";
let backend: ChildProcess;
let url = "";
let ready: any;
let key: CryptoKey;
let otherKey: CryptoKey;

async function token(sub: string, opts: { iss?: string; aud?: string; exp?: string | number; signWith?: CryptoKey } = {}) {
  return await new SignJWT({ name: `User ${sub}`, email: `${sub}@example.com` })
    .setProtectedHeader({ alg: "RS256", kid: "test-key" })
    .setSubject(sub)
    .setIssuer(opts.iss ?? issuer)
    .setAudience(opts.aud ?? DESKTOP_CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? "10m")
    .sign(opts.signWith ?? key);
}

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  key = pair.privateKey as CryptoKey;
  otherKey = (await generateKeyPair("RS256")).privateKey as CryptoKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  issuerServer = http.createServer((req, res) => {
    if (req.url === "/.well-known/openid-configuration") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/keys` }));
    } else if (req.url === "/keys") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => issuerServer.listen(0, "127.0.0.1", r));
  issuer = `http://127.0.0.1:${(issuerServer.address() as any).port}`;

  backend = spawn(
    process.execPath,
    [join(here, "start-backend.mjs"), "--backend", BACKEND_DIR, "--port", "0", "--issuer", issuer, "--audience", DESKTOP_CLIENT_ID, "--record", recordFile],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: backend.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    backend.once("exit", (code) => reject(new Error(`backend exited with ${code}`)));
  });
  ready = JSON.parse(first);
  expect(ready.event).toBe("listening");
  expect(ready.syncUrl).toBe(`ws://127.0.0.1:${ready.port}/api/1.48.0/sync`);
  url = ready.url;
}, 120000);

afterAll(async () => {
  if (backend && backend.exitCode === null) {
    const exited = new Promise((r) => backend.once("exit", r));
    backend.kill("SIGTERM");
    await exited;
  }
  await new Promise((r) => issuerServer?.close(r));
  rmSync(dirname(recordFile), { recursive: true, force: true });
});

function httpClient(tok?: string) {
  const c = new ConvexHttpClient(url, { skipConvexDeploymentUrlCheck: true });
  if (tok) c.setAuth(tok);
  return c;
}

async function rawCall(kind: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api/${kind}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe("HTTP API with ConvexHttpClient", () => {
  test("the providers are the installed auth.config.ts's: the web's (convex) and the desktop's client id", () => {
    expect(ready.backend).toBe(BACKEND_DIR);
    expect(ready.providers).toEqual([
      { domain: issuer, applicationID: DESKTOP_CLIENT_ID },
      { domain: issuer, applicationID: "convex" },
    ]);
  });

  test("a desktop token and a web token reach the same rows (keyed by subject)", async () => {
    const desktop = httpClient(await token("alice"));
    const web = httpClient(await token("alice", { aud: "convex" }));
    const { results } = await desktop.mutation(sync.push, {
      ops: [{ table: "harnesses", op: "upsert", clientId: "http-h1", fields: { name: "Over HTTP", model: "gpt-5" } }],
    });
    expect(results[0].result).toBe("inserted");
    const again = await desktop.mutation(sync.push, {
      ops: [{ table: "harnesses", op: "upsert", clientId: "http-h1", fields: { name: "Over HTTP", model: "gpt-5" } }],
    });
    expect(again.results[0]).toMatchObject({ result: "unchanged", id: results[0].id });
    expect(await web.query(api.harnesses.get, { id: results[0].id })).toMatchObject({ name: "Over HTTP", userId: "alice" });
    const state = await desktop.query(sync.state, {});
    expect(state.harnesses.map((h: any) => h._id)).toEqual([results[0].id]);
  });

  test("function errors: ConvexError data for the desktop functions, the message for the web's (HTTP 560)", async () => {
    const alice = httpClient(await token("alice2"));
    const bob = httpClient(await token("bob2"));
    const { results } = await alice.mutation(sync.push, { ops: [{ table: "conversations", op: "upsert", clientId: "c", fields: { title: "Alice only" } }] });
    const err = await bob.query(sync.messages, { conversationId: results[0].id }).catch((e) => e);
    expect(err).toBeInstanceOf(ConvexError);
    expect(err.data).toMatchObject({ code: "not_found" });
    const anon = await httpClient().query(sync.state, {}).catch((e) => e);
    expect(anon).toBeInstanceOf(ConvexError);
    expect(anon.data.code).toBe("unauthenticated");
    const webErr = await bob.mutation(api.conversations.updateTitle, { id: results[0].id, title: "x" }).catch((e) => e);
    expect(String(webErr.message)).toMatch(/Not found/);

    const raw = await rawCall("query", { path: "desktop/sync:messages", args: { conversationId: results[0].id }, format: "json" }, { Authorization: `Bearer ${await token("bob2")}` });
    expect(raw.status).toBe(560);
    expect(raw.body).toMatchObject({ status: "error", errorData: { code: "not_found" }, logLines: [] });
    expect(raw.body.errorMessage).toContain("ConvexError");
  });

  test("bad tokens are refused before any function runs (HTTP 401)", async () => {
    const bad = [
      await token("mallory", { signWith: otherKey }),
      await token("mallory", { iss: "https://evil.example" }),
      await token("mallory", { aud: "someone-else" }),
      await token("mallory", { exp: Math.floor(Date.now() / 1000) - 3600 }),
      "not.a.jwt",
    ];
    for (const tok of bad) {
      const raw = await rawCall("mutation", { path: "desktop/sync:push", args: { ops: [{ table: "conversations", op: "upsert", clientId: "x", fields: { title: "x" } }] }, format: "json" }, { Authorization: `Bearer ${tok}` });
      expect(raw.status, tok).toBe(401);
      expect(raw.body.code).toBe("Unauthenticated");
      await expect(httpClient(tok).query(sync.state, {})).rejects.toThrow(/Unauthenticated|verify/);
    }
    // Nothing was written for mallory.
    expect((await httpClient(await token("mallory")).query(sync.state, {})).conversations).toEqual([]);
  });

  test("both body formats; unknown, internal and non-functions, wrong kinds and malformed bodies are 4xx", async () => {
    const auth = { Authorization: `Bearer ${await token("carol")}` };
    const plain = await rawCall("mutation", { path: "userSettings:update", args: { autoSwitchHarness: false }, format: "json" }, auth);
    expect(plain.status).toBe(200);
    expect(plain.body.status).toBe("success");
    const encoded = await rawCall("query", { path: "userSettings:get", args: [{}], format: "convex_encoded_json" }, auth);
    expect(encoded.body.value.autoSwitchHarness).toBe(false);

    expect((await rawCall("query", { path: "nope:list", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("query", { path: "desktop/sync:push", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("mutation", { path: "messages:saveAssistantMessage", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("query", { path: "desktop/hash:fnv1a64", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("query", { path: "_generated/server:query", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("query", { path: "../schema:default", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("query", { args: {} }, auth)).status).toBe(400);
    expect((await rawCall("query", { path: "desktop/sync:state", args: {} }, { Authorization: "Basic abc" })).status).toBe(401);
  });
});

const conv = (clientId: string, title: string) => ({ table: "conversations", op: "upsert", clientId, fields: { title } });

describe("WebSocket sync protocol with the official ConvexClient", () => {
  function wsClient(tok: string) {
    const c = new ConvexClient(url, {
      skipConvexDeploymentUrlCheck: true,
      webSocketConstructor: WebSocket as any,
      unsavedChangesWarning: false,
    });
    c.setAuth(async () => tok);
    return c;
  }

  function nextValue<T>(values: T[], predicate: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const tick = () => {
        const found = values.find(predicate);
        if (found !== undefined) return resolve(found);
        if (Date.now() - started > timeoutMs) return reject(new Error(`timed out; saw ${JSON.stringify(values)}`));
        setTimeout(tick, 20);
      };
      tick();
    });
  }

  test("the desktop's live queries follow the web's writes within a second; other users see nothing", async () => {
    const tok = await token("dana");
    const desktop = wsClient(tok);
    const web = wsClient(await token("dana", { aud: "convex" }));
    const eve = wsClient(await token("eve"));
    try {
      const states: any[] = [];
      const unsubscribe = desktop.onUpdate(sync.state, {}, (v) => states.push(v));
      const eveStates: any[] = [];
      eve.onUpdate(sync.state, {}, (v) => eveStates.push(v));
      await nextValue(states, (v) => v.conversations.length === 0);

      // The web app creates a harness and a conversation over its own socket...
      const harnessId = await web.mutation(api.harnesses.create, { name: "W", model: "gpt-5", status: "started", mcpServers: [], skills: [] });
      const started = Date.now();
      const conversationId = await web.mutation(api.conversations.create, { title: "Live", harnessId });
      await nextValue(states, (v) => v.conversations.some((c: any) => c._id === conversationId));
      expect(Date.now() - started).toBeLessThan(1000);

      // ...sends a message: the subscribed digest changes.
      const digests: any[] = [];
      desktop.onUpdate(sync.digests, { conversationIds: [conversationId] }, (v) => digests.push(v));
      await nextValue(digests, (v) => v.digests[0]?.count === 0);
      await httpClient(await token("dana", { aud: "convex" })).mutation(api.messages.send, { conversationId, role: "user", content: "hi" });
      await nextValue(digests, (v) => v.digests[0]?.count === 1);

      // A desktop push over the socket is consistent once it resolves, and reaches the web.
      const r = await desktop.mutation(sync.push, { ops: [conv("live-2", "Mine")] });
      expect(r.results[0].result).toBe("inserted");
      expect((await desktop.query(sync.state, {})).conversations.map((c: any) => c._id)).toEqual([conversationId, r.results[0].id]);
      expect((await web.query(api.conversations.list, {})).map((c: any) => c.title).sort()).toEqual(["Live", "Mine"]);

      // The web's hard delete leaves the live state.
      await web.mutation(api.conversations.remove, { id: conversationId });
      await nextValue(states, (v) => v.conversations.length === 1 && v.conversations[0]._id === r.results[0].id);

      // Errors of mutations over the socket carry their data.
      const err = await desktop.mutation(sync.push, { ops: Array.from({ length: 201 }, (_, i) => conv(`x${i}`, "x")) }).catch((e) => e);
      expect(err).toBeInstanceOf(ConvexError);
      expect(err.data.code).toBe("too_large");

      unsubscribe();
      expect(eveStates.length).toBeGreaterThan(0);
      expect(eveStates.every((v) => v.conversations.length === 0 && v.harnesses.length === 0)).toBe(true);
    } finally {
      await Promise.all([desktop.close(), web.close(), eve.close()]);
    }
  });

  test("a bad token gets AuthError and no data", async () => {
    const client = new ConvexClient(url, {
      skipConvexDeploymentUrlCheck: true,
      webSocketConstructor: WebSocket as any,
      unsavedChangesWarning: false,
    });
    const authChanges: boolean[] = [];
    const bad = await token("mallory", { signWith: otherKey });
    client.setAuth(async () => bad, (isAuthenticated) => authChanges.push(isAuthenticated));
    try {
      const results: any[] = [];
      client.onUpdate(sync.state, {}, (v) => results.push(v), (e) => results.push(e));
      await nextValue(authChanges, (v) => v === false, 10000);
      expect(authChanges).not.toContain(true);
    } finally {
      await client.close();
    }
  });
});

describe("WebSocket sync protocol, frame by frame", () => {
  const decodeTs = (b64: string) => Number(Buffer.from(b64, "base64").readBigUInt64LE());

  test("versions chain exactly; Authenticate bumps identity; MutationResponse precedes a Transition reaching its ts", async () => {
    const ws = new WebSocket(`${url.replace(/^http/, "ws")}/api/1.48.0/sync`);
    const inbox: any[] = [];
    const waiters: (() => void)[] = [];
    ws.on("message", (d) => {
      const frame = JSON.parse(d.toString());
      if (frame.type !== "Ping") inbox.push(frame);
      waiters.splice(0).forEach((w) => w());
    });
    await new Promise((r) => ws.once("open", r));
    const next = async (): Promise<any> => {
      const deadline = Date.now() + 5000;
      while (inbox.length === 0) {
        if (Date.now() > deadline) throw new Error("no frame");
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return inbox.shift();
    };
    const sendFrame = (f: unknown) => ws.send(JSON.stringify(f));
    try {
      const sessionId = crypto.randomUUID();
      sendFrame({ type: "Connect", sessionId, connectionCount: 0, lastCloseReason: "InitialConnect", clientTs: Date.now() });
      sendFrame({ type: "Authenticate", tokenType: "User", value: await token("frank"), baseVersion: 0 });
      const auth = await next();
      expect(auth.type).toBe("Transition");
      expect(auth.startVersion).toEqual({ querySet: 0, identity: 0, ts: "AAAAAAAAAAA=" });
      expect(auth.endVersion.identity).toBe(1);
      expect(auth.endVersion.querySet).toBe(0);

      sendFrame({
        type: "ModifyQuerySet",
        baseVersion: 0,
        newVersion: 1,
        modifications: [{ type: "Add", queryId: 7, udfPath: "conversations:list", args: [{}], journal: null }],
      });
      const added = await next();
      expect(added.type).toBe("Transition");
      expect(added.startVersion).toEqual(auth.endVersion);
      expect(added.endVersion.querySet).toBe(1);
      expect(added.modifications).toEqual([{ type: "QueryUpdated", queryId: 7, value: [], logLines: [], journal: null }]);

      sendFrame({ type: "Mutation", requestId: 0, udfPath: "desktop/sync:push", args: [{ ops: [conv("raw", "Raw")] }] });
      const response = await next();
      expect(response).toMatchObject({ type: "MutationResponse", requestId: 0, success: true, result: { results: [{ result: "inserted" }] } });
      const committed = await next();
      expect(committed.type).toBe("Transition");
      expect(committed.startVersion).toEqual(added.endVersion);
      expect(decodeTs(committed.endVersion.ts)).toBeGreaterThanOrEqual(decodeTs(response.ts));
      expect(committed.modifications).toHaveLength(1);
      expect(committed.modifications[0].value.map((c: any) => c.title)).toEqual(["Raw"]);

      // A failing mutation: success false, the message in result, the data in errorData.
      sendFrame({ type: "Mutation", requestId: 1, udfPath: "desktop/sync:push", args: [{ ops: Array.from({ length: 201 }, (_, i) => conv(`x${i}`, "x")) }] });
      const failed = await next();
      expect(failed).toMatchObject({ type: "MutationResponse", requestId: 1, success: false, errorData: { code: "too_large" } });
      expect(typeof failed.result).toBe("string");
      const afterFailure = await next();
      expect(afterFailure.type).toBe("Transition");
      expect(afterFailure.startVersion).toEqual(committed.endVersion);

      // A bad token: AuthError for that attempt, version unchanged.
      sendFrame({ type: "Authenticate", tokenType: "User", value: await token("frank", { signWith: otherKey }), baseVersion: 1 });
      expect(await next()).toMatchObject({ type: "AuthError", baseVersion: 1, authUpdateAttempted: true });

      sendFrame({ type: "ModifyQuerySet", baseVersion: 1, newVersion: 2, modifications: [{ type: "Remove", queryId: 7 }] });
      const removed = await next();
      expect(removed.startVersion).toEqual(afterFailure.endVersion);
      expect(removed.endVersion.querySet).toBe(2);
      expect(removed.modifications).toEqual([{ type: "QueryRemoved", queryId: 7 }]);

      // --record wrote this conversation, in order, both directions.
      const frames = readFileSync(recordFile, "utf8").trim().split("\n").map((l) => JSON.parse(l));
      const conn = frames.find((f) => f.dir === "in" && f.frame.type === "Connect" && f.frame.sessionId === sessionId).conn;
      const mine = frames.filter((f) => f.conn === conn && f.frame.type !== "Ping").map((f) => `${f.dir}:${f.frame.type}`);
      expect(mine).toEqual([
        "in:Connect", "in:Authenticate", "out:Transition", "in:ModifyQuerySet", "out:Transition",
        "in:Mutation", "out:MutationResponse", "out:Transition", "in:Mutation", "out:MutationResponse",
        "out:Transition", "in:Authenticate", "out:AuthError", "in:ModifyQuerySet", "out:Transition",
      ]);
    } finally {
      ws.close();
    }
  });
});

describe("bulk seeding for benches", () => {
  test("seeds web-shaped rows for the caller only; the web's and the desktop's queries read them", async () => {
    const tok = await token("grace");
    const res = await fetch(`${url}/_test/seed`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tok}`, "Content-Type": "application/json" },
      body: JSON.stringify({ conversations: 20, messagesPerConversation: 10, contentBytes: 16 }),
    });
    expect(res.status).toBe(200);
    const seeded = await res.json();
    expect(seeded).toMatchObject({ conversations: 20, messages: 200 });

    const grace = httpClient(tok);
    const state = await grace.query(sync.state, {});
    expect(state.conversations).toHaveLength(20);
    expect(state.defaultWorkspaceId).toBe(seeded.workspaceId);
    const list = await grace.query(api.conversations.list, {});
    expect(list[0]).toMatchObject({ title: "Conversation 19", workspaceId: seeded.workspaceId, userId: "grace" });
    const messages = await grace.query(api.messages.list, { conversationId: list[0]._id });
    expect(messages.map((m: any) => m.role).slice(0, 2)).toEqual(["user", "assistant"]);
    expect(messages).toHaveLength(10);
    const { digests } = await grace.query(sync.digests, { conversationIds: state.conversations.map((c: any) => c._id) });
    expect(digests.reduce((n: number, d: any) => n + d.count, 0)).toBe(200);
    // Nobody else got anything, and seeding needs a valid token.
    expect((await httpClient(await token("heidi")).query(sync.state, {})).conversations).toEqual([]);
    const anon = await fetch(`${url}/_test/seed`, { method: "POST", body: JSON.stringify({ conversations: 1 }) });
    expect(anon.status).toBe(401);
  });
});

describe("fault injection: lost replies and lost networks", () => {
  async function setFaults(body: Record<string, unknown>) {
    const res = await fetch(`${url}/_test/faults`, { method: "POST", body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    return await res.json();
  }
  afterAll(async () => {
    await setFaults({ offline: false, failBeforeCommit: 0, dropResponseAfterCommit: 0 });
  });
  const titles = async (tok: string) => (await httpClient(tok).query(api.conversations.list, {})).map((c: any) => c.title).sort();

  test("HTTP: a reply lost after commit, then the retry, is one write; a request lost before commit wrote nothing", async () => {
    const tok = await token("ivan");
    const ivan = httpClient(tok);
    const write = () => ivan.mutation(sync.push, { ops: [conv("lost-reply", "once")] });
    await setFaults({ dropResponseAfterCommit: 1 });
    await expect(write()).rejects.toThrow();
    expect(await titles(tok)).toEqual(["once"]);
    expect((await write()).results[0].result).toBe("unchanged");

    await setFaults({ failBeforeCommit: 1 });
    const other = () => ivan.mutation(sync.push, { ops: [conv("never-ran", "later")] });
    await expect(other()).rejects.toThrow();
    expect(await titles(tok)).toEqual(["once"]);
    expect((await other()).results[0].result).toBe("inserted");
    expect(await titles(tok)).toEqual(["later", "once"]);
  });

  test("WebSocket: the official client resends a push whose reply was lost; it applies once", async () => {
    const tok = await token("judy");
    const client = new ConvexClient(url, { skipConvexDeploymentUrlCheck: true, webSocketConstructor: WebSocket as any, unsavedChangesWarning: false });
    client.setAuth(async () => tok);
    try {
      expect((await client.query(sync.state, {})).conversations).toEqual([]);
      await setFaults({ dropResponseAfterCommit: 1 });
      const r = await client.mutation(sync.push, { ops: [conv("ws-lost", "resent")] });
      // The first attempt committed; the resent one found it already there.
      expect(r.results[0].result).toBe("unchanged");
      expect(await titles(tok)).toEqual(["resent"]);
    } finally {
      await client.close();
    }
  }, 30000);

  test("offline: calls fail and sockets drop; back online, subscriptions resume and catch up", async () => {
    const tok = await token("mike");
    const client = new ConvexClient(url, { skipConvexDeploymentUrlCheck: true, webSocketConstructor: WebSocket as any, unsavedChangesWarning: false });
    client.setAuth(async () => tok);
    const seen: any[] = [];
    client.onUpdate(sync.state, {}, (v) => seen.push(v));
    try {
      while (seen.length === 0) await new Promise((r) => setTimeout(r, 20));
      const state = await setFaults({ offline: true });
      expect(state.offline).toBe(true);
      await expect(httpClient(tok).query(sync.state, {})).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 500));
      await setFaults({ offline: false });
      const { results } = await httpClient(tok).mutation(sync.push, { ops: [conv("after-outage", "caught up")] });
      const deadline = Date.now() + 20000;
      while (!seen.some((v) => v.conversations.some((c: any) => c._id === results[0].id))) {
        if (Date.now() > deadline) throw new Error("the subscription did not resume");
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await client.close();
    }
  }, 30000);
});
