import type { Page, PageArgs } from '../graph';
import { badInput } from './errors';

export const MAX_FIRST = 100;
const PREFIX = 'offset:';

/** Opaque cursors: base64 of the position in the ordered list. */
export const encodeCursor = (offset: number) => Buffer.from(`${PREFIX}${offset}`).toString('base64url');

export function decodeCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = raw.startsWith(PREFIX) ? Number(raw.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(n) || n < 0 || encodeCursor(n) !== cursor)
    throw badInput(`malformed cursor "${cursor.slice(0, 40)}"`, 'after');
  return n;
}

/** Validates `first`/`after` (first in 0..100) into an offset and a limit. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, fallback = 20): PageArgs {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0) throw badInput('first must be a non-negative integer', 'first');
  if (limit > MAX_FIRST) throw badInput(`first may be at most ${MAX_FIRST}`, 'first');
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

/** A Relay connection from a page of models. */
export function connection<T>(page: Page<T>) {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
  };
}
