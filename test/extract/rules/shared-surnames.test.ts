import { sharedSurnames } from '../../../src/extract/rules/shared-surnames';
import { readWith } from './spans';

const read = readWith(sharedSurnames);

describe('sharedSurnames', () => {
  it('reads a given name before "and" and a person of the same surname as a person', () => {
    expect(
      read('Guests included George and Amal Clooney.', [
        ['George', 'Organization'],
        ['Amal Clooney', 'Person'],
      ]),
    ).toEqual([
      ['George', 'Person'],
      ['Amal Clooney', 'Person'],
    ]);
  });

  it('leaves the surname of another person before "and" alone', () => {
    expect(
      read('Tony Blair and Gordon Brown met.', [
        ['Tony Blair', 'Person'],
        ['Gordon Brown', 'Person'],
      ]),
    ).toEqual([
      ['Tony Blair', 'Person'],
      ['Gordon Brown', 'Person'],
    ]);
  });
});
