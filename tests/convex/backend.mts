// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Local Convex test backend: an INSTALLED Harness web backend (its convex/ folder with the
// desktop module, see prepare-backend.mjs) running in convex-test (Convex's own in-memory
// runtime), served on 127.0.0.1 with
//   - the HTTP API: POST /api/query, /api/mutation, /api/action
//     body {path: "module:fn", args, format: "json" | "convex_encoded_json"}
//     200 {status: "success", value, logLines} | 560 {status: "error", errorMessage, errorData?, logLines}
//     4xx {code, message} for malformed requests and bad tokens;
//   - the WebSocket sync protocol at /api/<client version>/sync (live query subscriptions);
//   - user auth by `Authorization: Bearer <JWT>` (WebSocket: Authenticate), verified as a
//     deployment does: against the providers that backend's auth.config.ts declares (issuer =
//     domain, audience = applicationID, keys from the issuer's JWKS), evaluated with
//     CLERK_JWT_ISSUER_DOMAIN = --issuer and HARNESS_DESKTOP_CLIENT_ID = --audience, and mapped to
//     convex-test's withIdentity({subject, issuer, ...}) (tokenIdentifier = "<iss>|<sub>").
//
// Run it with start-backend.mjs (plain node), which runs this file under vite-node with the
// tests' config so the backend loads exactly as in the unit tests:
//   node tests/convex/start-backend.mjs [--backend DIR] --port 0 --issuer <iss> [--jwks <url>]
//                                        [--audience harness-desktop] [--verbose] [--record frames.jsonl]
// Env instead of flags: HARNESS_CONVEX_BACKEND_DIR, HARNESS_CONVEX_PORT, HARNESS_OIDC_JWKS_URL,
// HARNESS_OIDC_ISSUER, HARNESS_OIDC_AUDIENCE. Without --jwks the keys are found through the
// issuer's /.well-known/openid-configuration. When listening it prints one JSON line on stdout:
//   {"event":"listening","port":N,"url":"http://127.0.0.1:N","syncUrl":"ws://127.0.0.1:N/api/1.48.0/sync",
//    "issuer":…,"audience":…,"backend":DIR,"providers":[{domain, applicationID}]}
// and then one JSON line per request ({"event":"call",...}) when --verbose is given.
import http from "node:http";
import { appendFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { convexTest } from "convex-test";
import { makeFunctionReference } from "convex/server";
import { convexToJson, jsonToConvex } from "convex/values";
import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import { WebSocket, WebSocketServer } from "ws";
import { BACKEND_DIR, CONVEX_DIR, convexModules } from "./modules";

// ------------------------------------------------------------------ configuration

function option(name: string, env: string, fallback?: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < argv.length) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  return process.env[env] || fallback;
}

const port = Number(option("port", "HARNESS_CONVEX_PORT", "0"));
const jwksUrl = option("jwks", "HARNESS_OIDC_JWKS_URL");
const issuer = option("issuer", "HARNESS_OIDC_ISSUER");
const audience = option("audience", "HARNESS_OIDC_AUDIENCE", "harness-desktop")!;
const verbose = process.argv.includes("--verbose");
// --record FILE: append every sync frame, both directions, as JSON lines
// {conn, dir: "in" | "out", frame} (golden transcripts for client tests).
const recordFile = option("record", "HARNESS_CONVEX_RECORD");
if (!issuer || !Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(
    "usage: start-backend.mjs [--backend DIR] --issuer <issuer> [--jwks <JWKS url>] [--audience harness-desktop] [--port 0] [--verbose]\n" +
      "       (or env HARNESS_CONVEX_BACKEND_DIR, HARNESS_OIDC_ISSUER, HARNESS_OIDC_JWKS_URL, HARNESS_OIDC_AUDIENCE, HARNESS_CONVEX_PORT)\n",
  );
  process.exit(2);
}

