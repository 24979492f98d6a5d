import { secondPassFeatures } from '../../../src/extract/tagger/second-pass';
import type { Tag } from '../../../src/extract/tagger/tags';
import type { Token } from '../../../src/extract/types';

const sentence = (text: string): Token[] => {
  let at = 0;
  return text.split(' ').map((w) => {
    const t = { text: w, start: at, end: at + w.length };
    at += w.length + 1;
    return t;
  });
};

describe('second-pass features', () => {
  it("give each token the first pass's majority type for its word, its name and longer names around it", () => {
    const doc = [sentence('Ajax beat PSV'), sentence('Ajax Amsterdam lead'), sentence('coach of Ajax')];
    const first: Tag[][] = [
      ['U-Organization', 'O', 'U-Organization'],
      ['B-Organization', 'L-Organization', 'O'],
      ['O', 'O', 'U-Person'],
    ];
    const f = secondPassFeatures(doc, first);
    // the third "Ajax", tagged Person, sees that the article mostly calls it an organisation
    expect(f(2)(2)).toEqual(
      expect.arrayContaining([
        'p1=U-Person',
        'p1w=Organization|most',
        'p1l=Organization|all',
        'p1w=Organization|most|Person',
      ]),
    );
    // words never capitalised get no word-level features
    expect(f(2)(0).some((x: string) => x.startsWith('p1w='))).toBe(false);
  });
});
