import { landmarkHeads } from '../../../src/extract/rules/landmark-heads';
import { readWith } from './spans';

const read = readWith(landmarkHeads);

describe('landmarkHeads', () => {
  it("makes a person whose name ends in a building's or site's word a place, not one with a surname's", () => {
    expect(
      read('Crowds gathered at Windsor Castle and Wembley Stadium; Ricki Lake and Michael Bay watched.', [
        ['Windsor Castle', 'Person'],
        ['Wembley Stadium', 'Person'],
        ['Ricki Lake', 'Person'],
        ['Michael Bay', 'Person'],
      ]),
    ).toEqual([
      ['Windsor Castle', 'Place'],
      ['Wembley Stadium', 'Place'],
      ['Ricki Lake', 'Person'],
      ['Michael Bay', 'Person'],
    ]);
  });
});
