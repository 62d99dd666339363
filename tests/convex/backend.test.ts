// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The local test backend, driven by the official convex npm clients (ConvexHttpClient and the
// WebSocket ConvexClient) as the oracle that the emulation is faithful, with real JWTs signed by
// a test key served from a local JWKS endpoint.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ConvexClient, ConvexHttpClient } from "convex/browser";
import { ConvexError } from "convex/values";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import WebSocket from "ws";
import { api } from "../../convex/_generated/api";

const here = dirname(fileURLToPath(import.meta.url));
const recordFile = join(mkdtempSync(join(tmpdir(), "harness-convex-")), "frames.jsonl");

let jwksServer: http.Server;
let issuer = "";
let backend: ChildProcess;
let url = "";
let key: CryptoKey;
let otherKey: CryptoKey;

async function token(sub: string, opts: { iss?: string; aud?: string; exp?: string | number; signWith?: CryptoKey } = {}) {
  return await new SignJWT({ name: `User ${sub}`, email: `${sub}@example.com` })
    .setProtectedHeader({ alg: "RS256", kid: "test-key" })
    .setSubject(sub)
    .setIssuer(opts.iss ?? issuer)
    .setAudience(opts.aud ?? "convex")
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? "10m")
    .sign(opts.signWith ?? key);
}

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  key = pair.privateKey as CryptoKey;
  otherKey = (await generateKeyPair("RS256")).privateKey as CryptoKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  jwksServer = http.createServer((req, res) => {
    if (req.url === "/.well-known/jwks.json") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
  issuer = `http://127.0.0.1:${(jwksServer.address() as any).port}`;

  backend = spawn(
    process.execPath,
    [
      join(here, "start-backend.mjs"),
      "--port", "0",
      "--jwks", `${issuer}/.well-known/jwks.json`,
      "--issuer", issuer,
      "--audience", "convex",
      "--record", recordFile,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: backend.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    backend.once("exit", (code) => reject(new Error(`backend exited with ${code}`)));
  });
  const ready = JSON.parse(first);
  expect(ready.event).toBe("listening");
  expect(ready.syncUrl).toBe(`ws://127.0.0.1:${ready.port}/api/1.48.0/sync`);
  url = ready.url;
}, 60000);

