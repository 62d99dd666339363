// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Document hashes and message digests of the sync contract (PROTOCOL.md, "Hashes"):
//   h      = FNV-1a 64 over the UTF-8 bytes of the canonical JSON of a document (Convex's JSON
//            form of its values, object keys sorted recursively, no whitespace, _id and
//            _creationTime included), as 16 lowercase hex digits;
//   digest = FNV-1a 64 over "id:h\n" per message in order, then "v:id:h\n" per earlier version,
//            or "0000000000000000" when there are neither.
import { convexToJson, type Value } from "convex/values";

export const EMPTY_DIGEST = "0000000000000000";

/** The canonical JSON text of a Convex value (bigints and bytes in Convex's JSON encoding). */
export function canonicalJson(value: unknown): string {
  return sortedJson(convexToJson(value as Value));
}

function sortedJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(record[k])}`).join(",")}}`;
}

/**
 * Incremental FNV-1a 64 in two 32-bit halves (no BigInt: this runs for every document a sync
 * query reads). prime = 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40).
 */
export class Fnv1a64 {
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;

  private byte(b: number) {
    const lo = (this.lo ^ b) >>> 0;
    const product = lo * 0x1b3;
    const carry = Math.floor(product / 0x100000000);
    this.hi = (this.hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    this.lo = product >>> 0;
  }

  /** Adds the UTF-8 bytes of `text` (a lone surrogate counts as U+FFFD, as TextEncoder does). */
  update(text: string): this {
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        this.byte(c);
        continue;
      }
      if (c < 0x800) {
        this.byte(0xc0 | (c >> 6));
        this.byte(0x80 | (c & 0x3f));
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          this.byte(0xf0 | (c >> 18));
          this.byte(0x80 | ((c >> 12) & 0x3f));
          this.byte(0x80 | ((c >> 6) & 0x3f));
          this.byte(0x80 | (c & 0x3f));
          continue;
        }
        c = 0xfffd;
      }
      this.byte(0xe0 | (c >> 12));
      this.byte(0x80 | ((c >> 6) & 0x3f));
      this.byte(0x80 | (c & 0x3f));
    }
    return this;
  }

  hex(): string {
    return this.hi.toString(16).padStart(8, "0") + this.lo.toString(16).padStart(8, "0");
  }
}

export function fnv1a64(text: string): string {
  return new Fnv1a64().update(text).hex();
}

/** A document's hash and the length of its canonical JSON (the read budgets count it). */
export function hashDocument(doc: unknown): { h: string; size: number } {
  const json = canonicalJson(doc);
  return { h: fnv1a64(json), size: json.length };
}

export function docHash(doc: unknown): string {
  return hashDocument(doc).h;
}

/** The digest of a conversation from its messages' and earlier versions' ids and hashes. */
export function messageDigest(
  messages: ReadonlyArray<{ id: string; h: string }>,
  versions: ReadonlyArray<{ id: string; h: string }>,
): string {
  if (messages.length === 0 && versions.length === 0) return EMPTY_DIGEST;
  const fnv = new Fnv1a64();
  for (const m of messages) fnv.update(`${m.id}:${m.h}\n`);
  for (const v of versions) fnv.update(`v:${v.id}:${v.h}\n`);
  return fnv.hex();
}
