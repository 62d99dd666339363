// @vitest-environment node
// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// `npx convex deploy` bundles every module of convex/ with esbuild for Convex's default runtime,
// which is not Node. Bundle the installed backend's modules the same way (the esbuild the convex
// package depends on, browser platform) so a desktop module that pulls in a Node built-in or an
// unresolvable import fails here, not at deploy time.
import { build } from "esbuild";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { BACKEND_DIR, CONVEX_DIR } from "./modules";

function entryPoints(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "_generated" && name !== "node_modules") entryPoints(p, out);
    } else if (/\.ts$/.test(name) && !name.endsWith(".d.ts") && !name.endsWith(".test.ts")) {
      out.push(p);
    }
  }
  return out;
}

test("every module of the installed backend, the desktop's included, bundles for the Convex runtime", async () => {
  const entries = entryPoints(CONVEX_DIR);
  const names = entries.map((e) => relative(CONVEX_DIR, e));
  expect(names).toEqual(expect.arrayContaining(["schema.ts", "auth.config.ts", "desktop/sync.ts", "desktop/tables.ts", "messages.ts"]));
  const result = await build({
    entryPoints: entries,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "esnext",
    write: false,
    outdir: "/bundle-out",
    outbase: CONVEX_DIR,
    nodePaths: [join(BACKEND_DIR, "node_modules")],
    conditions: ["convex", "module"],
    logLevel: "silent",
    metafile: true,
  });
  expect(result.errors).toEqual([]);
  expect(result.outputFiles.filter((f) => f.path.endsWith(".js"))).toHaveLength(entries.length);
  const inputs = Object.keys(result.metafile!.inputs);
  expect(inputs.filter((i) => i.startsWith("node:"))).toEqual([]);
  // The desktop module is bundled with the web helpers it imports, not copies of them.
  const [, sync] = Object.entries(result.metafile!.outputs).find(([path]) => path.endsWith("desktop/sync.js"))!;
  const bundled = Object.keys(sync.inputs).map((i) => relative(CONVEX_DIR, join(process.cwd(), i)));
  expect(bundled).toEqual(expect.arrayContaining(["workspaces.ts", "messageParts.ts", "harnesses.ts", "shares.ts"]));
});

test("a module importing a Node built-in would fail that bundle", async () => {
  await expect(
    build({
      stdin: { contents: 'import { readFileSync } from "node:fs"; export const x = readFileSync;', resolveDir: CONVEX_DIR, loader: "ts" },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    }),
  ).rejects.toThrow(/node:fs/);
});
