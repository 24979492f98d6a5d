import { nameOpenings } from '../../../src/extract/rules/name-openings';
import type { Mention } from '../../../src/extract/types';

const mention = (text: string, type: Mention['type']): Mention => ({
  start: 0,
  end: text.length,
  text,
  type,
  sentence: 0,
  rule: 'tagger',
});
const read = (ms: [string, Mention['type']][]) =>
  nameOpenings(ms.map(([t, y]) => mention(t, y))).map((m) => [m.text, m.type, m.name]);

describe('nameOpenings', () => {
  it("makes a person's one-word name that opens one organisation's name that organisation", () => {
    expect(
      read([
        ['Sage Therapeutics', 'Organization'],
        ['Sage', 'Person'],
      ]),
    ).toEqual([
      ['Sage Therapeutics', 'Organization', undefined],
      ['Sage', 'Organization', 'Sage Therapeutics'],
    ]);
  });

  it('leaves it a person where a person of the article bears the word too', () => {
    expect(
      read([
        ['Ford Motor Co', 'Organization'],
        ['Henry Ford', 'Person'],
        ['Ford', 'Person'],
      ]),
    ).toEqual([
      ['Ford Motor Co', 'Organization', undefined],
      ['Henry Ford', 'Person', undefined],
      ['Ford', 'Person', undefined],
    ]);
  });

  it('makes the surname of a name written surname first that person', () => {
    expect(
      read([
        ['Lai Ching-te', 'Person'],
        ['Lai', 'Organization'],
        ['Taiwan', 'Place'],
      ]),
    ).toEqual([
      ['Lai Ching-te', 'Person', undefined],
      ['Lai', 'Person', undefined],
      ['Taiwan', 'Place', undefined],
    ]);
  });

  it('makes a word that is a company\'s web address without ".com" that company, whatever it was read as', () => {
    expect(
      read([
        ['Amazon.com Inc', 'Organization'],
        ['Amazon', 'Place'],
      ]),
    ).toEqual([
      ['Amazon.com Inc', 'Organization', undefined],
      ['Amazon', 'Organization', 'Amazon.com Inc'],
    ]);
  });
});
