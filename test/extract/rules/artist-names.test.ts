import { artistNames } from '../../../src/extract/rules/artist-names';
import { readWith } from './spans';

const read = readWith(artistNames);

describe('artistNames', () => {
  it('makes a name after a noun for an artist in lower case a person', () => {
    expect(
      read('Celebrities including the singer Wizkid and rapper Megan Thee Stallion backed it in Lagos.', [
        ['Wizkid', 'Organization'],
        ['Megan Thee Stallion', 'Place'],
        ['Lagos', 'Place'],
      ]),
    ).toEqual([
      ['Wizkid', 'Person'],
      ['Megan Thee Stallion', 'Person'],
      ['Lagos', 'Place'],
    ]);
  });

  it('leaves a name after other nouns, or after a capitalised one', () => {
    expect(
      read('The bank Barclays and Painter Street met.', [
        ['Barclays', 'Organization'],
        ['Painter Street', 'Place'],
      ]),
    ).toEqual([
      ['Barclays', 'Organization'],
      ['Painter Street', 'Place'],
    ]);
  });
});
