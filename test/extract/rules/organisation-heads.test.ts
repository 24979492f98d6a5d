import { organisationHeads } from '../../../src/extract/rules/organisation-heads';
import { readWith } from './spans';

const read = readWith(organisationHeads);

describe('organisationHeads', () => {
  it("makes a place or person whose name ends in an organisation's head an organisation", () => {
    expect(
      read('He entered Oberlin College and joined the Liberal Party.', [
        ['Oberlin College', 'Place'],
        ['Liberal Party', 'Person'],
      ]),
    ).toEqual([
      ['Oberlin College', 'Organization'],
      ['Liberal Party', 'Organization'],
    ]);
  });

  it('makes a name that ends in a word companies name their trade by an organisation', () => {
    expect(
      read(
        'The pill was developed by Sage Therapeutics, Acme Pharmaceuticals and Mapp Biopharmaceutical for Walt Disney Co.',
        [
          ['Sage Therapeutics', 'Person'],
          ['Acme Pharmaceuticals', 'Place'],
          ['Mapp Biopharmaceutical', 'Person'],
          ['Walt Disney Co', 'Person'],
        ],
      ),
    ).toEqual([
      ['Sage Therapeutics', 'Organization'],
      ['Acme Pharmaceuticals', 'Organization'],
      ['Mapp Biopharmaceutical', 'Organization'],
      ['Walt Disney Co', 'Organization'],
    ]);
  });

  it('leaves heads that end places too, and a lone head, alone', () => {
    expect(
      read('From the West Bank to the Oval Office, Group said.', [
        ['West Bank', 'Place'],
        ['Oval Office', 'Place'],
        ['Group', 'Person'],
      ]),
    ).toEqual([
      ['West Bank', 'Place'],
      ['Oval Office', 'Place'],
      ['Group', 'Person'],
    ]);
  });

  it("makes a name of three words or more read as MISC a body when a public body's word ends it", () => {
    expect(
      read('The U.S. Geological Survey and the Asian Cup Service met at the World Cup.', [
        ['U.S. Geological Survey', 'Misc'],
        ['Asian Cup', 'Misc'],
        ['World Cup', 'Misc'],
      ]),
    ).toEqual([
      ['U.S. Geological Survey', 'Organization'],
      ['Asian Cup', 'Misc'],
      ['World Cup', 'Misc'],
    ]);
  });
});
