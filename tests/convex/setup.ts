// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Shared helpers of the convex tests: convex-test over the installed web backend (its schema with
// the module's tables, every module of its convex/ folder), the web's and the module's functions
// by name, and two users.
import { convexTest } from "convex-test";
import { makeFunctionReference } from "convex/server";
import { expect } from "vitest";
import { BACKEND_DIR, convexModules } from "./modules";

const schema = (await import(/* @vite-ignore */ `${BACKEND_DIR}/convex/schema.ts`)).default;

export const ISSUER = "https://clerk.harness.test";

export function newBackend() {
  // Convex's per-function limits (documents/bytes read and written) are enforced, as deployed.
  const t = convexTest({ schema, modules: convexModules(), transactionLimits: true });
  const alice = t.withIdentity({ subject: "user_alice", issuer: ISSUER, name: "Alice" });
  const bob = t.withIdentity({ subject: "user_bob", issuer: ISSUER, name: "Bob" });
  return { t, alice, bob };
}

/** A function of the installed backend by its path, e.g. fn("desktop/sync:state"). */
export const q = (path: string) => makeFunctionReference<"query">(path) as any;
export const m = (path: string) => makeFunctionReference<"mutation">(path) as any;
export const internalM = (path: string) => makeFunctionReference<"mutation", any, any>(path) as any;

/** Asserts that `p` rejects with a ConvexError whose data.code is `code`. */
export async function expectCode(p: Promise<unknown>, code: string) {
  let error: any;
  try {
    await p;
  } catch (e) {
    error = e;
  }
  expect(error, `expected a ${code} error`).toBeDefined();
  expect(errorData(error)?.code, String(error?.message)).toBe(code);
  return error;
}

/** A ConvexError's data (convex-test hands it over as its JSON text). */
export function errorData(error: any): any {
  const data = error?.data;
  if (typeof data !== "string") return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

export const baseHarness = (o: Record<string, unknown> = {}) => ({
  name: "Web harness",
  model: "claude-sonnet-4.6",
  status: "started" as const,
  mcpServers: [],
  skills: [],
  ...o,
});
