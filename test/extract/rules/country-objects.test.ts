import { countryObjects } from '../../../src/extract/rules/country-objects';
import { readWith } from './spans';

const read = readWith(countryObjects);

describe('countryObjects', () => {
  it('reads a country name alone after "of" as the country', () => {
    expect(read('Emmanuelle Charpentier of France won.', [['France', 'Person']])).toEqual([['France', 'Place']]);
  });

  it('leaves a country name that opens a sentence or a longer name alone', () => {
    expect(
      read('Jordan scored, and Jordan Henderson of Liverpool too.', [
        ['Jordan', 'Person'],
        ['Jordan Henderson', 'Person'],
      ]),
    ).toEqual([
      ['Jordan', 'Person'],
      ['Jordan Henderson', 'Person'],
    ]);
  });
});