// The deployment's environment, as `npx convex env set` would give it.
process.env.CLERK_JWT_ISSUER_DOMAIN = issuer;
process.env.HARNESS_DESKTOP_CLIENT_ID = audience;
const authConfig = (await import(/* @vite-ignore */ join(CONVEX_DIR, "auth.config.ts"))).default as {
  providers: { domain?: string; applicationID?: string }[];
};
const providers = authConfig.providers.filter((p) => p.domain && p.applicationID) as { domain: string; applicationID: string }[];
if (providers.length === 0) {
  process.stderr.write(`${CONVEX_DIR}/auth.config.ts declares no OpenID provider (domain + applicationID).\n`);
  process.exit(2);
}
const schema = (await import(/* @vite-ignore */ join(CONVEX_DIR, "schema.ts"))).default;

// Convex's per-function limits are enforced, as on a deployment.
const t = convexTest({ schema, modules: convexModules(), transactionLimits: true });
const log = (event: Record<string, unknown>) => {
  if (verbose) process.stdout.write(JSON.stringify(event) + "\n");
};

// ------------------------------------------------------------------ auth

type Identity = { subject: string; issuer: string; tokenIdentifier: string; [claim: string]: unknown };

class AuthFailure extends Error {}

const trimSlash = (u: string) => u.replace(/\/+$/, "");
const keySets = new Map<string, Promise<ReturnType<typeof createRemoteJWKSet>>>();

/** The issuer's keys: --jwks when given, else its OpenID configuration's jwks_uri. */
function keysOf(domain: string) {
  if (!keySets.has(domain)) {
    keySets.set(
      domain,
      (async () => {
        if (jwksUrl) return createRemoteJWKSet(new URL(jwksUrl));
        const res = await fetch(`${trimSlash(domain)}/.well-known/openid-configuration`);
        if (!res.ok) throw new Error(`${domain}/.well-known/openid-configuration answered ${res.status}`);
        const { jwks_uri } = (await res.json()) as { jwks_uri?: string };
        if (!jwks_uri) throw new Error(`${domain} publishes no jwks_uri`);
        return createRemoteJWKSet(new URL(jwks_uri));
      })(),
    );
    keySets.get(domain)!.catch(() => keySets.delete(domain));
  }
  return keySets.get(domain)!;
}

async function verifyToken(token: string): Promise<Identity> {
  try {
    const claims = decodeJwt(token);
    const auds = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    const provider = providers.find((p) => trimSlash(p.domain) === trimSlash(String(claims.iss ?? "")) && auds.includes(p.applicationID));
    if (!provider) throw new Error(`no provider of auth.config.ts has issuer ${claims.iss} and audience ${auds.join(",")}`);
    const { payload } = await jwtVerify(token, await keysOf(provider.domain), { issuer: claims.iss, audience: provider.applicationID });
    if (typeof payload.sub !== "string" || payload.sub === "") throw new Error("token has no subject");
    const identity: Identity = {
      subject: payload.sub,
      issuer: payload.iss!,
      tokenIdentifier: `${payload.iss}|${payload.sub}`,
    };
    const names: Record<string, string> = {
      name: "name",
      given_name: "givenName",
      family_name: "familyName",
      nickname: "nickname",
      preferred_username: "preferredUsername",
      email: "email",
      picture: "pictureUrl",
      phone_number: "phoneNumber",
    };
    for (const [claim, field] of Object.entries(names)) {
      if (typeof payload[claim] === "string") identity[field] = payload[claim];
    }
    if (typeof payload.email_verified === "boolean") identity.emailVerified = payload.email_verified;
    return identity;
  } catch (e) {
    throw new AuthFailure(`Could not verify the token: ${(e as Error).message}`);
  }
}

// ------------------------------------------------------------------ running functions

type Kind = "query" | "mutation" | "action";
type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; errorMessage: string; errorData?: unknown };

class NotFound extends Error {}

const moduleCache = new Map<string, Promise<Record<string, any>>>();

/** The public function `path` of the given kind, or NotFound (internal functions are not
 *  callable from outside, as on a real deployment). */
