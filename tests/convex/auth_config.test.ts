// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
import { afterEach, expect, test, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

test("auth.config.ts trusts exactly the configured issuer and application id", async () => {
  vi.stubEnv("HARNESS_OIDC_ISSUER", "https://clerk.harness.example");
  vi.stubEnv("HARNESS_OIDC_APPLICATION_ID", "harness-desktop");
  const config = (await import("../../convex/auth.config")).default;
  expect(config).toEqual({
    providers: [{ domain: "https://clerk.harness.example", applicationID: "harness-desktop" }],
  });
});

test("auth.config.ts refuses to load without an issuer", async () => {
  vi.stubEnv("HARNESS_OIDC_ISSUER", "");
  await expect(import("../../convex/auth.config")).rejects.toThrow(/HARNESS_OIDC_ISSUER/);
});

test("auth.config.ts trusts several audiences of the one issuer (web template and desktop client)", async () => {
  vi.stubEnv("HARNESS_OIDC_ISSUER", "https://clerk.harness.example");
  vi.stubEnv("HARNESS_OIDC_APPLICATION_ID", "convex, harness-desktop");
  const config = (await import("../../convex/auth.config")).default;
  expect(config).toEqual({
    providers: [
      { domain: "https://clerk.harness.example", applicationID: "convex" },
      { domain: "https://clerk.harness.example", applicationID: "harness-desktop" },
    ],
  });
});

test("auth.config.ts refuses an empty list of application ids", async () => {
  vi.stubEnv("HARNESS_OIDC_ISSUER", "https://clerk.harness.example");
  vi.stubEnv("HARNESS_OIDC_APPLICATION_ID", " , ");
  await expect(import("../../convex/auth.config")).rejects.toThrow(/HARNESS_OIDC_APPLICATION_ID/);
});
