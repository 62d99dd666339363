#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Starts the local Convex test backend (backend.mts) on an INSTALLED Harness web backend under
// vite-node, with that backend's pinned node_modules. Plain Node (20 or 22), no dependencies.
//   node tests/convex/start-backend.mjs [--backend DIR] --port 0 --issuer http://127.0.0.1:9000
//        [--jwks http://127.0.0.1:9000/jwks] [--audience harness-desktop] [--verbose] [--record FILE]
// --backend (or $HARNESS_CONVEX_BACKEND_DIR) is a folder made by prepare-backend.mjs; without it
// one is prepared (or reused) in the temporary folder from ../shared/peers/harness-web or
// $HARNESS_WEB_BACKEND. Other arguments are passed through (see backend.mts). The backend exits
// when this process exits (IPC channel) and on SIGTERM/SIGINT, which are forwarded.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Missing, sharedPreparedBackend } from "./prepare-backend.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let backend = process.env.HARNESS_CONVEX_BACKEND_DIR;
const at = args.findIndex((a) => a === "--backend" || a.startsWith("--backend="));
if (at >= 0) {
  backend = args[at].includes("=") ? args[at].slice("--backend=".length) : args[at + 1];
  args.splice(at, args[at].includes("=") ? 1 : 2);
}
try {
  backend = backend ? resolve(backend) : sharedPreparedBackend();
} catch (e) {
  if (!(e instanceof Missing)) throw e;
  console.error(`FATAL: ${e.message}`);
  process.exit(2);
}
if (!existsSync(join(backend, "convex", "schema.ts"))) {
  console.error(`FATAL: ${backend} is not an installed web backend (no convex/schema.ts); make one with prepare-backend.mjs.`);
  process.exit(2);
}
const viteNode = join(backend, "node_modules", "vite-node", "vite-node.mjs");
if (!existsSync(viteNode)) {
  console.error(`FATAL: ${viteNode} is missing. Run \`npm ci\` in tests/peers/harness-web.`);
  process.exit(2);
}
const child = spawn(process.execPath, [viteNode, "--config", join(here, "vitest.config.mts"), join(here, "backend.mts"), "--", ...args], {
  cwd: here,
  env: { ...process.env, HARNESS_CONVEX_BACKEND_DIR: backend },
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal === "SIGHUP" ? "SIGTERM" : signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
