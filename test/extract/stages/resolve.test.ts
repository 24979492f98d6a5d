import { extract } from '../../../src/extract/pipeline';

describe('resolve stage', () => {
  it('joins a full name written with and without a middle initial, under the fuller spelling', () => {
    const out = extract({
      source: 't',
      text: 'Gen. Joseph L. Votel visited Baghdad on Monday. Later Gen. Joseph Votel flew to Erbil.',
    });
    const people = out.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['Joseph L. Votel', 2]]);
  });
});
