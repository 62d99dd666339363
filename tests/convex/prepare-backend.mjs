#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Prepares the backend every convex test runs: a copy of the Harness web backend (never modified
// in place) with the desktop module installed by convex/install-into.sh and the pinned
// node_modules of tests/peers/harness-web linked in. Plain Node, no dependencies.
//
//   node tests/convex/prepare-backend.mjs --out DIR [--web WEB_BACKEND_DIR]
//
// The web backend comes from --web, else $HARNESS_WEB_BACKEND, else ../shared/peers/harness-web
// beside the source tree. When it is missing the script says what is missing and exits 77 (skip),
// or 1 under CI=true. A copy that is up to date (same web backend, module and script) is kept.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const SOURCE_DIR = resolve(here, "../..");
export const PINNED_NODE_MODULES = join(SOURCE_DIR, "tests/peers/harness-web/node_modules");
const INSTALL = join(SOURCE_DIR, "convex/install-into.sh");
const STAMP = ".harness-desktop-prepared";

export class Missing extends Error {}

/** $HARNESS_WEB_BACKEND, else ../shared/peers/harness-web beside the source tree (for a git
 *  worktree, also beside its main checkout). */
export function defaultWebBackend() {
  if (process.env.HARNESS_WEB_BACKEND) return resolve(process.env.HARNESS_WEB_BACKEND);
  const beside = join(SOURCE_DIR, "../shared/peers/harness-web");
  if (existsSync(beside)) return beside;
  const dotGit = join(SOURCE_DIR, ".git");
  if (existsSync(dotGit) && statSync(dotGit).isFile()) {
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
    const main = m && /^(.*)\/\.git\/worktrees\/[^/]+$/.exec(resolve(SOURCE_DIR, m[1]));
    if (main && existsSync(join(main[1], "../shared/peers/harness-web"))) return resolve(main[1], "../shared/peers/harness-web");
  }
  return beside;
}

function files(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name === "node_modules" || name === ".git" || name === STAMP) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

/** A hash of everything the prepared copy is made of. */
function fingerprint(web) {
  const h = createHash("sha256");
  for (const root of [web, join(SOURCE_DIR, "convex/desktop")]) {
    for (const f of files(root)) h.update(relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  }
  h.update(readFileSync(INSTALL));
  h.update(existsSync(join(PINNED_NODE_MODULES, ".package-lock.json")) ? readFileSync(join(PINNED_NODE_MODULES, ".package-lock.json")) : "");
  return h.digest("hex");
}

/** Throws Missing with a message saying what to do when a prerequisite is absent. */
export function checkPrerequisites(web) {
  if (!existsSync(join(web, "convex/schema.ts")) || !existsSync(join(web, "package.json"))) {
    throw new Missing(
      `The Harness web backend is missing: ${web} has no convex/schema.ts and package.json. ` +
        "Put the web backend's checkout (DIodide/Harness packages/convex-backend) there, or set HARNESS_WEB_BACKEND to it.",
    );
  }
  if (!existsSync(join(PINNED_NODE_MODULES, "convex-test/package.json"))) {
    throw new Missing(`${PINNED_NODE_MODULES} is missing: run \`npm ci\` in ${dirname(PINNED_NODE_MODULES)} (bash .ci/dev.sh test does).`);
  }
}

/** Makes `out` an installed copy of `web`; returns out. Safe to run from several processes. */
export function prepareBackend({ web = defaultWebBackend(), out, quiet = false } = {}) {
  checkPrerequisites(web);
  out = resolve(out);
  const stamp = fingerprint(web);
  if (existsSync(join(out, STAMP)) && readFileSync(join(out, STAMP), "utf8") === stamp) return out;
  const parent = dirname(out);
  const work = mkdtempSync(join(existsSync(parent) ? parent : tmpdir(), `.${basename(out)}-`));
  cpSync(web, work, { recursive: true, filter: (src) => basename(src) !== "node_modules" && basename(src) !== ".git" });
  // shared/ may be read-only: the copy must be writable for the script.
  execFileSync("chmod", ["-R", "u+w,go+rX", work]);
  execFileSync("bash", [INSTALL, work], { stdio: quiet ? "ignore" : ["ignore", "inherit", "inherit"] });
  symlinkSync(PINNED_NODE_MODULES, join(work, "node_modules"), "dir");
  writeFileSync(join(work, ".harness-desktop-web-source"), web);
  writeFileSync(join(work, STAMP), stamp);
  const current = () => existsSync(join(out, STAMP)) && readFileSync(join(out, STAMP), "utf8") === stamp;
  if (current()) {
    // Another process prepared the same copy meanwhile (and may be using it): keep that one.
    rmSync(work, { recursive: true, force: true });
    return out;
  }
  if (existsSync(out)) {
    // A stale copy: moved away in one step, then removed.
    const old = `${out}.old-${process.pid}-${Date.now()}`;
    try {
      renameSync(out, old);
      rmSync(old, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== "ENOENT") throw e;
    }
  }
  try {
    renameSync(work, out);
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    if (!current()) throw e;
  }
  return out;
}

/** A prepared copy in the temporary folder, for callers without a build folder (start-backend). */
export function sharedPreparedBackend(web = defaultWebBackend()) {
  checkPrerequisites(web);
  const key = fingerprint(web).slice(0, 16);
  return prepareBackend({ web, out: join(tmpdir(), `harness-convex-backend-${key}`), quiet: true });
}

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = option("out");
  if (!out) {
    console.error("usage: prepare-backend.mjs --out DIR [--web WEB_BACKEND_DIR]");
    process.exit(2);
  }
  try {
    const dir = prepareBackend({ web: option("web") ? resolve(option("web")) : defaultWebBackend(), out });
    console.log(`Prepared ${dir}`);
  } catch (e) {
    if (!(e instanceof Missing)) throw e;
    const ci = process.env.CI === "true" || process.env.CI === "1";
    console.error(`${ci ? "FAIL" : "SKIP"}: ${e.message}`);
    process.exit(ci ? 1 : 77);
  }
}
