/** The tagger's tag set (BIO over the four CoNLL types) and conversions between tags and spans. */
import type { Token } from '../types';

/** Misc: nationalities, events, products, works of art (CoNLL's MISC): named, but no graph entity. */
export type NamedType = 'Person' | 'Organization' | 'Place' | 'Misc';
export const NAMED_TYPES: NamedType[] = ['Person', 'Organization', 'Place', 'Misc'];

export const TAGS = [
  'O',
  'B-Person',
  'I-Person',
  'B-Organization',
  'I-Organization',
  'B-Place',
  'I-Place',
  'B-Misc',
  'I-Misc',
] as const;
export type Tag = (typeof TAGS)[number];

export interface TypedSpan {
  start: number;
  end: number;
  type: NamedType;
}

/** One tag per token: B- on the first token a span touches, I- on the rest; the longest span wins overlaps. */
export function spansToTags(tokens: Token[], spans: TypedSpan[]): Tag[] {
  const tags: Tag[] = tokens.map(() => 'O');
  const taken = tokens.map(() => false);
  for (const s of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const idx = tokens.flatMap((t, i) => (t.start < s.end && s.start < t.end ? [i] : []));
    if (idx.length === 0 || idx.some((i) => taken[i])) continue;
    idx.forEach((i, k) => {
      tags[i] = `${k === 0 ? 'B' : 'I'}-${s.type}` as Tag;
      taken[i] = true;
    });
  }
  return tags;
}

/** Spans (character offsets from the tokens) of a tag sequence; a stray I- starts a span. */
export function tagsToSpans(tokens: Token[], tags: readonly Tag[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  let open: TypedSpan | null = null;
  tags.forEach((tag, i) => {
    const t = tokens[i]!;
    if (tag === 'O') {
      open = null;
      return;
    }
    const type = tag.slice(2) as NamedType;
    if (tag.startsWith('I-') && open && open.type === type) {
      open.end = t.end;
      return;
    }
    open = { start: t.start, end: t.end, type };
    out.push(open);
  });
  return out;
}
