// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Shared helpers of the convex unit tests.
import { convexTest } from "convex-test";
import { expect } from "vitest";
import schema from "../../convex/schema";
import { convexModules } from "./modules";

export const ISSUER = "https://issuer.harness.test";

export function newBackend() {
  // Enforce Convex's per-function limits (documents/bytes read and written), as a deployment does.
  const t = convexTest({ schema, modules: convexModules(), transactionLimits: true });
  const alice = t.withIdentity({ subject: "alice", issuer: ISSUER, name: "Alice" });
  const bob = t.withIdentity({ subject: "bob", issuer: ISSUER, name: "Bob" });
  return { t, alice, bob };
}

/** Asserts that `p` rejects with a ConvexError whose data.code is `code`. */
export async function expectCode(p: Promise<unknown>, code: string) {
  let error: any;
  try {
    await p;
  } catch (e) {
    error = e;
  }
  expect(error, `expected a ${code} error`).toBeDefined();
  expect(error.data?.code, String(error?.message)).toBe(code);
}
