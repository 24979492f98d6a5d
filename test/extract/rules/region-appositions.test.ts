import { placesBeforeRegions } from '../../../src/extract/rules/region-appositions';
import { readWith } from './spans';

const read = readWith(placesBeforeRegions);

describe('placesBeforeRegions', () => {
  it('makes a person before a comma and a region, then a comma or the end, a place', () => {
    expect(
      read('Norman Vaughan, 83, of Trapper Creek, Alaska, spoke. He was born in Cibolo, Texas.', [
        ['Norman Vaughan', 'Person'],
        ['Trapper Creek', 'Person'],
        ['Cibolo', 'Person'],
      ]),
    ).toEqual([
      ['Norman Vaughan', 'Person'],
      ['Trapper Creek', 'Place'],
      ['Cibolo', 'Place'],
    ]);
  });

  it('leaves a titled person, a list and a person before a region that goes on alone', () => {
    expect(
      read("Major Samih Sa'id, Asyut; Juan Avila, Reinol Garcia, Mexico, and Jovellanos; Ann Lee, Texas's senator.", [
        ["Samih Sa'id", 'Person'],
        ['Juan Avila', 'Person'],
        ['Reinol Garcia', 'Person'],
        ['Ann Lee', 'Person'],
      ]),
    ).toEqual([
      ["Samih Sa'id", 'Person'],
      ['Juan Avila', 'Person'],
      ['Reinol Garcia', 'Person'],
      ['Ann Lee', 'Person'],
    ]);
  });
});
