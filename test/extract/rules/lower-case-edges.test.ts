import { withoutLowerCaseHeads, withoutLowerCaseTails } from '../../../src/extract/rules/lower-case-edges';
import { readWith } from './spans';

const read = readWith(withoutLowerCaseTails);

describe('withoutLowerCaseTails', () => {
  it('ends a name on its last capitalised word', () => {
    expect(
      read('USSR officials said the Phnom Penh government agreed.', [
        ['USSR officials', 'Organization'],
        ['Phnom Penh government', 'Organization'],
      ]),
    ).toEqual([
      ['USSR', 'Organization'],
      ['Phnom Penh', 'Organization'],
    ]);
  });

  it('keeps lower case inside a word, and a name that would be one common word', () => {
    expect(
      read('Banharn Silpa-archa met New democracy leaders.', [
        ['Banharn Silpa-archa', 'Person'],
        ['New democracy', 'Organization'],
      ]),
    ).toEqual([
      ['Banharn Silpa-archa', 'Person'],
      ['New democracy', 'Organization'],
    ]);
  });
});

describe('withoutLowerCaseHeads', () => {
  const read = readWith(withoutLowerCaseHeads);
  it('opens a name on its first capitalised word, or on a particle of a name', () => {
    expect(
      read('Shares on wall Street fell; the republic of Serbian Krajina and de Silva agreed.', [
        ['wall Street', 'Place'],
        ['republic of Serbian Krajina', 'Place'],
        ['de Silva', 'Person'],
      ]),
    ).toEqual([
      // one common word would be left: the name is miswritten, and stays as it is
      ['wall Street', 'Place'],
      ['Serbian Krajina', 'Place'],
      ['de Silva', 'Person'],
    ]);
  });
});