async function lookup(kind: Kind, path: string): Promise<void> {
  const m = /^([A-Za-z0-9_][A-Za-z0-9_\-/]*?)(?:\.js)?(?::([A-Za-z_$][\w$]*))?$/.exec(path);
  if (!m || m[1].split("/").some((p) => p === "" || p === "_generated" || p === "..")) {
    throw new NotFound(`Could not find public function for '${path}'.`);
  }
  const [, modPath, exportName = "default"] = m;
  const file = join(CONVEX_DIR, `${modPath}.ts`);
  if (!existsSync(file)) throw new NotFound(`Could not find public function for '${path}'.`);
  if (!moduleCache.has(file)) moduleCache.set(file, import(/* @vite-ignore */ file));
  const fn = (await moduleCache.get(file)!)[exportName];
  const isKind = kind === "query" ? fn?.isQuery : kind === "mutation" ? fn?.isMutation : fn?.isAction;
  if (!fn || !fn.isPublic || !isKind) {
    throw new NotFound(`Could not find public ${kind} function for '${path}'.`);
  }
}

// convex-test runs one function at a time here: every call goes through this chain.
let chain: Promise<unknown> = Promise.resolve();
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work, work);
  chain = next.catch(() => {});
  return next;
}

/** Logical commit timestamp of the emulated deployment, bumped by every successful mutation. */
let commitTs = 1;

async function execute(kind: Kind, path: string, args: unknown, identity: Identity | null): Promise<Outcome> {
  await lookup(kind, path);
  const accessor = identity ? t.withIdentity(identity as any) : t;
  const ref = makeFunctionReference<any>(path.replace(/\.js:/, ":"));
  try {
    const value = await (accessor as any)[kind](ref, args ?? {});
    if (kind !== "query") commitTs++;
    return { ok: true, value };
  } catch (e: any) {
    const isConvexError = e?.data !== undefined && e?.name === "ConvexError";
    const name = isConvexError ? "ConvexError" : e?.name ?? "Error";
    // convex-test hands a ConvexError's data over as its JSON text; a deployment sends the value.
    let data = e?.data;
    if (isConvexError && typeof data === "string") {
      try {
        data = JSON.parse(data);
      } catch {
        // A plain string payload.
      }
    }
    const message = isConvexError && typeof data !== "string" ? JSON.stringify(data) : e?.message ?? String(e);
    return {
      ok: false,
      errorMessage: `[Request ID: local] Server Error\nUncaught ${name}: ${message}`,
      ...(data !== undefined ? { errorData: data } : {}),
    };
  }
}

// ------------------------------------------------------------------ HTTP API

class BadRequest extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > 16 * 1024 * 1024) reject(new BadRequest(413, "PayloadTooLarge", "Request body too large."));
      else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

function decodeArgs(body: any): unknown {
  const format = body.format ?? "json";
  if (format === "convex_encoded_json") {
    // The official clients send the args object as a one-element array.
    const encoded = Array.isArray(body.args) ? body.args : [body.args ?? {}];
    if (encoded.length !== 1) throw new BadRequest(400, "BadJsonBody", "args must hold exactly one object.");
    return jsonToConvex(encoded[0]);
  }
  if (format === "json") {
    const args = body.args ?? {};
    if (typeof args !== "object" || Array.isArray(args)) {
      throw new BadRequest(400, "BadJsonBody", "args must be an object.");
    }
    return jsonToConvex(args);
  }
  throw new BadRequest(400, "BadJsonBody", `Unsupported format '${format}'.`);
}

