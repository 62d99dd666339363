#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Starts the local Convex test backend (backend.mts) under vite-node with the pinned packages of
// tests/peers. Plain Node (20 or 22), no dependencies. Arguments and environment are passed
// through; see backend.mts. The backend exits when this process exits (IPC channel) and on
// SIGTERM/SIGINT, which are forwarded.
//   node tests/convex/start-backend.mjs --port 0 --jwks http://127.0.0.1:9000/jwks --issuer http://127.0.0.1:9000
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const peers = resolve(process.env.HARNESS_TEST_PEERS || join(here, "..", "peers"));
const viteNode = join(peers, "node_modules", "vite-node", "vite-node.mjs");
if (!existsSync(viteNode)) {
  console.error(`FATAL: ${viteNode} is missing. Run \`npm ci\` in ${peers}.`);
  process.exit(2);
}
const child = spawn(
  process.execPath,
  [viteNode, "--config", join(here, "vitest.config.mts"), join(here, "backend.mts"), "--", ...process.argv.slice(2)],
  { cwd: here, stdio: ["ignore", "inherit", "inherit", "ipc"] },
);
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal === "SIGHUP" ? "SIGTERM" : signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
