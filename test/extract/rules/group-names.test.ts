import { groupNames } from '../../../src/extract/rules/group-names';
import { readWith } from './spans';

const read = readWith(groupNames);

describe('groupNames', () => {
  it('names an armed group by the unknown word before its noun, "al" with it', () => {
    expect(read("Somalia's al Shabaab militant group said so.", [['Somalia', 'Place']])).toEqual([
      ['Somalia', 'Place'],
      ['al Shabaab', 'Organization'],
    ]);
  });

  it("leaves a sentence's first word, an English word and a place alone", () => {
    expect(read('Supermarkets group Carrefour gained, as did the rebel group and the Kenya militia.', [])).toEqual([]);
  });
});