async function handleHttp(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (req.method === "GET" && url.pathname === "/version") {
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end("harness-convex-test-backend");
    return;
  }
  if (url.pathname === "/_test/seed") return await handleSeed(req, res);
  if (url.pathname === "/_test/faults") return await handleFaults(req, res);
  if (faults.offline) {
    // As if the network were gone: no answer at all.
    req.socket.destroy();
    return;
  }
  const m = /^\/api\/(query|mutation|action)$/.exec(url.pathname);
  if (!m) return send(res, 404, { code: "NotFound", message: `No route ${req.method} ${url.pathname}` });
  if (req.method !== "POST") return send(res, 405, { code: "MethodNotAllowed", message: "Use POST." });
  const kind = m[1] as Kind;
  try {
    let body: any;
    try {
      body = JSON.parse(await readBody(req));
    } catch (e) {
      if (e instanceof BadRequest) throw e;
      throw new BadRequest(400, "BadJsonBody", "The body is not JSON.");
    }
    if (typeof body?.path !== "string") throw new BadRequest(400, "BadJsonBody", "Missing 'path'.");
    const args = decodeArgs(body);
    const authHeader = req.headers.authorization;
    let identity: Identity | null = null;
    if (authHeader !== undefined) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(authHeader);
      if (!bearer) throw new BadRequest(401, "Unauthenticated", "Authorization must be 'Bearer <JWT>'.");
      try {
        identity = await verifyToken(bearer[1]);
      } catch (e) {
        throw new BadRequest(401, "Unauthenticated", (e as Error).message);
      }
    }
    let outcome: Outcome;
    try {
      if (kind === "mutation" && takeFault("failBeforeCommit")) {
        log({ event: "fault", fault: "failBeforeCommit", path: body.path });
        req.socket.destroy();
        return;
      }
      outcome = await serialized(async () => {
        const o = await execute(kind, body.path, args, identity);
        // Live subscribers see commits made over HTTP too.
        if (o.ok && kind !== "query") await broadcastCommit();
        return o;
      });
    } catch (e) {
      if (e instanceof NotFound) throw new BadRequest(404, "FunctionNotFound", e.message);
      throw e;
    }
    log({ event: "call", kind, path: body.path, user: identity?.subject ?? null, ok: outcome.ok });
    if (outcome.ok && kind === "mutation" && takeFault("dropResponseAfterCommit")) {
      log({ event: "fault", fault: "dropResponseAfterCommit", path: body.path });
      req.socket.destroy();
      return;
    }
    if (outcome.ok) {
      send(res, 200, { status: "success", value: convexToJson(outcome.value as any), logLines: [] });
    } else {
      send(res, 560, {
        status: "error",
        errorMessage: outcome.errorMessage,
        ...(outcome.errorData !== undefined ? { errorData: convexToJson(outcome.errorData as any) } : {}),
        logLines: [],
      });
    }
  } catch (e) {
    if (e instanceof BadRequest) return send(res, e.status, { code: e.code, message: e.message });
    send(res, 500, { code: "InternalServerError", message: String((e as Error)?.stack ?? e) });
  }
}

// ------------------------------------------------------------------ bulk seeding (tests, benches)

/**
 * POST /_test/seed {conversations, messagesPerConversation, contentBytes?, prefix?} with the
 * user's Bearer token: inserts that many conversations and messages for the CALLER (never anyone
 * else), shaped exactly as the web writes them (conversations:create in the user's Default
 * workspace, messages:send alternating user and assistant), titled "<prefix> <i>" (prefix
 * default "Conversation"). Pushing 50,000 messages one by one through the functions takes long
 * in convex-test; this takes seconds. Replies {conversations, messages, workspaceId}.
 */
