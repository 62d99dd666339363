// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// CTest entry: runs vitest from tests/peers on this folder's config, passes its output through,
// and fails loudly when the peers are not installed or vitest's closing summary is missing.
// Usage: node run-vitest.mjs <tests/peers dir> [vitest args...]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [peers, ...extra] = process.argv.slice(2);
const vitest = join(peers ?? "", "node_modules", "vitest", "vitest.mjs");
for (const needed of ["vitest/vitest.mjs", "convex/package.json", "convex-test/package.json", "jose/package.json", "ws/package.json"]) {
  if (!existsSync(join(peers ?? "", "node_modules", needed))) {
    console.error(`FATAL: ${join(peers ?? "", "node_modules", needed)} is missing. Run \`npm ci\` in ${peers}.`);
    process.exit(2);
  }
}
const here = dirname(fileURLToPath(import.meta.url));
const child = spawn(
  process.execPath,
  [vitest, "run", "--config", join(here, "vitest.config.mts"), "--reporter", "verbose", "--color=false", ...extra],
  { cwd: here, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "1" }, stdio: ["ignore", "pipe", "pipe"] },
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
