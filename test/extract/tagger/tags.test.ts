import fc from 'fast-check';
import { spansToTags, tagsToSpans, type TypedSpan } from '../../../src/extract/tagger/tags';
import type { Token } from '../../../src/extract/types';

/** Tokens of one letter each, one space apart: token i covers [2i, 2i+1). */
const tokens = (n: number): Token[] =>
  Array.from({ length: n }, (_, i) => ({ text: 'x', start: 2 * i, end: 2 * i + 1 }));

describe('BIO tags and spans', () => {
  it('tags a span B- then I- and reads it back', () => {
    const t = tokens(5);
    const spans: TypedSpan[] = [
      { start: 2, end: 7, type: 'Place' },
      { start: 8, end: 9, type: 'Person' },
    ];
    expect(spansToTags(t, spans)).toEqual(['O', 'B-Place', 'I-Place', 'I-Place', 'B-Person']);
    expect(tagsToSpans(t, spansToTags(t, spans))).toEqual(spans);
  });

  it('keeps the longer of two overlapping spans', () => {
    const t = tokens(4);
    const tags = spansToTags(t, [
      { start: 0, end: 3, type: 'Place' },
      { start: 2, end: 7, type: 'Organization' },
    ]);
    expect(tags).toEqual(['O', 'B-Organization', 'I-Organization', 'I-Organization']);
  });

  it('starts a span at a stray I- tag and splits at a type change', () => {
    const t = tokens(4);
    expect(tagsToSpans(t, ['I-Person', 'I-Person', 'I-Place', 'O'])).toEqual([
      { start: 0, end: 3, type: 'Person' },
      { start: 4, end: 5, type: 'Place' },
    ]);
  });

  it('round-trips any set of disjoint token-aligned spans', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('O', 'B-Person', 'I-Person', 'B-Place', 'B-Organization')), (raw) => {
        const t = tokens(raw.length);
        const spans = tagsToSpans(t, raw as never);
        expect(tagsToSpans(t, spansToTags(t, spans))).toEqual(spans);
      }),
    );
  });
});
