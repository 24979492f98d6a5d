import { hyphenatedGivenNames } from '../../../src/extract/rules/hyphenated-given-names';
import { readWith } from './spans';

const read = readWith((spans, tokens) => hyphenatedGivenNames(spans, tokens));

describe('hyphenatedGivenNames', () => {
  it('reads a surname and a hyphenated given name as a person, whatever the tagger read', () => {
    expect(
      read('Lai Ching-te defeated Hou Yu-ih, and Ko Wen-je conceded.', [
        ['Lai', 'Organization'],
        ['Ko Wen-je', 'Person'],
      ]),
    ).toEqual([
      ['Lai Ching-te', 'Person'],
      ['Hou Yu-ih', 'Person'],
      ['Ko Wen-je', 'Person'],
    ]);
  });

  it('leaves English words alone, and a longer name that holds the pair', () => {
    expect(
      read('The New Year-end rally and President Moon Jae-in met.', [['President Moon Jae-in', 'Person']]),
    ).toEqual([['President Moon Jae-in', 'Person']]);
  });
});
