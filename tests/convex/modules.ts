// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The convex-test modules map of the installed web backend's convex/ folder (web modules, its
// _generated, and the desktop module), built from the file system so it works in the vitest tests
// and in the local test backend (run by vite-node) alike.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = process.env.HARNESS_CONVEX_BACKEND_DIR;
if (!dir) throw new Error("HARNESS_CONVEX_BACKEND_DIR is not set.");
export const BACKEND_DIR = resolve(dir);
export const CONVEX_DIR = join(BACKEND_DIR, "convex");

function walk(d: string, out: string[]) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) {
      if (name !== "node_modules") walk(p, out);
    } else if (/\.(ts|js|mts|mjs)$/.test(name) && !name.endsWith(".d.ts") && !name.endsWith(".test.ts")) {
      out.push(p);
    }
  }
}

/** Map from absolute module path (with extension) to a lazy import of it. */
export function convexModules(): Record<string, () => Promise<any>> {
  const files: string[] = [];
  walk(CONVEX_DIR, files);
  const modules: Record<string, () => Promise<any>> = {};
  // auth.config.ts is read by the deployment, not called.
  for (const file of files) if (!file.endsWith("auth.config.ts")) modules[file] = () => import(/* @vite-ignore */ file);
  return modules;
}
