/** Binary searches over lists sorted by position: keep every stage near-linear on long inputs. And whether two ranges overlap. */

/** Do the two ranges share a character? */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Index of the first item whose key is >= pos (items sorted by key). */
export function lowerBound<T>(items: readonly T[], pos: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item (sorted by start) that ends at or before pos and passes the test, looking back at most `limit` items. */
export function lastBefore<T extends { start: number; end: number }>(
  items: readonly T[],
  pos: number,
  test: (t: T) => boolean,
  limit = 500,
): T | undefined {
  let i = lowerBound(items, pos, (t) => t.start) - 1;
  for (let n = 0; i >= 0 && n < limit; i--, n++) {
    const t = items[i]!;
    if (t.end <= pos && test(t)) return t;
  }
  return undefined;
}

/** The item (sorted by start, not overlapping) whose [start, end) holds pos, if any. */
export function containing<T extends { start: number; end: number }>(items: readonly T[], pos: number): T | undefined {
  const t = items[lowerBound(items, pos + 1, (x) => x.start) - 1];
  return t && t.start <= pos && pos < t.end ? t : undefined;
}

/** Items (sorted by start) lying within [from, to). */
export function within<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, from, (t) => t.start); i < items.length && items[i]!.start < to; i++)
    if (items[i]!.end <= to) out.push(items[i]!);
  return out;
}

/** Groups items by a key (e.g. sentence index), each group in the order of the items. */
export function groupBy<T, K = number>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}
