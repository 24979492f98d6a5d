import { oneTypePerName } from '../../../src/extract/rules/one-type-per-name';
import type { Mention } from '../../../src/extract/types';

const mention = (text: string, type: Mention['type'], at: number, key?: string): Mention => ({
  start: at,
  end: at + text.length,
  text,
  type,
  sentence: 0,
  rule: 'tagger',
  ...(key ? { key } : {}),
});

describe('oneTypePerName', () => {
  it("gives a name's minority mentions the type most of its mentions got, without the other type's key", () => {
    const out = oneTypePerName([
      mention('Jordan', 'Person', 0),
      mention('Jordan', 'Place', 10, 'place:jordan'),
      mention('Jordan', 'Person', 20),
      mention('Amman', 'Place', 30, 'place:amman'),
    ]);
    expect(out.map((m) => [m.text, m.type, m.key])).toEqual([
      ['Jordan', 'Person', undefined],
      ['Jordan', 'Person', undefined],
      ['Jordan', 'Person', undefined],
      ['Amman', 'Place', 'place:amman'],
    ]);
  });

  it("leaves a dateline's place as its position read it, and does not count it", () => {
    const out = oneTypePerName([
      mention('LEEDS', 'Organization', 0),
      { ...mention('LEEDS', 'Place', 20), rule: 'dateline' },
      mention('LEEDS', 'Organization', 40),
    ]);
    expect(out.map((m) => m.type)).toEqual(['Organization', 'Place', 'Organization']);
  });

  it('changes nothing on a tie, and neither counts nor changes a MISC name', () => {
    const given = [
      mention('Washington', 'Person', 0),
      mention('Washington', 'Place', 20),
      mention('Olympics', 'Misc', 40),
      mention('Olympics', 'Place', 50),
      mention('Olympics', 'Misc', 60),
    ];
    expect(oneTypePerName(given)).toEqual(given);
  });
});
