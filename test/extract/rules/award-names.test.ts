import { awardNames } from '../../../src/extract/rules/award-names';
import { readWith } from './spans';

const read = readWith(awardNames);

describe('awardNames', () => {
  it("reads a name before Awards or Prize, and a one-word name's nominations, as the award", () => {
    expect(
      read('Lamar leads Grammy nominations before the Grammy Awards and the Pulitzer Prize.', [
        ['Lamar', 'Person'],
        ['Grammy', 'Organization'],
        ['Grammy', 'Organization'],
        ['Pulitzer', 'Person'],
      ]),
    ).toEqual([
      ['Lamar', 'Person'],
      ['Grammy', 'Misc'],
      ['Grammy', 'Misc'],
      ['Pulitzer', 'Misc'],
    ]);
  });

  it("leaves a party's nomination and a court's nominee to their organisations", () => {
    expect(
      read('He sought the Reform Party nomination and was a Supreme Court nominee.', [
        ['Reform Party', 'Organization'],
        ['Supreme Court', 'Organization'],
      ]),
    ).toEqual([
      ['Reform Party', 'Organization'],
      ['Supreme Court', 'Organization'],
    ]);
  });
});
