// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Checks of the push ops' fields. Ops arrive as v.any() so that one bad op is answered
// `rejected` with a clear message instead of failing every op of the push.
import { ConvexError } from "convex/values";

/** Thrown while checking or resolving an op: the op is answered `rejected` with this code. */
export class Rejected extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function reject(code: string, message: string): never {
  throw new Rejected(code, message);
}

export function rejectionOf(e: unknown): { code: string; message: string } | null {
  if (e instanceof Rejected) return { code: e.code, message: e.message };
  if (e instanceof ConvexError && typeof e.data === "object" && e.data !== null) {
    const data = e.data as { code?: unknown; message?: unknown };
    return { code: String(data.code ?? "invalid_argument"), message: String(data.message ?? e.message) };
  }
  return null;
}

export type Json = unknown;
export type Record_ = Record<string, Json>;

export function isObject(x: unknown): x is Record_ {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof ArrayBuffer);
}

export function objectArg(x: unknown, what: string): Record_ {
  if (!isObject(x)) reject("invalid_argument", `${what} must be an object.`);
  return x;
}

/** Only the listed keys may be present (a field the server does not know is refused, not dropped). */
export function onlyKeys(x: Record_, allowed: readonly string[], what: string) {
  const extra = Object.keys(x).filter((k) => !allowed.includes(k));
  if (extra.length) reject("invalid_argument", `${what}: unknown field(s) ${extra.join(", ")} (allowed: ${allowed.join(", ")}).`);
}

export function str(x: unknown, what: string, opts: { nonEmpty?: boolean } = {}): string {
  if (typeof x !== "string") reject("invalid_argument", `${what} must be a string.`);
  if (opts.nonEmpty && x.trim() === "") reject("invalid_argument", `${what} must not be empty.`);
  return x;
}

export function num(x: unknown, what: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) reject("invalid_argument", `${what} must be a finite number.`);
  return x;
}

export function bool(x: unknown, what: string): boolean {
  if (typeof x !== "boolean") reject("invalid_argument", `${what} must be true or false.`);
  return x;
}

export function oneOf<T extends string>(x: unknown, values: readonly T[], what: string): T {
  if (typeof x !== "string" || !values.includes(x as T)) reject("invalid_argument", `${what} must be one of ${values.join(", ")}.`);
  return x as T;
}

export function arr(x: unknown, what: string): unknown[] {
  if (!Array.isArray(x)) reject("invalid_argument", `${what} must be an array.`);
  return x;
}

export function optional<T>(x: Record_, key: string, check: (v: unknown, what: string) => T, what: string): T | undefined {
  return x[key] === undefined ? undefined : check(x[key], `${what}.${key}`);
}

// ------------------------------------------------------------------ the web's shapes

export const HARNESS_STATUSES = ["started", "stopped", "draft"] as const;
export const MCP_AUTH_TYPES = ["none", "bearer", "oauth", "tiger_junction"] as const;

/** A desktop MCP server entry: {name, url, authType}; tokens never travel from the desktop. */
export function mcpServer(x: unknown, what: string) {
  const o = objectArg(x, what);
  if ("authToken" in o) reject("invalid_argument", `${what}: the desktop never sends MCP tokens (authToken).`);
  onlyKeys(o, ["name", "url", "authType"], what);
  return {
    name: str(o.name, `${what}.name`, { nonEmpty: true }),
    url: str(o.url, `${what}.url`, { nonEmpty: true }),
    authType: oneOf(o.authType, MCP_AUTH_TYPES, `${what}.authType`),
  };
}

export function skill(x: unknown, what: string) {
  const o = objectArg(x, what);
  onlyKeys(o, ["name", "description"], what);
  return { name: str(o.name, `${what}.name`), description: str(o.description, `${what}.description`) };
}

export function toolCall(x: unknown, what: string) {
  const o = objectArg(x, what);
  onlyKeys(o, ["tool", "arguments", "call_id", "result"], what);
  return {
    tool: str(o.tool, `${what}.tool`),
    arguments: o.arguments,
    call_id: str(o.call_id, `${what}.call_id`),
    result: str(o.result, `${what}.result`),
  };
}

const PART_STRINGS = ["content", "tool", "call_id", "result", "kind", "parent_id", "status", "server_name"] as const;

export function part(x: unknown, what: string) {
  const o = objectArg(x, what);
  onlyKeys(o, ["type", "arguments", "exit_code", ...PART_STRINGS], what);
  const out: Record_ = { type: oneOf(o.type, ["text", "reasoning", "tool_call"] as const, `${what}.type`) };
  for (const k of PART_STRINGS) if (o[k] !== undefined) out[k] = str(o[k], `${what}.${k}`);
  if (o.arguments !== undefined) out.arguments = o.arguments;
  if (o.exit_code !== undefined) out.exit_code = num(o.exit_code, `${what}.exit_code`);
  return out as { type: "text" | "reasoning" | "tool_call"; content?: string } & Record_;
}

export function usage(x: unknown, what: string) {
  const o = objectArg(x, what);
  onlyKeys(o, ["promptTokens", "completionTokens", "totalTokens", "cost"], what);
  return {
    promptTokens: num(o.promptTokens, `${what}.promptTokens`),
    completionTokens: num(o.completionTokens, `${what}.completionTokens`),
    totalTokens: num(o.totalTokens, `${what}.totalTokens`),
    ...(o.cost !== undefined ? { cost: num(o.cost, `${what}.cost`) } : {}),
  };
}

export function list<T>(x: unknown, item: (v: unknown, what: string) => T, what: string): T[] {
  return arr(x, what).map((v, i) => item(v, `${what}[${i}]`));
}
