// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// CTest entry: runs vitest (the web backend's pinned one) on this folder's tests against an
// installed web backend, passes its output through, and fails when vitest's all-passed summary is
// missing. Skips (77) with what is missing when there is no web backend, except under CI=true.
// Usage: node run-vitest.mjs --backend DIR [vitest args...]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const i = args.indexOf("--backend");
if (i < 0 || !args[i + 1]) {
  console.error("usage: run-vitest.mjs --backend INSTALLED_BACKEND_DIR [vitest args...]");
  process.exit(2);
}
const backend = resolve(args[i + 1]);
args.splice(i, 2);
const ci = process.env.CI === "true" || process.env.CI === "1";
const vitest = join(backend, "node_modules", "vitest", "vitest.mjs");
if (!existsSync(join(backend, ".harness-desktop-prepared")) || !existsSync(vitest)) {
  console.error(
    `${ci ? "FAIL" : "SKIP"}: no installed web backend at ${backend} (test convex_prepare makes it from ` +
      "../shared/peers/harness-web or $HARNESS_WEB_BACKEND, with tests/peers/harness-web installed by npm ci).",
  );
  process.exit(ci ? 1 : 77);
}
const here = dirname(fileURLToPath(import.meta.url));
const child = spawn(
  process.execPath,
  [vitest, "run", "--config", join(here, "vitest.config.mts"), "--reporter", "verbose", "--color=false", ...args],
  {
    cwd: here,
    env: { ...process.env, HARNESS_CONVEX_BACKEND_DIR: backend, NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  },
);
let out = "";
child.stdout.on("data", (d) => {
  out += d;
  process.stdout.write(d);
});
child.stderr.on("data", (d) => process.stderr.write(d));
child.on("close", (code, signal) => {
  const summary = /Test Files\s+\d+ passed \(\d+\)/.test(out) && /Tests\s+\d+ passed \(\d+\)/.test(out);
  if (code !== 0 || !summary) {
    console.error(`FAIL: vitest exited with ${code ?? signal}${summary ? "" : " and no all-passed summary"}.`);
    process.exit(code || 1);
  }
});