async function handleSeed(req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.method !== "POST") return send(res, 405, { code: "MethodNotAllowed", message: "Use POST." });
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  if (!bearer) return send(res, 401, { code: "Unauthenticated", message: "Seeding needs the user's Bearer token." });
  let identity: Identity;
  try {
    identity = await verifyToken(bearer[1]);
  } catch (e) {
    return send(res, 401, { code: "Unauthenticated", message: (e as Error).message });
  }
  let body: any;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return send(res, 400, { code: "BadJsonBody", message: "The body is not JSON." });
  }
  const n = Number(body.conversations ?? 0);
  const per = Number(body.messagesPerConversation ?? 0);
  const bytes = Number(body.contentBytes ?? 200);
  const prefix = String(body.prefix ?? "Conversation");
  if (![n, per, bytes].every((x) => Number.isInteger(x) && x >= 0) || n * per > 1_000_000 || n > 100_000 || bytes > 100_000) {
    return send(res, 400, { code: "BadJsonBody", message: "conversations, messagesPerConversation, contentBytes: small non-negative integers." });
  }
  const userId = identity.subject;
  const result = await serialized(async () => {
    const workspaceId = await t.run(async (ctx: any) => {
      const all = await ctx.db.query("workspaces").withIndex("by_user", (q: any) => q.eq("userId", userId)).collect();
      const found = all.find((w: any) => w.isDefault) ?? all.find((w: any) => w.name === "Default");
      if (found) return found._id;
      const now = Date.now();
      return await ctx.db.insert("workspaces", { userId, name: "Default", isDefault: true, createdAt: now, lastUsedAt: now });
    });
    const content = "x".repeat(bytes);
    // In chunks, each within a transaction's write limit.
    const chunk = Math.max(1, Math.floor(8000 / (per + 1)));
    for (let first = 0; first < n; first += chunk) {
      await t.run(async (ctx: any) => {
        for (let c = first; c < Math.min(n, first + chunk); c++) {
          const conversationId = await ctx.db.insert("conversations", {
            title: `${prefix} ${c}`,
            workspaceId,
            userId,
            lastMessageAt: Date.now(),
          });
          for (let m = 0; m < per; m++) {
            await ctx.db.insert("messages", {
              conversationId,
              workspaceId,
              userId,
              role: m % 2 === 0 ? "user" : "assistant",
              content,
            });
          }
        }
      });
    }
    commitTs++;
    await broadcastCommit();
    return { conversations: n, messages: n * per, workspaceId };
  });
  log({ event: "seed", user: identity.subject, ...result });
  send(res, 200, result);
}

// ------------------------------------------------------------------ fault injection (tests)

/**
 * POST /_test/faults {offline?, failBeforeCommit?, dropResponseAfterCommit?, dropConnections?}
 * (GET shows the state). Lets a client test lose the network without losing the data:
 *   offline: true         every /api request and sync socket is cut without an answer (existing
 *                         sockets too) until offline: false;
 *   failBeforeCommit: n   the next n mutations (HTTP or socket) are cut before they run;
 *   dropResponseAfterCommit: n
 *                         the next n mutations commit, then their connection is cut before the
 *                         response (the client cannot know it succeeded: a retry must be a no-op);
 *   dropConnections: true closes every sync socket now (the clients reconnect).
 */
const faults = { offline: false, failBeforeCommit: 0, dropResponseAfterCommit: 0 };

function takeFault(name: "failBeforeCommit" | "dropResponseAfterCommit"): boolean {
  if (faults[name] <= 0) return false;
  faults[name]--;
  return true;
}

async function handleFaults(req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.method === "POST") {
    let body: any;
    try {
      body = JSON.parse((await readBody(req)) || "{}");
    } catch {
      return send(res, 400, { code: "BadJsonBody", message: "The body is not JSON." });
    }
    if (typeof body.offline === "boolean") faults.offline = body.offline;
    for (const k of ["failBeforeCommit", "dropResponseAfterCommit"] as const) {
      if (body[k] !== undefined) {
        if (!Number.isInteger(body[k]) || body[k] < 0) return send(res, 400, { code: "BadJsonBody", message: `${k}: a count.` });
        faults[k] = body[k];
      }
    }
    if (faults.offline || body.dropConnections === true) {
      for (const c of connections) c.ws.terminate();
    }
    log({ event: "faults", ...faults });
  } else if (req.method !== "GET") {
    return send(res, 405, { code: "MethodNotAllowed", message: "Use GET or POST." });
  }
  send(res, 200, { ...faults, connections: connections.size });
}

// ------------------------------------------------------------------ WebSocket sync protocol

function encodeTs(ts: number): string {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(ts));
  return b.toString("base64");
}

type Version = { querySet: number; identity: number; ts: number };

let nextConnectionId = 1;
function record(conn: number, dir: "in" | "out", frame: unknown) {
  if (recordFile) appendFileSync(recordFile, JSON.stringify({ conn, dir, frame }) + "\n");
}

class SyncConnection {
  readonly id = nextConnectionId++;
  version: Version = { querySet: 0, identity: 0, ts: 0 };
  identity: Identity | null = null;
  queries = new Map<number, { udfPath: string; args: unknown; last?: string }>();
  private pinger: NodeJS.Timeout;

