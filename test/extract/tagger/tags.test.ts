import fc from 'fast-check';
import { spansToTags, tagsToSpans, type TypedSpan } from '../../../src/extract/tagger/tags';
import type { Token } from '../../../src/extract/types';

/** Tokens of one letter each, one space apart: token i covers [2i, 2i+1). */
const tokens = (n: number): Token[] =>
  Array.from({ length: n }, (_, i) => ({ text: 'x', start: 2 * i, end: 2 * i + 1 }));

describe('BILOU tags and spans', () => {
  it('tags a span B-, I-..., L-, a one-token span U-, and reads them back', () => {
    const t = tokens(5);
    const spans: TypedSpan[] = [
      { start: 2, end: 7, type: 'Place' },
      { start: 8, end: 9, type: 'Person' },
    ];
    expect(spansToTags(t, spans)).toEqual(['O', 'B-Place', 'I-Place', 'L-Place', 'U-Person']);
    expect(tagsToSpans(t, spansToTags(t, spans))).toEqual(spans);
  });

  it('keeps the longer of two overlapping spans', () => {
    const t = tokens(4);
    const tags = spansToTags(t, [
      { start: 0, end: 3, type: 'Place' },
      { start: 2, end: 7, type: 'Organization' },
    ]);
    expect(tags).toEqual(['O', 'B-Organization', 'I-Organization', 'L-Organization']);
  });

  it('starts a span at a stray I- or L- tag, splits at a type change, and ends a span at L- or U-', () => {
    const t = tokens(4);
    expect(tagsToSpans(t, ['I-Person', 'I-Person', 'L-Place', 'O'])).toEqual([
      { start: 0, end: 3, type: 'Person' },
      { start: 4, end: 5, type: 'Place' },
    ]);
    expect(tagsToSpans(t, ['B-Person', 'L-Person', 'I-Person', 'U-Person'])).toEqual([
      { start: 0, end: 3, type: 'Person' },
      { start: 4, end: 5, type: 'Person' },
      { start: 6, end: 7, type: 'Person' },
    ]);
  });

  it('round-trips any set of disjoint token-aligned spans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('O', 'B-Person', 'I-Person', 'L-Person', 'U-Person', 'B-Place', 'U-Organization')),
        (raw) => {
          const t = tokens(raw.length);
          const spans = tagsToSpans(t, raw as never);
          expect(tagsToSpans(t, spansToTags(t, spans))).toEqual(spans);
        },
      ),
    );
  });
});
