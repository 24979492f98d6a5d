import { venueNames } from '../../../src/extract/rules/venue-names';
import { readWith } from './spans';

const read = readWith(venueNames);

describe('venueNames', () => {
  it('makes a "person" after "at the" and before a phrase\'s edge a venue', () => {
    expect(
      read('They won the final at the Wanda Metropolitano with a penalty.', [['Wanda Metropolitano', 'Person']]),
    ).toEqual([['Wanda Metropolitano', 'Place']]);
  });

  it('makes a "person" before a noun for a site a venue', () => {
    expect(
      read('The finals were played at the Walt Disney World complex near Orlando.', [['Walt Disney World', 'Person']]),
    ).toEqual([['Walt Disney World', 'Place']]);
  });

  it('keeps a person that modifies a noun or a conjunct after "the"', () => {
    expect(
      read('Life in the Tony Blair era and the Marchal and Lambrecks case.', [
        ['Tony Blair', 'Person'],
        ['Marchal', 'Person'],
      ]),
    ).toEqual([
      ['Tony Blair', 'Person'],
      ['Marchal', 'Person'],
    ]);
  });
});