afterAll(async () => {
  if (backend && backend.exitCode === null) {
    const exited = new Promise((r) => backend.once("exit", r));
    backend.kill("SIGTERM");
    await exited;
  }
  await new Promise((r) => jwksServer?.close(r));
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
  test("a signed-in user writes and reads through the real functions", async () => {
    const alice = httpClient(await token("alice"));
    const id = await alice.mutation(api.harnesses.create, { clientId: "http-h1", name: "Over HTTP", model: "m/x" });
    const again = await alice.mutation(api.harnesses.create, { clientId: "http-h1", name: "Over HTTP", model: "m/x" });
    expect(again).toBe(id);
    const h = await alice.query(api.harnesses.get, { id });
    expect(h).toMatchObject({ name: "Over HTTP", clientId: "http-h1", userId: `${issuer}|alice` });
    const pulled = await alice.query(api.sync.pull, { cursor: null });
    expect(pulled.harnesses.map((x: any) => x.clientId)).toContain("http-h1");
  });

  test("function errors come back as ConvexError with their data (HTTP 560)", async () => {
    const alice = httpClient(await token("alice"));
    const bob = httpClient(await token("bob"));
    const id = await alice.mutation(api.harnesses.create, { name: "Alice only", model: "m" });
    const err = await bob.query(api.harnesses.get, { id }).catch((e) => e);
    expect(err).toBeInstanceOf(ConvexError);
    expect(err.data).toMatchObject({ code: "not_found" });

    const anon = await httpClient().query(api.harnesses.list, {}).catch((e) => e);
    expect(anon).toBeInstanceOf(ConvexError);
    expect(anon.data.code).toBe("unauthenticated");

    const raw = await rawCall("query", { path: "harnesses:get", args: { id }, format: "json" }, { Authorization: `Bearer ${await token("bob")}` });
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
      const raw = await rawCall("mutation", { path: "harnesses:create", args: { name: "x", model: "y" }, format: "json" }, { Authorization: `Bearer ${tok}` });
      expect(raw.status, tok).toBe(401);
      expect(raw.body.code).toBe("Unauthenticated");
      await expect(httpClient(tok).query(api.harnesses.list, {})).rejects.toThrow(/Unauthenticated|verify/);
    }
    // Nothing was written for mallory.
    const mallory = httpClient(await token("mallory"));
    expect(await mallory.query(api.harnesses.list, {})).toEqual([]);
  });

  test("both body formats; unknown functions, wrong kinds and malformed bodies are 4xx", async () => {
    const auth = { Authorization: `Bearer ${await token("carol")}` };
    const plain = await rawCall("mutation", { path: "userSettings:set", args: { autoSwitchHarness: false }, format: "json" }, auth);
    expect(plain.status).toBe(200);
    expect(plain.body.status).toBe("success");
    const encoded = await rawCall("query", { path: "userSettings:get", args: [{}], format: "convex_encoded_json" }, auth);
    expect(encoded.body.value.autoSwitchHarness).toBe(false);

    expect((await rawCall("query", { path: "nope:list", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("query", { path: "harnesses:create", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("mutation", { path: "lib/sync:nextStamp", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("query", { path: "../schema:default", args: {} }, auth)).status).toBe(404);
    expect((await rawCall("query", { args: {} }, auth)).status).toBe(400);
    expect((await rawCall("query", { path: "harnesses:list", args: {} }, { Authorization: "Basic abc" })).status).toBe(401);
  });
});

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

  test("subscribe, mutate from another client, see the update; other users see nothing", async () => {
    const aliceTok = await token("dana");
    const desktop1 = wsClient(aliceTok);
    const desktop2 = wsClient(aliceTok);
    const eve = wsClient(await token("eve"));
    try {
      const seen: any[][] = [];
      const unsubscribe = desktop1.onUpdate(api.conversations.list, {}, (v) => seen.push(v));
      const eveSeen: any[][] = [];
      eve.onUpdate(api.conversations.list, {}, (v) => eveSeen.push(v));
      await nextValue(seen, (v) => Array.isArray(v) && v.length === 0);

      // A mutation over the socket from the second desktop...
      const r = await desktop2.mutation(api.conversations.upsert, { clientId: "live-1", updatedAt: 1, fields: { title: "Live" } });
      expect(r.result).toBe("inserted");
      const started = Date.now();
      const live = await nextValue(seen, (v) => v.some((c: any) => c.clientId === "live-1"));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(live.map((c: any) => c.title)).toEqual(["Live"]);

      // ...and one over HTTP reach the subscription too.
      await httpClient(aliceTok).mutation(api.conversations.upsert, { clientId: "live-1", updatedAt: 2, fields: { title: "Renamed" } });
      await nextValue(seen, (v) => v.some((c: any) => c.title === "Renamed"));

      // The query result of a mutation on the same client is consistent after it resolves.
      await desktop1.mutation(api.conversations.upsert, { clientId: "live-2", updatedAt: 3, fields: { title: "Mine" } });
      expect((await desktop1.query(api.conversations.list, {})).map((c: any) => c.clientId).sort()).toEqual(["live-1", "live-2"]);

      // A subscribed sync:pull follows changes (what the desktop's live sync uses).
      const pulls: any[] = [];
      desktop2.onUpdate(api.sync.pull, { cursor: r.updatedAt }, (v) => pulls.push(v));
      await desktop1.mutation(api.conversations.removeByClient, { clientId: "live-1", deletedAt: 4 });
      await nextValue(pulls, (p) => p.conversations.some((c: any) => c.clientId === "live-1" && c.deletedAt === 4));

      // Errors of mutations over the socket carry their data.
      const err = await desktop1.mutation(api.harnesses.upsert, { clientId: "h", updatedAt: 1, fields: { name: "no model" } }).catch((e) => e);
      expect(err).toBeInstanceOf(ConvexError);
      expect(err.data.code).toBe("invalid_argument");

      unsubscribe();
      expect(eveSeen.length).toBeGreaterThan(0);
      expect(eveSeen.every((v) => v.length === 0)).toBe(true);
    } finally {
      await Promise.all([desktop1.close(), desktop2.close(), eve.close()]);
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
      client.onUpdate(api.harnesses.list, {}, (v) => results.push(v), (e) => results.push(e));
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

      sendFrame({ type: "Mutation", requestId: 0, udfPath: "conversations:upsert", args: [{ clientId: "raw", updatedAt: 1, fields: { title: "Raw" } }] });
      const response = await next();
      expect(response).toMatchObject({ type: "MutationResponse", requestId: 0, success: true, result: { result: "inserted" } });
      const committed = await next();
      expect(committed.type).toBe("Transition");
      expect(committed.startVersion).toEqual(added.endVersion);
      expect(decodeTs(committed.endVersion.ts)).toBeGreaterThanOrEqual(decodeTs(response.ts));
      expect(committed.modifications).toHaveLength(1);
      expect(committed.modifications[0].value.map((c: any) => c.title)).toEqual(["Raw"]);

      // A failing mutation: success false, the message in result, the data in errorData.
      sendFrame({ type: "Mutation", requestId: 1, udfPath: "harnesses:upsert", args: [{ clientId: "x", updatedAt: 1, fields: {} }] });
      const failed = await next();
      expect(failed).toMatchObject({ type: "MutationResponse", requestId: 1, success: false, errorData: { code: "invalid_argument" } });
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
  test("seeds only the caller's rows, shaped as push stores them, and pull pages through them", async () => {
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
    let cursor: number | null = null;
    let conversations = 0;
    let messages = 0;
    for (;;) {
      const page: any = await grace.query(api.sync.pull, { cursor, limit: 64 });
      conversations += page.conversations.length;
      messages += page.messages.length;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect([conversations, messages, cursor]).toEqual([20, 200, seeded.lastStamp]);
    const list = await grace.query(api.conversations.list, { limit: 1 });
    expect(list[0].title).toBe("Conversation 19");
    expect(await grace.query(api.messages.list, { conversationId: list[0]._id })).toHaveLength(10);
    // Later writes stamp after the seeded rows, so a cursor taken now sees them.
    const r = await grace.mutation(api.conversations.upsert, { clientId: "seed-c0", updatedAt: Date.now(), fields: { title: "edited" } });
    expect(r.updatedAt).toBeGreaterThan(seeded.lastStamp);
    // Nobody else got anything, and seeding needs a valid token.
    expect((await httpClient(await token("heidi")).query(api.sync.pull, {})).conversations).toEqual([]);
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

  test("HTTP: a reply lost after commit, then the retry, is one write; a request lost before commit wrote nothing", async () => {
    const tok = await token("ivan");
    const ivan = httpClient(tok);
    const write = () => ivan.mutation(api.conversations.upsert, { clientId: "lost-reply", updatedAt: 5, fields: { title: "once" } });
    await setFaults({ dropResponseAfterCommit: 1 });
    await expect(write()).rejects.toThrow();
    expect(await ivan.query(api.conversations.getByClient, { clientId: "lost-reply" })).toMatchObject({ title: "once" });
    expect((await write()).result).toBe("unchanged");

    await setFaults({ failBeforeCommit: 1 });
    const other = () => ivan.mutation(api.conversations.upsert, { clientId: "never-ran", updatedAt: 5, fields: {} });
    await expect(other()).rejects.toThrow();
    expect(await ivan.query(api.conversations.getByClient, { clientId: "never-ran" })).toBeNull();
    expect((await other()).result).toBe("inserted");
    const pulled = await ivan.query(api.sync.pull, {});
    expect(pulled.conversations.map((c: any) => c.clientId).sort()).toEqual(["lost-reply", "never-ran"]);
  });

  test("WebSocket: the official client resends a mutation whose reply was lost; it applies once", async () => {
    const tok = await token("judy");
    const client = new ConvexClient(url, { skipConvexDeploymentUrlCheck: true, webSocketConstructor: WebSocket as any, unsavedChangesWarning: false });
    client.setAuth(async () => tok);
    try {
      expect(await client.query(api.conversations.list, {})).toEqual([]);
      await setFaults({ dropResponseAfterCommit: 1 });
      const r = await client.mutation(api.conversations.upsert, { clientId: "ws-lost", updatedAt: 5, fields: { title: "resent" } });
      // The first attempt committed; the resent one found it already there.
      expect(r.result).toBe("unchanged");
      const rows = await httpClient(tok).query(api.sync.pull, {});
      expect(rows.conversations.map((c: any) => c.title)).toEqual(["resent"]);
    } finally {
      await client.close();
    }
  }, 30000);

  test("offline: calls fail and sockets drop; back online, subscriptions resume and catch up", async () => {
    const tok = await token("mike");
    const client = new ConvexClient(url, { skipConvexDeploymentUrlCheck: true, webSocketConstructor: WebSocket as any, unsavedChangesWarning: false });
    client.setAuth(async () => tok);
    const seen: any[][] = [];
    client.onUpdate(api.conversations.list, {}, (v) => seen.push(v));
    try {
      while (seen.length === 0) await new Promise((r) => setTimeout(r, 20));
      const state = await setFaults({ offline: true });
      expect(state.offline).toBe(true);
      await expect(httpClient(tok).query(api.conversations.list, {})).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 500));
      await setFaults({ offline: false });
      await httpClient(tok).mutation(api.conversations.upsert, { clientId: "after-outage", updatedAt: 1, fields: { title: "caught up" } });
      const deadline = Date.now() + 20000;
      while (!seen.some((v) => v.some((c: any) => c.clientId === "after-outage"))) {
        if (Date.now() > deadline) throw new Error("the subscription did not resume");
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await client.close();
    }
  }, 30000);
});
