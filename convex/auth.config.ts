// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The deployment trusts exactly one OpenID issuer, taken from the deployment's environment (never
// from a token): HARNESS_OIDC_ISSUER (e.g. https://clerk.example.com, matched exactly) and
// HARNESS_OIDC_APPLICATION_ID (the token audience, e.g. "convex" for Clerk's Convex template; a
// comma-separated list when several clients of that one issuer call the deployment, e.g.
// "convex,harness-desktop": the web app's JWT template and the desktop app, whose ID tokens carry
// its OAuth client id). Set them with `npx convex env set` before `npx convex deploy`.
import type { AuthConfig } from "convex/server";

const issuer = process.env.HARNESS_OIDC_ISSUER;
if (!issuer) {
  throw new Error("HARNESS_OIDC_ISSUER is not set: run `npx convex env set HARNESS_OIDC_ISSUER <issuer url>`.");
}

const applicationIds = (process.env.HARNESS_OIDC_APPLICATION_ID ?? "convex")
  .split(",")
  .map((id) => id.trim())
  .filter((id) => id.length > 0);
if (applicationIds.length === 0) {
  throw new Error("HARNESS_OIDC_APPLICATION_ID names no application id: set it to the token audience (e.g. convex).");
}

export default {
  providers: applicationIds.map((applicationID) => ({ domain: issuer, applicationID })),
} satisfies AuthConfig;
