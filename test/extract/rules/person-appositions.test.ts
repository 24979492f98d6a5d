import { appositionPersons } from '../../../src/extract/rules/person-appositions';
import { readWith } from './spans';

const read = readWith(appositionPersons);

describe('appositionPersons', () => {
  it('makes a name a person where an age describes it, whatever the tagger read', () => {
    expect(
      read('The children _ Tucker, 15, Benjamin, 12, and Corinne, 10 _ live in Chelsea, which has 3, 4 and 5 rooms.', [
        ['Tucker', 'Place'],
        ['Benjamin', 'Person'],
        ['Corinne', 'Organization'],
        ['Chelsea', 'Place'],
      ]),
    ).toEqual([
      ['Tucker', 'Person'],
      ['Benjamin', 'Person'],
      ['Corinne', 'Person'],
      ['Chelsea', 'Place'],
    ]);
  });

  it('makes a name the gazetteer does not know a person where a position describes it', () => {
    expect(
      read('They watch Lazutkin, former first deputy general director of Ostankino, and Kurlandia, a town in Chad.', [
        ['Lazutkin', 'Place'],
        ['Ostankino', 'Organization'],
        ['Kurlandia', 'Place'],
        ['Chad', 'Place'],
      ]),
    ).toEqual([
      ['Lazutkin', 'Person'],
      ['Ostankino', 'Organization'],
      ['Kurlandia', 'Place'],
      ['Chad', 'Place'],
    ]);
  });

  it('leaves a known place, an organisation and a relative clause alone', () => {
    expect(
      read(
        'In Grozny, the commander of the army spoke; Acme, the market leader in chips, and Zorbia, whose president is ill.',
        [
          ['Grozny', 'Place'],
          ['Acme', 'Organization'],
          ['Zorbia', 'Place'],
        ],
      ),
    ).toEqual([
      ['Grozny', 'Place'],
      ['Acme', 'Organization'],
      ['Zorbia', 'Place'],
    ]);
  });
});
