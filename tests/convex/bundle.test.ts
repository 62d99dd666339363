// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// `npx convex deploy` bundles every module of convex/ with esbuild for Convex's default runtime,
// which is not Node. Bundle them the same way (the esbuild the convex package depends on,
// browser platform) so a module that pulls in a Node built-in or an unresolvable import fails here.
import { build } from "esbuild";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { CONVEX_DIR } from "./modules";
import { readdirSync, statSync } from "node:fs";

const peers = join(dirname(fileURLToPath(import.meta.url)), "..", "peers", "node_modules");

function entryPoints(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "_generated" && name !== "node_modules") entryPoints(p, out);
    } else if (/\.ts$/.test(name) && !name.endsWith(".d.ts")) {
      out.push(p);
    }
  }
  return out;
}

test("every convex/ module bundles for the Convex runtime", async () => {
  const entries = entryPoints(CONVEX_DIR);
  expect(entries.map((e) => relative(CONVEX_DIR, e)).sort()).toEqual(
    expect.arrayContaining(["auth.config.ts", "conversations.ts", "harnesses.ts", "messages.ts", "schema.ts", "sync.ts"]),
  );
  const result = await build({
    entryPoints: entries,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "esnext",
    write: false,
    outdir: "/bundle-out",
    outbase: CONVEX_DIR,
    nodePaths: [peers],
    conditions: ["convex", "module"],
    logLevel: "silent",
    metafile: true,
  });
  expect(result.errors).toEqual([]);
  expect(result.outputFiles.filter((f) => f.path.endsWith(".js"))).toHaveLength(entries.length);
  const inputs = Object.keys(result.metafile!.inputs);
  expect(inputs.some((i) => i.startsWith("node:"))).toBe(false);
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
