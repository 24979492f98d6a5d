import { placesBeforeAreaNouns } from '../../../src/extract/rules/area-nouns';
import { readWith } from './spans';

const read = readWith(placesBeforeAreaNouns);

describe('placesBeforeAreaNouns', () => {
  it('makes a name before a word for a stretch of land a place', () => {
    expect(
      read('Clashes go on in the Rancho Nuevo area, said Maria Silva of Ocosingo Holdings.', [
        ['Rancho Nuevo', 'Person'],
        ['Maria Silva', 'Person'],
        ['Ocosingo Holdings', 'Organization'],
      ]),
    ).toEqual([
      ['Rancho Nuevo', 'Place'],
      ['Maria Silva', 'Person'],
      ['Ocosingo Holdings', 'Organization'],
    ]);
  });

  it('makes each name of a list before a plural one a place, and leaves a people word alone', () => {
    expect(
      read('He led relief in Calcasieu, Vermilion and Cameron parishes and in Kurdish areas.', [
        ['Calcasieu', 'Person'],
        ['Vermilion', 'Place'],
        ['Cameron', 'Person'],
        ['Kurdish', 'Misc'],
      ]),
    ).toEqual([
      ['Calcasieu', 'Place'],
      ['Vermilion', 'Place'],
      ['Cameron', 'Place'],
      ['Kurdish', 'Misc'],
    ]);
  });

  it('leaves names before a noun an organisation or a person may own, or an area of something, alone', () => {
    expect(
      read('The Smith town hall and the Acme border post', [
        ['Smith', 'Person'],
        ['Acme', 'Organization'],
      ]),
    ).toEqual([
      ['Smith', 'Person'],
      ['Acme', 'Organization'],
    ]);
  });
});
