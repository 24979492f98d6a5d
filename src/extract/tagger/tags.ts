/**
 * The tagger's tag set, BILOU over the four CoNLL types (Begin, Inside, Last, Unit-length, Outside:
 * Ratinov & Roth 2009 found it learns boundaries better than BIO), and conversions between tags
 * and spans.
 */
import type { Token } from '../types';

/** Misc: nationalities, events, products, works of art (CoNLL's MISC): named, but no graph entity. */
export type NamedType = 'Person' | 'Organization' | 'Place' | 'Misc';
export const NAMED_TYPES: NamedType[] = ['Person', 'Organization', 'Place', 'Misc'];

export const TAGS = [
  'O',
  'B-Person',
  'I-Person',
  'L-Person',
  'U-Person',
  'B-Organization',
  'I-Organization',
  'L-Organization',
  'U-Organization',
  'B-Place',
  'I-Place',
  'L-Place',
  'U-Place',
  'B-Misc',
  'I-Misc',
  'L-Misc',
  'U-Misc',
] as const;
export type Tag = (typeof TAGS)[number];

export interface TypedSpan {
  start: number;
  end: number;
  type: NamedType;
}

/** One tag per token: U- on a one-token span, else B-, I-..., L-; the longest span wins overlaps. */
export function spansToTags(tokens: Token[], spans: TypedSpan[]): Tag[] {
  const tags: Tag[] = tokens.map(() => 'O');
  const taken = tokens.map(() => false);
  for (const s of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const idx = tokens.flatMap((t, i) => (t.start < s.end && s.start < t.end ? [i] : []));
    if (idx.length === 0 || idx.some((i) => taken[i])) continue;
    idx.forEach((i, k) => {
      const part = idx.length === 1 ? 'U' : k === 0 ? 'B' : k === idx.length - 1 ? 'L' : 'I';
      tags[i] = `${part}-${s.type}` as Tag;
      taken[i] = true;
    });
  }
  return tags;
}

/** Does `tag` continue a span left open by `prev` (B- or I- of the same type)? */
export const continues = (prev: Tag | undefined, tag: Tag): boolean =>
  (tag[0] === 'I' || tag[0] === 'L') &&
  prev !== undefined &&
  (prev[0] === 'B' || prev[0] === 'I') &&
  prev.slice(2) === tag.slice(2);

/** Spans (character offsets from the tokens) of a tag sequence; a stray I- or L- starts a span. */
export function tagsToSpans(tokens: Token[], tags: readonly Tag[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const t = tokens[i]!;
    const open = out[out.length - 1];
    if (open && continues(tags[i - 1], tag)) open.end = t.end;
    else out.push({ start: t.start, end: t.end, type: tag.slice(2) as NamedType });
  });
  return out;
}
