import { peoplePlurals } from '../../../src/extract/rules/people-plurals';
import { readWith } from './spans';

const read = readWith(peoplePlurals);

describe('peoplePlurals', () => {
  it("makes a people named in the plural MISC, by its adjective or its place's name", () => {
    expect(
      read('East Germans and Berliners danced while Israelis watched.', [
        ['East Germans', 'Place'],
        ['Berliners', 'Place'],
        ['Israelis', 'Place'],
      ]),
    ).toEqual([
      ['East Germans', 'Misc'],
      ['Berliners', 'Misc'],
      ['Israelis', 'Misc'],
    ]);
  });

  it('keeps a place whose whole name ends so, and what is no people', () => {
    expect(
      read('Ships sailed from the Philippines and the Netherlands to Athens.', [
        ['Philippines', 'Place'],
        ['Netherlands', 'Place'],
        ['Athens', 'Place'],
      ]),
    ).toEqual([
      ['Philippines', 'Place'],
      ['Netherlands', 'Place'],
      ['Athens', 'Place'],
    ]);
  });
});
