import { monthSurnames } from '../../../src/extract/rules/month-surnames';
import { readWith } from './spans';

const read = readWith(monthSurnames);

describe('monthSurnames', () => {
  it('carries a person on to a surname that is a month, after a given name', () => {
    expect(read('Prime Minister Theresa May told parliament.', [['Theresa', 'Person']])).toEqual([
      ['Theresa May', 'Person'],
    ]);
  });

  it('stops at a month with a day after it, or after a name that is no given name', () => {
    expect(
      read('Officials met Theresa May 12 and Karembeu May agreed.', [
        ['Theresa', 'Person'],
        ['Karembeu', 'Person'],
      ]),
    ).toEqual([
      ['Theresa', 'Person'],
      ['Karembeu', 'Person'],
    ]);
  });
});
