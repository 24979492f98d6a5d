import { diseaseNames } from '../../../src/extract/rules/disease-names';
import { readWith } from './spans';

const read = readWith(diseaseNames);

describe('diseaseNames', () => {
  it('reads a name before "virus" or "vaccine", or an outbreak in a place, as no place or person', () => {
    expect(
      read('An Ebola outbreak in Kasai and the Zika virus spread; the Ervebo vaccine and Pfizer vaccine came.', [
        ['Ebola', 'Place'],
        ['Kasai', 'Place'],
        ['Zika', 'Person'],
        ['Ervebo', 'Person'],
        ['Pfizer', 'Organization'],
      ]),
    ).toEqual([
      ['Ebola', 'Misc'],
      ['Kasai', 'Place'],
      ['Zika', 'Misc'],
      ['Ervebo', 'Misc'],
      ['Pfizer', 'Organization'],
    ]);
  });

  it('keeps a place the gazetteer knows, and an outbreak named for its place', () => {
    expect(
      read('The Wuhan virus and the Kasai outbreak were studied.', [
        ['Wuhan', 'Place'],
        ['Kasai', 'Place'],
      ]),
    ).toEqual([
      ['Wuhan', 'Place'],
      ['Kasai', 'Place'],
    ]);
  });
});

describe('diseaseNames: poisons', () => {
  it('reads a name before "nerve agent" as the substance, there and elsewhere in the article', () => {
    const text = 'He was poisoned with a Novichok nerve agent. Novichok was used in Salisbury.';
    const second = text.lastIndexOf('Novichok');
    const spans = [
      { start: text.indexOf('Novichok'), end: text.indexOf('Novichok') + 8, type: 'Organization' as const },
      { start: second, end: second + 8, type: 'Organization' as const },
      { start: text.indexOf('Salisbury'), end: text.indexOf('Salisbury') + 9, type: 'Place' as const },
    ];
    expect(diseaseNames(spans, [], text).map((s) => s.type)).toEqual(['Misc', 'Misc', 'Place']);
  });
});
