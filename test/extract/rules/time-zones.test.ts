import { withoutTimeZones } from '../../../src/extract/rules/time-zones';
import { readWith } from './spans';

const read = readWith(withoutTimeZones);

describe('withoutTimeZones', () => {
  it('drops a time zone after a clock time, and a spelt-out zone anywhere', () => {
    expect(
      read('Contact was lost at 9 a.m. EST and trading opened at 1400 GMT, on Greenwich Mean Time.', [
        ['EST', 'Place'],
        ['GMT', 'Organization'],
        ['Greenwich Mean Time', 'Organization'],
      ]),
    ).toEqual([]);
  });

  it('keeps the same letters where no clock time stands before them', () => {
    expect(
      read('The GMT index and PT Telkom rose.', [
        ['GMT', 'Organization'],
        ['PT Telkom', 'Organization'],
      ]),
    ).toEqual([
      ['GMT', 'Organization'],
      ['PT Telkom', 'Organization'],
    ]);
  });
});
