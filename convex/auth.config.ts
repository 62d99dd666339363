// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The deployment trusts exactly one OpenID issuer, taken from the deployment's environment (never
// from a token): HARNESS_OIDC_ISSUER (e.g. https://clerk.example.com, matched exactly) and
// HARNESS_OIDC_APPLICATION_ID (the token audience, e.g. "convex" for Clerk's Convex template).
// Set them with `npx convex env set` before `npx convex deploy`.
import type { AuthConfig } from "convex/server";

const issuer = process.env.HARNESS_OIDC_ISSUER;
if (!issuer) {
  throw new Error("HARNESS_OIDC_ISSUER is not set: run `npx convex env set HARNESS_OIDC_ISSUER <issuer url>`.");
}

export default {
  providers: [
    {
      domain: issuer,
      applicationID: process.env.HARNESS_OIDC_APPLICATION_ID ?? "convex",
    },
  ],
} satisfies AuthConfig;
