// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// CTest entry for checks of the installed web backend itself:
//   node run-backend-check.mjs typecheck --backend DIR
//       tsc over its convex/ folder, as its `check-types` script and `npx convex deploy` do;
//   node run-backend-check.mjs web-suite --backend DIR --expect N
//       the web's own vitest suite, run unchanged on the copy with the module installed: every
//       test passes and there are exactly N of them.
// Skips (77) with what is missing when there is no installed backend, except under CI=true.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const [mode, ...rest] = process.argv.slice(2);
const opt = (name) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};
const backend = opt("backend") && resolve(opt("backend"));
if (!["typecheck", "web-suite"].includes(mode) || !backend || (mode === "web-suite" && !opt("expect"))) {
  console.error("usage: run-backend-check.mjs typecheck --backend DIR | web-suite --backend DIR --expect N");
  process.exit(2);
}
const ci = process.env.CI === "true" || process.env.CI === "1";
if (!existsSync(join(backend, ".harness-desktop-prepared"))) {
  console.error(`${ci ? "FAIL" : "SKIP"}: no installed web backend at ${backend} (test convex_prepare makes it from ../shared/peers/harness-web or $HARNESS_WEB_BACKEND).`);
  process.exit(ci ? 1 : 77);
}

const modules = join(backend, "node_modules");
const command =
  mode === "typecheck"
    ? [join(modules, "typescript/bin/tsc"), "--noEmit", "-p", "convex", "--pretty", "false"]
    : [join(modules, "vitest/vitest.mjs"), "run", "--reporter", "verbose", "--color=false"];
const child = spawn(process.execPath, command, {
  cwd: backend,
  env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  stdio: ["ignore", "pipe", "pipe"],
});
let out = "";
child.stdout.on("data", (d) => {
  out += d;
  process.stdout.write(d);
});
child.stderr.on("data", (d) => process.stderr.write(d));
child.on("close", (code, signal) => {
  if (code !== 0) {
    console.error(`FAIL: ${mode} exited with ${code ?? signal}.`);
    process.exit(code || 1);
  }
  if (mode === "web-suite") {
    const expected = Number(opt("expect"));
    const tests = /Tests\s+(\d+) passed \((\d+)\)/.exec(out);
    if (!tests || tests[1] !== tests[2] || Number(tests[1]) !== expected) {
      console.error(`FAIL: expected all ${expected} tests of the web's suite to pass; vitest said: ${tests ? tests[0] : "no summary"}.`);
      process.exit(1);
    }
    console.log(`The web backend's own suite with the desktop module installed: ${tests[1]} passed, 0 failed`);
  } else {
    console.log("tsc: the installed backend (web modules and convex/desktop) type-checks.");
  }
});
