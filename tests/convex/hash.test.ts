// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// The hash and digest formulas of PROTOCOL.md, against an independent BigInt FNV-1a and the
// published FNV test values; digest-vectors.json holds cases the C++ client checks too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CONVEX_DIR } from "./modules";

const hash = await import(/* @vite-ignore */ join(CONVEX_DIR, "desktop/hash.ts"));
const vectors = JSON.parse(readFileSync(new URL("./digest-vectors.json", import.meta.url), "utf8"));

function referenceFnv(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}

describe("FNV-1a 64", () => {
  test.each([
    ["", "cbf29ce484222325"],
    ["a", "af63dc4c8601ec8c"],
    ["foobar", "85944171f73967e8"],
  ])("published value of %j", (text, expected) => {
    expect(hash.fnv1a64(text)).toBe(expected);
    expect(referenceFnv(text)).toBe(expected);
  });

  test.each([
    ["ASCII", "The quick brown fox"],
    ["two-byte", "Grüße, ¿qué tal?"],
    ["three-byte", "日本語のテキスト"],
    ["four-byte (surrogate pairs)", "emoji 😀🎉 and 𝄞"],
    ["lone surrogate counts as U+FFFD", "bad \ud800 half"],
    ["long", "x".repeat(100_000) + "é"],
  ])("UTF-8 bytes of %s text equal TextEncoder's", (_name, text) => {
    expect(hash.fnv1a64(text)).toBe(referenceFnv(text));
  });
});

describe("canonical JSON", () => {
  test("keys sorted at every depth, no whitespace, arrays in order, undefined left out", () => {
    expect(hash.canonicalJson({ b: 1, a: { d: [3, { z: 1, y: "é" }], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[3,{"y":"é","z":1}]},"b":1}',
    );
  });
  test("Convex values in Convex's JSON form (int64, bytes)", () => {
    expect(hash.canonicalJson({ n: 5n })).toBe('{"n":{"$integer":"BQAAAAAAAAA="}}');
    expect(hash.canonicalJson({ b: new Uint8Array([1, 2]).buffer })).toBe('{"b":{"$bytes":"AQI="}}');
  });
});

describe("digest-vectors.json (shared with the C++ client)", () => {
  test("every document hash", () => {
    for (const c of vectors.documents) {
      expect(hash.canonicalJson(c.document), c.name).toBe(c.canonical);
      expect(hash.docHash(c.document), c.name).toBe(c.h);
      expect(referenceFnv(c.canonical), c.name).toBe(c.h);
    }
  });
  test("every digest", () => {
    for (const c of vectors.digests) {
      expect(hash.messageDigest(c.messages, c.versions), c.name).toBe(c.digest);
      const text = c.messages.map((m: any) => `${m.id}:${m.h}\n`).join("") + c.versions.map((v: any) => `v:${v.id}:${v.h}\n`).join("");
      expect(text, c.name).toBe(c.text);
      expect(c.digest, c.name).toBe(text === "" ? "0000000000000000" : referenceFnv(text));
    }
  });
});
