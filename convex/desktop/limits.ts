// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
//
// Sizes of the desktop functions' answers, well inside Convex's per-function limits (16 MiB and
// 32,000 documents read, 16 MiB and 16,000 documents written, 16 MiB of arguments).
const MiB = 1024 * 1024;

export const LIMITS = {
  /** Conversations listed by desktop/sync:state and per desktop/sync:conversationIndex page. */
  conversationIndex: 8000,
  /** Ids per desktop/sync:conversations and desktop/sync:messagesByIds call. */
  idsPerCall: 200,
  /** Conversations per desktop/sync:digests call. */
  digestConversations: 100,
  /** desktop/sync:digests stops after about this much (then answers partial: true)... */
  digestBytes: 8 * MiB,
  digestDocuments: 8000,
  /** ...except for its first conversation, which may read up to this much. */
  digestHardBytes: 12 * MiB,
  digestHardDocuments: 24000,
  /** desktop/sync:messages: default and largest `limit`, and the bytes of one page. */
  messagesDefault: 200,
  messagesMax: 1000,
  pageBytes: 4 * MiB,
  /** desktop/sync:messageIndex: one page reads at most this much. */
  indexBytes: 8 * MiB,
  indexDocuments: 8000,
  /** desktop/sync:versions: at most this much per call. */
  versionsBytes: 8 * MiB,
  versionsDocuments: 4000,
  /** desktop/sync:push: ops, JSON bytes of the ops, documents written by one push. */
  pushOps: 200,
  pushBytes: 4 * MiB,
  pushWrites: 8000,
  /** Messages of one conversation read at once to find a superseded message's position. */
  positionScan: 8192,
} as const;

/** Counts what a function read so far against a soft and a hard budget. */
export class ReadBudget {
  bytes = 0;
  documents = 0;

  constructor(
    private readonly softBytes: number,
    private readonly softDocuments: number,
  ) {}

  add(size: number) {
    this.bytes += size;
    this.documents += 1;
  }

  get exhausted(): boolean {
    return this.bytes >= this.softBytes || this.documents >= this.softDocuments;
  }

  over(bytes: number, documents: number): boolean {
    return this.bytes >= bytes || this.documents >= documents;
  }
}

/**
 * A page must not end inside a group of rows with the same _creationTime, or `after: last
 * _creationTime` would skip the rest of the group: when the first row left out (`next`) has the
 * page's last creation time, the page ends before that group (unless the group is the whole page).
 */
export function cutAtCreationTime<T extends { _creationTime: number }>(rows: T[], next: number | undefined): T[] {
  if (next === undefined || rows.length < 2 || rows[rows.length - 1]._creationTime !== next) return rows;
  let end = rows.length;
  while (end > 0 && rows[end - 1]._creationTime === next) end--;
  return end === 0 ? rows : rows.slice(0, end);
}
