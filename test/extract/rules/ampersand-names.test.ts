import { ampersandNames } from '../../../src/extract/rules/ampersand-names';
import { readWith } from './spans';

const read = readWith(ampersandNames);

describe('ampersandNames', () => {
  it('makes a name with an ampersand inside a firm or a body, not a place or a person', () => {
    expect(
      read('USA Track & Field and Procter & Gamble urged a delay; Ernst&Young agreed.', [
        ['USA Track & Field', 'Place'],
        ['Procter & Gamble', 'Person'],
        ['Ernst&Young', 'Person'],
      ]),
    ).toEqual([
      ['USA Track & Field', 'Organization'],
      ['Procter & Gamble', 'Organization'],
      ['Ernst&Young', 'Organization'],
    ]);
  });

  it('keeps a place whose parts are places, and names without an ampersand', () => {
    expect(
      read('Trinidad & Tobago and Mr Smith met in Paris.', [
        ['Trinidad & Tobago', 'Place'],
        ['Mr Smith', 'Person'],
        ['Paris', 'Place'],
      ]),
    ).toEqual([
      ['Trinidad & Tobago', 'Place'],
      ['Mr Smith', 'Person'],
      ['Paris', 'Place'],
    ]);
  });
});
