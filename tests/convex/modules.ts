// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The convex-test modules map of our real convex/ folder, built from the file system so it works
// both in the vitest tests and in the test backend (run by vite-node), without import.meta.glob.
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const CONVEX_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../convex");

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "node_modules") walk(p, out);
    } else if (/\.(ts|js|mts|mjs)$/.test(name) && !name.endsWith(".d.ts")) {
      out.push(p);
    }
  }
}

/** Map from absolute module path (with extension) to a lazy import of it. */
export function convexModules(): Record<string, () => Promise<any>> {
  const files: string[] = [];
  walk(CONVEX_DIR, files);
  const modules: Record<string, () => Promise<any>> = {};
  for (const file of files) {
    // auth.config.ts is read by the deployment, not called; it throws without its env var.
    if (file.endsWith("auth.config.ts")) continue;
    modules[file] = () => import(/* @vite-ignore */ file);
  }
  return modules;
}
