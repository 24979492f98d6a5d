import { productNames } from '../../../src/extract/rules/product-names';
import { readWith } from './spans';

const read = readWith(productNames);

describe('productNames', () => {
  it('makes a name before a model number and a weapon or vehicle MISC, wherever the number is', () => {
    expect(
      read(
        'Denmark would not deliver Leopard 2 battle tanks, Aeroflot flew Tupolev 154 airliners, Tesla sold Model 3 sedans.',
        [
          ['Denmark', 'Place'],
          ['Leopard', 'Organization'],
          ['Aeroflot', 'Organization'],
          ['Tupolev 154', 'Person'],
          ['Tesla', 'Organization'],
          ['Model', 'Organization'],
        ],
      ),
    ).toEqual([
      ['Denmark', 'Place'],
      ['Leopard', 'Misc'],
      ['Aeroflot', 'Organization'],
      ['Tupolev 154', 'Misc'],
      ['Tesla', 'Organization'],
      ['Model', 'Misc'],
    ]);
  });

  it("leaves a maker without a model number, or before another name's model, as it was", () => {
    expect(
      read('Lockheed missiles and Airbus helicopters arrived; Lockheed Martin F-35 jets did not.', [
        ['Lockheed', 'Organization'],
        ['Airbus', 'Organization'],
        ['Lockheed Martin', 'Organization'],
      ]),
    ).toEqual([
      ['Lockheed', 'Organization'],
      ['Airbus', 'Organization'],
      ['Lockheed Martin', 'Organization'],
    ]);
  });
});