  constructor(readonly ws: WebSocket) {
    this.pinger = setInterval(() => this.send({ type: "Ping" }), 15000);
    ws.on("close", () => {
      clearInterval(this.pinger);
      connections.delete(this);
    });
  }

  send(message: unknown) {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    record(this.id, "out", message);
    this.ws.send(JSON.stringify(message));
  }

  /** Runs one subscribed query; undefined if its result did not change since last sent. */
  private async evaluate(queryId: number, force: boolean): Promise<unknown | undefined> {
    const q = this.queries.get(queryId)!;
    let outcome: Outcome;
    try {
      outcome = await execute("query", q.udfPath, q.args, this.identity);
    } catch (e) {
      outcome = { ok: false, errorMessage: (e as Error).message };
    }
    const modification = outcome.ok
      ? { type: "QueryUpdated", queryId, value: convexToJson(outcome.value as any), logLines: [], journal: null }
      : {
          type: "QueryFailed",
          queryId,
          errorMessage: outcome.errorMessage,
          ...(outcome.errorData !== undefined ? { errorData: convexToJson(outcome.errorData as any) } : {}),
          logLines: [],
          journal: null,
        };
    const text = JSON.stringify(modification);
    if (!force && text === q.last) return undefined;
    q.last = text;
    return modification;
  }

  /** Sends a Transition to `end` with the given modifications and every changed query result. */
  async transition(end: Partial<Version>, modifications: unknown[], rerunAll: boolean, force = false) {
    if (rerunAll) {
      for (const id of this.queries.keys()) {
        const mod = await this.evaluate(id, force);
        if (mod !== undefined) modifications.push(mod);
      }
    }
    const endVersion = { ...this.version, ...end };
    this.send({
      type: "Transition",
      startVersion: { ...this.version, ts: encodeTs(this.version.ts) },
      endVersion: { ...endVersion, ts: encodeTs(endVersion.ts) },
      modifications,
    });
    this.version = endVersion;
  }

