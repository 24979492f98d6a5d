import fc from 'fast-check';
import { splitSentences, tokenize } from '../../../src/extract/stages/segment';
import { extract } from '../../../src/extract/pipeline';

const sentences = (t: string) => splitSentences(t, { start: 0, end: t.length }).map((r) => t.slice(r.start, r.end));

describe('sentences', () => {
  it('does not split after abbreviations and initials', () => {
    expect(sentences('U.S. Defense Secretary Lloyd Austin spoke. On Jan. 20, J. Smith left.')).toEqual([
      'U.S. Defense Secretary Lloyd Austin spoke.',
      'On Jan. 20, J. Smith left.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(sentences('"It is tense." Yes, it is.')).toEqual(['"It is tense."', 'Yes, it is.']);
  });
});

describe('offsets', () => {
  it('every token slices exactly its text out of the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => {
        for (const tok of tokenize(t, { start: 0, end: t.length })) expect(t.slice(tok.start, tok.end)).toBe(tok.text);
      }),
    );
  });

  it('every mention of every entity slices exactly its text out of any input', () => {
    const word = fc.constantFrom(
      'NATO',
      'Kyiv',
      'said',
      'Jens',
      'Stoltenberg',
      'the',
      '“',
      '”',
      '.',
      ',',
      'U.S.',
      'Ukraine’s',
      '\n',
      'Russian',
      'forces',
      'in',
      'Bakhmut',
      'é',
      '👍',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), (words) => {
        const text = words.join(' ');
        if (!text.trim()) return;
        const out = extract({ source: 'p', text });
        for (const e of out.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const s of out.sentences) expect(s.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 200 },
    );
  });
});
