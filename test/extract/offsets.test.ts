import fc from 'fast-check';
import { extract } from '../../src/extract/pipeline';

describe('the whole pipeline keeps offsets exact', () => {
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
