// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Who is calling, and does the caller own this row? Every public query and mutation starts with
// requireUser(); every row read or written by id goes through getOwned(), and every row found by
// clientId is looked up under the caller's own userId, so no function reads or writes another
// user's rows.
import { ConvexError } from "convex/values";
import type { Auth } from "convex/server";
import type { Doc, Id, TableNames } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";

export type ErrorCode =
  | "unauthenticated"
  | "not_found"
  | "invalid_argument"
  | "conflict";

export function fail(code: ErrorCode, message: string, extra: Record<string, string> = {}): never {
  throw new ConvexError({ code, message, ...extra });
}

function normalizeIssuer(issuer: string): string {
  return issuer.replace(/\/+$/, "");
}

/** The caller's owner key (identity.tokenIdentifier), or an "unauthenticated" ConvexError. */
export async function requireUser(ctx: { auth: Auth }): Promise<string> {
  const identity = await ctx.auth.getUserIdentity();
  if (identity === null) {
    fail("unauthenticated", "Sign in to use Harness sync.");
  }
  // auth.config.ts already makes the deployment accept only the configured issuer; checking it
  // here too keeps a misconfigured deployment from mixing users of two issuers.
  const trusted = process.env.HARNESS_OIDC_ISSUER;
  if (trusted && normalizeIssuer(identity.issuer) !== normalizeIssuer(trusted)) {
    fail("unauthenticated", "The sign-in token comes from an issuer this deployment does not trust.");
  }
  return identity.tokenIdentifier;
}

type OwnedTable = Exclude<TableNames, "syncState">;

/** The row `id` of `table` if the caller owns it and it is not deleted; "not_found" otherwise
 *  (another user's row is indistinguishable from a missing one). */
export async function getOwned<T extends OwnedTable>(
  ctx: QueryCtx,
  table: T,
  id: Id<T>,
  userId: string,
  { includeDeleted = false }: { includeDeleted?: boolean } = {},
): Promise<Doc<T>> {
  const doc = (await ctx.db.get(id)) as (Doc<T> & { userId: string; deletedAt?: number }) | null;
  if (doc === null || doc.userId !== userId || (!includeDeleted && doc.deletedAt !== undefined)) {
    fail("not_found", `No such ${table} row.`, { table });
  }
  return doc;
}

/** The caller's row of `table` with this clientId (tombstones included), or null. */
export async function getByClientId<T extends OwnedTable>(
  ctx: QueryCtx,
  table: T,
  userId: string,
  clientId: string,
): Promise<Doc<T> | null> {
  // Every synced table has the by_user_clientId index (schema.ts).
  return (await (ctx.db.query(table) as any)
    .withIndex("by_user_clientId", (q: any) => q.eq("userId", userId).eq("clientId", clientId))
    .unique()) as Doc<T> | null;
}
