import { withoutLowerCaseTails } from '../../../src/extract/rules/lower-case-tails';
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
