// @vitest-environment node
// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// convex/install-into.sh on fresh copies of the web backend: what it adds, that a second run
// changes nothing, that a module update refreshes only the module, and its errors.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { BACKEND_DIR } from "./modules";

const SCRIPT = resolve(__dirname, "../../convex/install-into.sh");
const MODULE = resolve(__dirname, "../../convex/desktop");
// The web backend the installed copy was made from (prepare-backend.mjs records it).
const WEB = readFileSync(join(BACKEND_DIR, ".harness-desktop-web-source"), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "harness-install-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
function freshWeb(): string {
  const dir = join(scratch, `web${n++}`);
  cpSync(WEB, dir, { recursive: true, filter: (s) => !s.endsWith("node_modules") });
  execFileSync("chmod", ["-R", "u+w", dir]);
  return dir;
}
function run(...args: string[]) {
  const r = spawnSync("bash", [SCRIPT, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length)] = `${statSync(p).mtimeMs}:${readFileSync(p, "utf8")}`;
    }
  };
  walk(dir);
  return out;
}

describe("install-into.sh", () => {
  test("adds the module, one import and one line to schema.ts, one provider to auth.config.ts; nothing else", () => {
    const dir = freshWeb();
    const before = snapshot(dir);
    const r = run(dir);
    expect(r.code, r.err).toBe(0);
    const after = snapshot(dir);
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]).sort();
    const moduleFiles = readdirSync(MODULE).filter((f) => f.endsWith(".ts")).map((f) => `/convex/desktop/${f}`);
    expect(changed).toEqual([...moduleFiles, "/convex/auth.config.ts", "/convex/schema.ts"].sort());
    expect(Object.keys(before).filter((k) => !(k in after))).toEqual([]);
    const added = (file: string) => {
      const a = readFileSync(join(WEB, file), "utf8").split("\n");
      const b = readFileSync(join(dir, file), "utf8").split("\n");
      // Only lines added: the web's lines are all there, in order.
      let i = 0;
      const extra: string[] = [];
      for (const line of b) {
        if (i < a.length && line === a[i]) i++;
        else extra.push(line.trim());
      }
      expect(i, file).toBe(a.length);
      return extra;
    };
    expect(added("convex/schema.ts")).toEqual(['import { desktopTables } from "./desktop/tables";', "...desktopTables,"]);
    expect(added("convex/auth.config.ts").filter((l) => !l.startsWith("//")).sort()).toEqual(
      ["{", "domain: process.env.CLERK_JWT_ISSUER_DOMAIN!,", 'applicationID: process.env.HARNESS_DESKTOP_CLIENT_ID ?? "harness-desktop",', "},"].sort(),
    );
    // The installed copy the other tests use is the same.
    expect(readFileSync(join(BACKEND_DIR, "convex/schema.ts"), "utf8")).toBe(readFileSync(join(dir, "convex/schema.ts"), "utf8"));
  });

  test("a second run changes nothing (not even modification times)", () => {
    const dir = freshWeb();
    expect(run(dir).code).toBe(0);
    const once = snapshot(dir);
    const r = run(dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/nothing changed/);
    expect(snapshot(dir)).toEqual(once);
  });

  test("after a module update it refreshes the module's files and drops the ones no longer in it", () => {
    const dir = freshWeb();
    expect(run(dir).code).toBe(0);
    writeFileSync(join(dir, "convex/desktop/sync.ts"), "// SPDX-FileCopyrightText: 2026 Harness Desktop contributors\nold version\n");
    writeFileSync(join(dir, "convex/desktop/retired.ts"), "// SPDX-FileCopyrightText: 2026 Harness Desktop contributors\n");
    const schema = readFileSync(join(dir, "convex/schema.ts"), "utf8");
    const r = run(dir);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, "convex/desktop/sync.ts"), "utf8")).toBe(readFileSync(join(MODULE, "sync.ts"), "utf8"));
    expect(existsSync(join(dir, "convex/desktop/retired.ts"))).toBe(false);
    expect(readFileSync(join(dir, "convex/schema.ts"), "utf8")).toBe(schema);
    expect(r.out).toMatch(/removed convex\/desktop\/retired.ts/);
  });

  test.each([
    ["no argument", () => [], 2, /usage/],
    ["a folder that is not a backend", () => [scratch], 1, /not a Convex backend folder/],
    ["a missing folder", () => [join(scratch, "nope")], 1, /is not a folder/],
    [
      "a schema of another shape",
      () => {
        const dir = freshWeb();
        const p = join(dir, "convex/schema.ts");
        writeFileSync(p, readFileSync(p, "utf8").replace("export default defineSchema({", "const schema = defineSchema({"));
        return [dir];
      },
      1,
      /schema.ts shape not recognised/,
    ],
    [
      "a half-patched schema",
      () => {
        const dir = freshWeb();
        const p = join(dir, "convex/schema.ts");
        writeFileSync(p, 'import { desktopTables } from "./desktop/tables";\n' + readFileSync(p, "utf8"));
        return [dir];
      },
      1,
      /half patched/,
    ],
    [
      "someone else's convex/desktop folder",
      () => {
        const dir = freshWeb();
        execFileSync("mkdir", [join(dir, "convex/desktop")]);
        writeFileSync(join(dir, "convex/desktop/theirs.ts"), "export const x = 1;\n");
        return [dir];
      },
      1,
      /not a file of the Harness Desktop module/,
    ],
  ])("refuses %s with a clear error and changes nothing", (_name, args, code, message) => {
    const a = args();
    const before = a[0] && existsSync(a[0]) ? snapshot(a[0]) : null;
    const r = run(...a);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    if (before) expect(snapshot(a[0])).toEqual(before);
  });
});

describe("the installed auth.config.ts", () => {
  test("trusts the web's issuer for the web (convex) and the desktop's client id", async () => {
    process.env.CLERK_JWT_ISSUER_DOMAIN = "https://clerk.harness.example";
    process.env.HARNESS_DESKTOP_CLIENT_ID = "desktop-client-123";
    const config = (await import(/* @vite-ignore */ `${join(BACKEND_DIR, "convex/auth.config.ts")}?${Date.now()}`)).default;
    expect(config.providers).toEqual([
      { domain: "https://clerk.harness.example", applicationID: "desktop-client-123" },
      { domain: "https://clerk.harness.example", applicationID: "convex" },
    ]);
    delete process.env.HARNESS_DESKTOP_CLIENT_ID;
    const fallback = (await import(/* @vite-ignore */ `${join(BACKEND_DIR, "convex/auth.config.ts")}?${Date.now() + 1}`)).default;
    expect(fallback.providers[0].applicationID).toBe("harness-desktop");
  });
});