  async onMessage(message: any) {
    switch (message.type) {
      case "Connect":
        this.version = { querySet: 0, identity: 0, ts: 0 };
        this.queries.clear();
        this.identity = null;
        return;
      case "Authenticate": {
        const baseVersion = Number(message.baseVersion ?? 0);
        if (message.tokenType === "None") {
          this.identity = null;
        } else if (message.tokenType === "User" && typeof message.value === "string") {
          try {
            this.identity = await verifyToken(message.value);
          } catch (e) {
            this.send({ type: "AuthError", error: (e as Error).message, baseVersion, authUpdateAttempted: true });
            return;
          }
        } else {
          this.send({ type: "AuthError", error: "Only User tokens are accepted.", baseVersion, authUpdateAttempted: true });
          return;
        }
        // Every query now runs as the new identity: resend all of them.
        await this.transition({ identity: baseVersion + 1, ts: commitTs }, [], true, true);
        return;
      }
      case "ModifyQuerySet": {
        if (message.baseVersion !== this.version.querySet) {
          this.send({ type: "FatalError", error: `Query set base version ${message.baseVersion} != ${this.version.querySet}` });
          this.ws.close(1011);
          return;
        }
        const mods: unknown[] = [];
        for (const change of message.modifications ?? []) {
          if (change.type === "Add") {
            const args = Array.isArray(change.args) ? jsonToConvex(change.args[0] ?? {}) : jsonToConvex(change.args ?? {});
            this.queries.set(change.queryId, { udfPath: change.udfPath, args });
            mods.push(await this.evaluate(change.queryId, true));
          } else if (change.type === "Remove") {
            this.queries.delete(change.queryId);
            mods.push({ type: "QueryRemoved", queryId: change.queryId });
          }
        }
        // Other queries are re-evaluated too, so the whole set is consistent at commitTs.
        for (const id of this.queries.keys()) {
          const mod = await this.evaluate(id, false);
          if (mod !== undefined && !mods.some((m: any) => m?.queryId === id)) mods.push(mod);
        }
        await this.transition({ querySet: message.newVersion, ts: commitTs }, mods, false);
        return;
      }
      case "Mutation":
      case "Action": {
        const kind: Kind = message.type === "Mutation" ? "mutation" : "action";
        if (kind === "mutation" && takeFault("failBeforeCommit")) {
          log({ event: "fault", fault: "failBeforeCommit", path: message.udfPath, via: "ws" });
          this.ws.terminate();
          return;
        }
        let outcome: Outcome;
        try {
          const args = Array.isArray(message.args) ? jsonToConvex(message.args[0] ?? {}) : jsonToConvex(message.args ?? {});
          outcome = await execute(kind, message.udfPath, args, this.identity);
        } catch (e) {
          outcome = { ok: false, errorMessage: (e as Error).message };
        }
        log({ event: "call", kind, path: message.udfPath, user: this.identity?.subject ?? null, ok: outcome.ok, via: "ws" });
        const responseType = kind === "mutation" ? "MutationResponse" : "ActionResponse";
        if (outcome.ok && kind === "mutation" && takeFault("dropResponseAfterCommit")) {
          // Committed, but the socket dies before the response: the client must resend it.
          log({ event: "fault", fault: "dropResponseAfterCommit", path: message.udfPath, via: "ws" });
          this.ws.terminate();
          connections.delete(this);
          await broadcastCommit();
          return;
        }
        if (outcome.ok) {
          this.send({
            type: responseType,
            requestId: message.requestId,
            success: true,
            result: convexToJson(outcome.value as any),
            ...(kind === "mutation" ? { ts: encodeTs(commitTs) } : {}),
            logLines: [],
          });
        } else {
          this.send({
            type: responseType,
            requestId: message.requestId,
            success: false,
            result: outcome.errorMessage,
            ...(outcome.errorData !== undefined ? { errorData: convexToJson(outcome.errorData as any) } : {}),
            logLines: [],
          });
        }
        // Every connection sees the commit; the caller's Transition reaches ts >= the response's.
        if (kind === "mutation" || outcome.ok) await broadcastCommit();
        return;
      }
      case "Event":
        return;
      default:
        this.send({ type: "FatalError", error: `Unknown message type ${message.type}` });
        this.ws.close(1011);
    }
  }
}

const connections = new Set<SyncConnection>();

/** After a commit: every connection re-runs its queries and gets a Transition to the new ts
 *  (an empty one if nothing it watches changed, which still confirms pending mutations). */
async function broadcastCommit() {
  for (const c of connections) await c.transition({ ts: commitTs }, [], true);
}

// ------------------------------------------------------------------ server

const server = http.createServer((req, res) => {
  handleHttp(req, res).catch((e) => send(res, 500, { code: "InternalServerError", message: String(e) }));
});
const wss = new WebSocketServer({ noServer: true });
server.on("upgrade", (req, socket, head) => {
  if (faults.offline) {
    socket.destroy();
    return;
  }
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (!/^\/api\/[^/]+\/sync$/.test(url.pathname)) {
    socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    const connection = new SyncConnection(ws);
    connections.add(connection);
    ws.on("message", (data) => {
      let message: unknown;
      try {
        message = JSON.parse(data.toString());
      } catch {
        connection.send({ type: "FatalError", error: "Frames must be JSON." });
        ws.close(1011);
        return;
      }
      record(connection.id, "in", message);
      serialized(() => connection.onMessage(message)).catch((e) => {
        connection.send({ type: "FatalError", error: String(e?.stack ?? e) });
        ws.close(1011);
      });
    });
  });
});

server.listen(port, "127.0.0.1", () => {
  const address = server.address() as { port: number };
  process.stdout.write(
    JSON.stringify({
      event: "listening",
      port: address.port,
      url: `http://127.0.0.1:${address.port}`,
      syncUrl: `ws://127.0.0.1:${address.port}/api/1.48.0/sync`,
      issuer,
      audience,
      backend: BACKEND_DIR,
      providers,
    }) + "\n",
  );
});

function shutdown() {
  for (const c of connections) c.ws.terminate();
  server.close();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
// Started by start-backend.mjs over IPC: go away with the parent.
process.on("disconnect", shutdown);
